// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Output and revenue of the reporting years, the denominators of intensity (issue 3). A figure
// belongs to a site or, with site_id NULL, to the organization as a whole; one per (year, site,
// kind, unit), which the unique index enforces with NULL read as "organization" (0 is no site id).
const Migration v009ProductionFigures{9, "production figures", R"sql(
CREATE TABLE production_figure (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    site_id INTEGER REFERENCES site (id),
    kind TEXT NOT NULL CHECK (kind IN ('output', 'revenue')),
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL CHECK (unit <> ''),
    product TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX production_figure_key ON production_figure (year, IFNULL(site_id, 0), kind, unit);
)sql"};

}  // namespace cnms::storage::migrations
