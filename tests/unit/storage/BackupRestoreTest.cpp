// SPDX-License-Identifier: MIT
// Backups on demand and restoring a damaged project from the newest good backup (issue 8).
#include <gtest/gtest.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/Migrations.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using namespace cnms::storage;
namespace fs = std::filesystem;

namespace {

Organization org() {
    Organization o;
    o.name = "备份测试水泥";
    return o;
}

void addSite(const std::string& path, const std::string& code) {
    auto store = openProject(path);
    SiteService(*store).addSite({0, code, code, "浙江", "", 100});
}

/** Overwrites the schema page, as a disk error or a careless tool would (the file stays an SQLite file). */
void damage(const std::string& path) {
    { sqlite::Database db(path, sqlite::Database::Mode::ReadWrite); db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
    auto bytes = test::readFile(path);
    for (std::size_t i = 100; i < 4096 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
    test::writeFile(path, bytes);
}

std::vector<fs::path> filesStartingWith(const fs::path& dir, const std::string& prefix) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (auto name = e.path().filename().string(); name.rfind(prefix, 0) == 0 && !name.ends_with("-wal") &&
                                                       !name.ends_with("-shm"))
            out.push_back(e.path());  // the journal moved along with a kept file is not a file of its own
    return out;
}

}  // namespace

TEST(Backup, ACopyBesideTheProjectOpensWithTheSameContent) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    createProject(path, org());
    addSite(path, "CLK");
    auto backup = backupProject(path);
    EXPECT_EQ(fs::path(backup).parent_path(), dir.path());
    EXPECT_EQ(fs::path(backup).filename().string().rfind("p.cnms.bak-", 0), 0u) << backup;
    OpenOptions ro;
    ro.readOnly = true;
    EXPECT_EQ(openProject(backup, ro)->sites().list().size(), 1u);

    auto second = backupProject(path);  // within the same second: a second name, not an overwrite
    EXPECT_NE(second, backup);
    auto listed = listBackups(path);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].kind, "manual");
    EXPECT_EQ(listed[0].schemaVersion, currentSchemaVersion());
}

TEST(Backup, ADamagedProjectIsNotBackedUp) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    createProject(path, org());
    damage(path);
    EXPECT_THROW(backupProject(path), ProjectFileError);
    EXPECT_TRUE(listBackups(path).empty());
}

TEST(Restore, PutsTheNewestGoodBackupInPlaceAndKeepsTheDamagedFile) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    createProject(path, org());
    addSite(path, "CLK");
    auto good = backupProject(path);
    addSite(path, "HQ");  // lost by the restore: made after the backup
    // A newer "backup" that is itself damaged must be passed over.
    auto broken = path + ".bak-29991231-235959";
    fs::copy_file(path, broken);
    damage(broken);
    fs::last_write_time(broken, fs::file_time_type::clock::now() + std::chrono::hours(1));
    damage(path);
    const auto damagedBytes = test::readFile(path);
    EXPECT_THROW(openProject(path), ProjectFileError);

    ASSERT_EQ(listBackups(path).size(), 1u);
    EXPECT_EQ(restoreProject(path), good);
    auto store = openProject(path);
    ASSERT_EQ(store->sites().list().size(), 1u);
    EXPECT_EQ(store->sites().list()[0].code, "CLK");
    auto kept = filesStartingWith(dir.path(), "p.cnms.damaged-");
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(test::readFile(kept[0].string()), damagedBytes);
}

TEST(Restore, RefusesWithoutABackupOrFromAFileThatIsNoProject) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    createProject(path, org());
    damage(path);
    const auto before = test::readFile(path);
    try {
        restoreProject(path);
        FAIL();
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), ProjectFileError::Kind::NotFound);
        EXPECT_NE(std::string(e.what()).find("no good backup"), std::string::npos);
    }
    auto text = dir.file("notes.txt");
    test::writeFile(text, "not a project");
    EXPECT_THROW(restoreProject(path, text), ProjectFileError);
    EXPECT_EQ(test::readFile(path), before);  // nothing moved aside when refused
}

TEST(Restore, TheUpgradeBackupOfAMigratedFileIsOffered) {
    test::TempDir dir;
    auto path = dir.file("v1.cnms");
    fs::copy_file(test::dataFile("project-v1.cnms"), path);
    openProject(path);  // migrates, keeping v1.cnms.bak-v1
    if (currentSchemaVersion() == 1) GTEST_SKIP() << "no migration in this build";
    auto backups = listBackups(path);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups[0].kind, "upgrade");
    EXPECT_EQ(backups[0].schemaVersion, 1);
}
