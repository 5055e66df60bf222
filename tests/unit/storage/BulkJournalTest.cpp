// SPDX-License-Identifier: MIT
// ProjectStore::beginBulk: an import writes through a rollback journal when it has the file to
// itself (its pages written once, not into the WAL and again by the checkpoint), stays in WAL
// when another connection is open, and leaves the file in WAL mode in every case, a killed
// process included.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Trust.h"

using namespace cnms;

namespace {

std::string journalMode(const std::string& path) {
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    return db.queryText("PRAGMA journal_mode").value_or("");
}

std::unique_ptr<ProjectStore> projectWithSite(const std::string& path) {
    auto store = storage::createProject(path, demo::organization());
    SiteService(*store).addSite({0, "CX-CLK", "Clinker plant", "", "", 100.0});
    return store;
}

void writeActivityFile(const std::string& path, int rows) {
    std::string body = "site,period_start,period_end,source_type,activity,quantity,unit\n";
    for (int i = 0; i < rows; ++i)
        body += "CX-CLK,2024-03-01,2024-03-31,purchased_electricity,cn_2023_avg," + std::to_string(i + 1) + ",MWh\n";
    test::writeFile(path, body);
}

std::int64_t activityRows(const std::string& path) {
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    return db.queryInt("SELECT count(*) FROM activity_record").value_or(-1);
}

}  // namespace

TEST(BulkJournal, AnImportLeavesTheFileInWalModeWithoutAJournal) {
    test::TempDir dir;
    const auto path = dir.file("p.cnms");
    {
        auto store = projectWithSite(path);
        writeActivityFile(dir.file("a.csv"), 500);
        import::importActivities(*store, dir.file("a.csv"));
    }
    EXPECT_EQ(journalMode(path), "wal");
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
    EXPECT_EQ(activityRows(path), 500);
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
}

TEST(BulkJournal, WithAnotherConnectionOpenTheImportStaysInWal) {
    test::TempDir dir;
    const auto path = dir.file("p.cnms");
    auto store = projectWithSite(path);
    // A reader of another connection (the workbench's session while its import dialog writes):
    // leaving WAL would need the file to itself, so the import must neither wait nor fail.
    sqlite::Database reader(path, sqlite::Database::Mode::ReadOnly);
    ASSERT_EQ(reader.queryInt("SELECT count(*) FROM site"), 1);
    writeActivityFile(dir.file("a.csv"), 200);
    import::importActivities(*store, dir.file("a.csv"));
    EXPECT_EQ(reader.queryInt("SELECT count(*) FROM activity_record"), 200);
    EXPECT_EQ(reader.queryText("PRAGMA journal_mode"), "wal");
}

TEST(BulkJournal, AWriteKilledMidwayIsRolledBackByTheNextOpenEvenARead) {
    test::TempDir dir;
    const auto path = dir.file("p.cnms");
    projectWithSite(path);
    // A child writes the way a bulk unit does, spills pages into the file with a tiny cache, and
    // is killed before it commits: the file is left with a hot journal.
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("PRAGMA journal_mode = DELETE");
        db.exec("PRAGMA cache_size = 5");
        db.exec("BEGIN IMMEDIATE");
        db.exec("UPDATE site SET name = 'half-written'");
        for (int i = 0; i < 2000; ++i)
            db.exec("INSERT INTO setting (key, value) VALUES ('filler" + std::to_string(i) + "', '" +
                    std::string(200, 'x') + "')");
        kill(getpid(), SIGKILL);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    ASSERT_TRUE(std::filesystem::exists(path + "-journal"));

    {
        // A read-only open (cnms inventory, a report) would fail on a hot journal: it is rolled back first.
        auto store = storage::openProject(path, storage::OpenOptions{.readOnly = true});
        EXPECT_EQ(store->sites().list().at(0).name, "Clinker plant");
    }
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
    storage::openProject(path);  // the next writable open puts the file back in WAL mode
    EXPECT_EQ(journalMode(path), "wal");
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    EXPECT_EQ(db.queryText("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM setting WHERE key LIKE 'filler%'"), 0);
}
