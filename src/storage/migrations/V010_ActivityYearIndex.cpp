// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Activity records are read by reporting year (inventory, export, the workbench's table a page at
// a time in id order), never by year and site: an index on the year alone serves all of these,
// its entries in (year, id) order, so the table's pages are a range of it. A million-row import
// builds it in half the time of the (year, site_id) index it replaces (0.25 s against 0.53 s,
// docs/performance.md): SQLite's sorter compares such keys field by field, and site_id was a
// second field to compare for every pair of the same year.
const Migration v010ActivityYearIndex{10, "activity year index", R"sql(
DROP INDEX activity_record_year_site;
CREATE INDEX activity_record_year ON activity_record (year);
)sql"};

}  // namespace cnms::storage::migrations
