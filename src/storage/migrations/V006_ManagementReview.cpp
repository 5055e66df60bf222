// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Management reviews are stored as JSON documents of their value type (inputs, outputs and
// attendees are read and written whole), with the columns the list sorts and filters on.
//
// A held review is read-only here as well as in the service: no UPDATE or DELETE of it, and no
// new action or removal of an action of it in the actions register, whoever issues it. Its
// actions can still be marked implemented: following them up is the next review's input.
const Migration v006ManagementReview{6, "management_review", R"sql(
CREATE TABLE management_review (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'held')),
    data TEXT NOT NULL
);
CREATE INDEX management_review_date_idx ON management_review (meeting_date);

CREATE TRIGGER management_review_frozen_update BEFORE UPDATE ON management_review WHEN OLD.status = 'held'
BEGIN SELECT RAISE(ABORT, 'review_held: a held management review is read-only'); END;
CREATE TRIGGER management_review_frozen_delete BEFORE DELETE ON management_review WHEN OLD.status = 'held'
BEGIN SELECT RAISE(ABORT, 'review_held: a held management review cannot be deleted'); END;
CREATE TRIGGER action_review_frozen_insert BEFORE INSERT ON action_item
WHEN NEW.source_type = 'management_review'
    AND (SELECT status FROM management_review WHERE id = NEW.source_id) = 'held'
BEGIN SELECT RAISE(ABORT, 'review_held: a held management review takes no new actions'); END;
CREATE TRIGGER action_review_frozen_delete BEFORE DELETE ON action_item
WHEN OLD.source_type = 'management_review'
    AND (SELECT status FROM management_review WHERE id = OLD.source_id) = 'held'
BEGIN SELECT RAISE(ABORT, 'review_held: the actions of a held management review cannot be deleted'); END;
)sql"};

}  // namespace cnms::storage::migrations
