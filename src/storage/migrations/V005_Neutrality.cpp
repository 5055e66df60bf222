// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Offset credits keep their serial block as (prefix, first, last) so that the double-counting
// check is one indexed query; measures and targets are stored as JSON documents of their value
// type, with the columns the lists sort and filter on.
const Migration v005Neutrality{5, "neutrality", R"sql(
CREATE TABLE offset_credit (
    id INTEGER PRIMARY KEY,
    registry TEXT NOT NULL,
    registry_key TEXT NOT NULL,
    serial TEXT NOT NULL,
    serial_prefix TEXT NOT NULL,
    serial_first INTEGER NOT NULL,
    serial_last INTEGER NOT NULL,
    vintage INTEGER NOT NULL,
    quantity_tco2e REAL NOT NULL CHECK (quantity_tco2e > 0),
    status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'retired', 'cancelled')),
    data TEXT NOT NULL
);
CREATE INDEX offset_credit_serial ON offset_credit (registry_key, serial_prefix, serial_first);

CREATE TABLE reduction_measure (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL
);

CREATE TABLE target (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
)sql"};

}  // namespace cnms::storage::migrations
