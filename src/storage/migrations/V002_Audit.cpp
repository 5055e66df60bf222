// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Internal audit (programme, audits, checklist items, clause scores, corrections), nonconformities
// with their history, and the actions register shared with risks and management reviews.
// Lists inside a record (scope, team, links, whys) are JSON text: they are read and written
// with their record, never queried on their own.
//
// Frozen records are protected here as well as in the services: a completed audit with its
// checklist and scores, a closed nonconformity with its actions, and the append-only history and
// correction tables cannot be changed by any UPDATE or DELETE, whoever issues it.
const Migration v002Audit{2, "audit", R"sql(
CREATE TABLE audit_programme (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    objectives TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    programme_id INTEGER NOT NULL REFERENCES audit_programme (id),
    title TEXT NOT NULL,
    objective TEXT NOT NULL DEFAULT '',
    criteria TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    clause_selection TEXT NOT NULL DEFAULT '',
    clauses TEXT NOT NULL DEFAULT '[]',
    sites TEXT NOT NULL DEFAULT '[]',
    processes TEXT NOT NULL DEFAULT '[]',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    lead TEXT NOT NULL DEFAULT '{}',
    team TEXT NOT NULL DEFAULT '[]',
    auditees TEXT NOT NULL DEFAULT '[]',
    independence TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed')),
    conclusion TEXT NOT NULL DEFAULT '',
    completed_by TEXT NOT NULL DEFAULT '',
    completed_on TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_programme_idx ON audit (programme_id);

CREATE TABLE audit_item (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    seq INTEGER NOT NULL,
    clause_id TEXT NOT NULL,
    check_id TEXT NOT NULL DEFAULT '',
    question_zh TEXT NOT NULL DEFAULT '',
    question_en TEXT NOT NULL DEFAULT '',
    own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    result TEXT NOT NULL DEFAULT 'open'
        CHECK (result IN ('open', 'conforming', 'major', 'minor', 'observation', 'ofi', 'na')),
    evidence TEXT NOT NULL DEFAULT '',
    records TEXT NOT NULL DEFAULT '[]',
    files TEXT NOT NULL DEFAULT '[]',
    answered_by TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL DEFAULT '',
    UNIQUE (audit_id, ref)
);

CREATE TABLE audit_clause_score (
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    clause_id TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (audit_id, clause_id)
);

CREATE TABLE nonconformity (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('audit', 'monitoring', 'compliance', 'complaint', 'review', 'other')),
    clause_id TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('major', 'minor')),
    description TEXT NOT NULL,
    subject_type TEXT,
    subject_id TEXT,
    audit_id INTEGER REFERENCES audit (id),
    item_id INTEGER REFERENCES audit_item (id),
    raised_by TEXT NOT NULL DEFAULT '',
    raised_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'raised' CHECK (state IN ('raised', 'contained', 'cause_analysed',
        'action_planned', 'implemented', 'verified', 'closed')),
    correction TEXT NOT NULL DEFAULT '',
    contained_by TEXT NOT NULL DEFAULT '',
    contained_on TEXT NOT NULL DEFAULT '',
    whys TEXT NOT NULL DEFAULT '[]',
    cause_category TEXT,
    root_cause TEXT NOT NULL DEFAULT '',
    analysed_by TEXT NOT NULL DEFAULT '',
    analysed_on TEXT NOT NULL DEFAULT '',
    verified_by TEXT NOT NULL DEFAULT '',
    verified_on TEXT NOT NULL DEFAULT '',
    verification_evidence TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    closed_on TEXT NOT NULL DEFAULT '',
    reopen_of INTEGER REFERENCES nonconformity (id),
    reopen_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nonconformity_item_idx ON nonconformity (item_id);
CREATE UNIQUE INDEX nonconformity_reopen_idx ON nonconformity (reopen_of) WHERE reopen_of IS NOT NULL;

CREATE TABLE audit_correction (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit (id),
    item_id INTEGER NOT NULL REFERENCES audit_item (id),
    item_ref TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('conforming', 'major', 'minor', 'observation', 'ofi', 'na')),
    evidence TEXT NOT NULL,
    reason TEXT NOT NULL,
    corrected_by TEXT NOT NULL DEFAULT '',
    corrected_at TEXT NOT NULL DEFAULT '',
    nonconformity_id INTEGER REFERENCES nonconformity (id)
);

CREATE TABLE nc_event (
    id INTEGER PRIMARY KEY,
    nc_id INTEGER NOT NULL REFERENCES nonconformity (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    step TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nc_event_nc_idx ON nc_event (nc_id);

CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    source_type TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'implemented')),
    implemented_on TEXT NOT NULL DEFAULT '',
    implemented_by TEXT NOT NULL DEFAULT '',
    implementation_note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_item_source_idx ON action_item (source_type, source_id);

-- Completed audits are read-only, with everything that belongs to them.
CREATE TRIGGER audit_frozen_update BEFORE UPDATE ON audit WHEN OLD.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: a completed audit is read-only'); END;
CREATE TRIGGER audit_frozen_delete BEFORE DELETE ON audit WHEN OLD.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: a completed audit cannot be deleted'); END;
CREATE TRIGGER audit_item_frozen_insert BEFORE INSERT ON audit_item
WHEN (SELECT status FROM audit WHERE id = NEW.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the checklist of a completed audit is read-only'); END;
CREATE TRIGGER audit_item_frozen_update BEFORE UPDATE ON audit_item
WHEN (SELECT status FROM audit WHERE id = OLD.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the checklist of a completed audit is read-only'); END;
CREATE TRIGGER audit_item_frozen_delete BEFORE DELETE ON audit_item
WHEN (SELECT status FROM audit WHERE id = OLD.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the checklist of a completed audit is read-only'); END;
CREATE TRIGGER audit_score_frozen_insert BEFORE INSERT ON audit_clause_score
WHEN (SELECT status FROM audit WHERE id = NEW.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the scores of a completed audit are read-only'); END;
CREATE TRIGGER audit_score_frozen_update BEFORE UPDATE ON audit_clause_score
WHEN (SELECT status FROM audit WHERE id = OLD.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the scores of a completed audit are read-only'); END;
CREATE TRIGGER audit_score_frozen_delete BEFORE DELETE ON audit_clause_score
WHEN (SELECT status FROM audit WHERE id = OLD.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_completed: the scores of a completed audit are read-only'); END;

-- Corrections of findings and the history of nonconformities are only ever appended.
CREATE TRIGGER audit_correction_no_update BEFORE UPDATE ON audit_correction
BEGIN SELECT RAISE(ABORT, 'append_only: a correction of a finding cannot be changed'); END;
CREATE TRIGGER audit_correction_no_delete BEFORE DELETE ON audit_correction
BEGIN SELECT RAISE(ABORT, 'append_only: a correction of a finding cannot be deleted'); END;
CREATE TRIGGER nc_event_no_update BEFORE UPDATE ON nc_event
BEGIN SELECT RAISE(ABORT, 'append_only: the history of a nonconformity cannot be changed'); END;
CREATE TRIGGER nc_event_no_delete BEFORE DELETE ON nc_event
BEGIN SELECT RAISE(ABORT, 'append_only: the history of a nonconformity cannot be deleted'); END;

-- Closed nonconformities are read-only, with their actions.
CREATE TRIGGER nonconformity_frozen_update BEFORE UPDATE ON nonconformity WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'nc_closed: a closed nonconformity is read-only'); END;
CREATE TRIGGER nonconformity_frozen_delete BEFORE DELETE ON nonconformity WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'nc_closed: a closed nonconformity cannot be deleted'); END;
CREATE TRIGGER action_nc_frozen_insert BEFORE INSERT ON action_item
WHEN NEW.source_type = 'nonconformity' AND (SELECT state FROM nonconformity WHERE id = NEW.source_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'nc_closed: the actions of a closed nonconformity are read-only'); END;
CREATE TRIGGER action_nc_frozen_update BEFORE UPDATE ON action_item
WHEN OLD.source_type = 'nonconformity' AND (SELECT state FROM nonconformity WHERE id = OLD.source_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'nc_closed: the actions of a closed nonconformity are read-only'); END;
CREATE TRIGGER action_nc_frozen_delete BEFORE DELETE ON action_item
WHEN OLD.source_type = 'nonconformity' AND (SELECT state FROM nonconformity WHERE id = OLD.source_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'nc_closed: the actions of a closed nonconformity are read-only'); END;
)sql"};

}  // namespace cnms::storage::migrations
