// SPDX-License-Identifier: MIT
// Schema step 10: the activity records' index on (year, site_id) becomes one on the year alone,
// which the year's queries use, the workbench's page query included.
#include <gtest/gtest.h>

#include "OldProject.h"
#include "TempDir.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;

namespace {

std::string queryPlan(sqlite::Database& db, const std::string& sql) {
    auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    std::string plan;
    while (st.step()) plan += st.getText(3) + "\n";
    return plan;
}

}  // namespace

TEST(ActivityYearIndexMigration, AVersionNineProjectGetsTheYearIndex) {
    test::TempDir dir;
    const auto path = dir.file("v9.cnms");
    test::writeProjectAtVersion(path, 9);
    storage::openProject(path);  // upgrades it

    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'activity_record_year_site'"), 0);
    EXPECT_EQ(db.queryText("SELECT sql FROM sqlite_master WHERE name = 'activity_record_year'"),
              "CREATE INDEX activity_record_year ON activity_record (year)");
    // The page query of ActivityRepository::forEachInYearPage seeks the index instead of reading
    // the whole table and sorting it.
    EXPECT_NE(queryPlan(db, "SELECT a.id FROM activity_record a JOIN site s ON s.id = a.site_id "
                            "WHERE a.year = 2024 AND a.id > 10 ORDER BY a.id LIMIT 100")
                  .find("USING INDEX activity_record_year (year=? AND rowid>?)"),
              std::string::npos);
}
