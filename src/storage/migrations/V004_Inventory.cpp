// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Activity data keep every import column; a reporting year keeps its pinned factor sets and GWP
// set and the cached stage-one result (gas masses per cell), so an inventory of a million
// records is a matter of milliseconds. No unique index on record_id: the importer checks ids,
// and an index would cost a third of the import time.
const Migration v004Inventory{4, "inventory", R"sql(
CREATE TABLE activity_record (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    record_id TEXT NOT NULL DEFAULT '',
    site_id INTEGER NOT NULL REFERENCES site (id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    source_type TEXT NOT NULL,
    activity TEXT NOT NULL,
    quantity REAL NOT NULL CHECK (quantity >= 0),
    unit TEXT NOT NULL,
    iso_category INTEGER,
    ncv REAL,
    ncv_unit TEXT,
    carbon_content REAL,
    oxidation_rate REAL,
    ch4_kg_per_tj REAL,
    n2o_kg_per_tj REAL,
    factor_value REAL,
    factor_unit TEXT,
    data_quality TEXT NOT NULL,
    uncertainty_pct REAL,
    evidence TEXT,
    note TEXT,
    entered_by TEXT NOT NULL,
    entered_at TEXT NOT NULL
);
CREATE INDEX activity_record_year_site ON activity_record (year, site_id);

CREATE TABLE reporting_year (
    year INTEGER PRIMARY KEY,
    pin TEXT NOT NULL,
    gas_inventory TEXT NOT NULL DEFAULT '',
    computed_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE factor_set (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
)sql"};

}  // namespace cnms::storage::migrations
