// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// The organization, its sites, project settings and the change log that every later table
// writes to.
const Migration v001Initial{1, "initial", R"sql(
CREATE TABLE organization (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL DEFAULT '',
    industry_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    consolidation TEXT NOT NULL DEFAULT 'operational_control'
        CHECK (consolidation IN ('operational_control', 'financial_control', 'equity_share')),
    standard_number TEXT NOT NULL DEFAULT ''
);

CREATE TABLE site (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    equity_share_pct REAL NOT NULL DEFAULT 100 CHECK (equity_share_pct BETWEEN 0 AND 100)
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);
)sql"};

}  // namespace cnms::storage::migrations
