// SPDX-License-Identifier: MIT
// An import that runs out of space is refused and leaves the project as it was (issue 8). The
// space limit is SQLite's max_page_count on the store's connection, which fails exactly like a
// full disk (SQLITE_FULL); tests/crash/bad-files.sh does the same on a real, tiny tmpfs.
#include <gtest/gtest.h>

#include "SqliteProjectStore.h"
#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

TEST(DiskFull, AnImportThatRunsOutOfSpaceStoresNothing) {
    test::TempDir dir;
    Organization org;
    org.name = "满盘水泥";
    auto store = storage::createProject(dir.file("p.cnms"), org);
    SiteService(*store).addSite({0, "CLK", "熟料厂", "浙江", "", 100});
    std::string csv = "site,period_start,period_end,source_type,activity,quantity,unit\n";
    for (int i = 0; i < 20000; ++i) csv += "CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,1,t\n";
    auto file = dir.file("big.csv");
    test::writeFile(file, csv);

    auto& db = dynamic_cast<storage::SqliteProjectStore&>(*store).database();
    const auto pages = db.queryInt("PRAGMA page_count").value();
    const auto logBefore = store->changeLog().count();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages + 20));  // room for a few rows, not 20,000
    try {
        import::importActivities(*store, file);
        FAIL() << "the import fitted into 20 pages";
    } catch (const sqlite::Error& e) {
        EXPECT_TRUE(e.isFull()) << e.what();
    }
    EXPECT_EQ(store->activities().countInYear(2024), 0);
    EXPECT_EQ(store->changeLog().count(), logBefore);
    EXPECT_EQ(db.queryText("PRAGMA integrity_check").value_or(""), "ok");

    // Space again: the same store carries on, and the same file imports whole.
    db.exec("PRAGMA max_page_count = 1073741823");
    EXPECT_EQ(import::importActivities(*store, file).rows, 20000u);
    EXPECT_EQ(store->activities().countInYear(2024), 20000);
}
