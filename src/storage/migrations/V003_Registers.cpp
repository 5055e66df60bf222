// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// The schema-driven registers: one table for every record type, the field values as JSON, and
// the columns that lists and overdue queries filter on (type, title, status, due date) copied
// out of the JSON by the repository. Versions of one record share series_id. file_ref keeps
// every referenced file's path and digest as it was when referenced.
const Migration v003Registers{3, "registers", R"sql(
CREATE TABLE register_record (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    series_id INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    fields TEXT NOT NULL CHECK (json_valid(fields)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (series_id, version)
);
CREATE INDEX register_record_type ON register_record (type, superseded);
CREATE INDEX register_record_due ON register_record (due_date) WHERE due_date IS NOT NULL;

CREATE TABLE file_ref (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (path, sha256)
);
)sql"};

}  // namespace cnms::storage::migrations
