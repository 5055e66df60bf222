// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/Migrations.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using namespace cnms::storage;
using Kind = ProjectFileError::Kind;

namespace {
Organization sampleOrg() {
    Organization org;
    org.name = "测试水泥有限公司";
    org.creditCode = "91350100M000100Y43";
    return org;
}

Kind openKind(const std::string& path) {
    try {
        openProject(path);
    } catch (const ProjectFileError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "expected " << path << " to be refused";
    return Kind::Io;
}
}  // namespace

TEST(ProjectFile, CreatesAndReopensAProject) {
    test::TempDir dir;
    auto path = dir.file("a.cnms");
    createProject(path, sampleOrg());
    auto store = openProject(path);
    EXPECT_EQ(store->organization().get(), sampleOrg());
    EXPECT_EQ(store->info().schemaVersion, currentSchemaVersion());
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    EXPECT_EQ(db.queryInt("PRAGMA application_id"), kApplicationId);
    EXPECT_EQ(db.queryText("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(db.queryInt("PRAGMA page_size"), 16384);  // bulk rows: fewer, bigger pages
}

TEST(ProjectFile, RefusesToOverwriteAnExistingFile) {
    test::TempDir dir;
    auto path = dir.file("a.cnms");
    test::writeFile(path, "keep me");
    try {
        createProject(path, sampleOrg());
        FAIL();
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), Kind::AlreadyExists);
    }
    EXPECT_EQ(test::readFile(path), "keep me");
}

TEST(ProjectFile, RefusesAnInvalidOrganizationWithoutLeavingAFile) {
    test::TempDir dir;
    auto path = dir.file("a.cnms");
    Organization org;
    EXPECT_THROW(createProject(path, org), ValidationError);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ProjectFile, RefusesMissingTextAndForeignSqliteFilesUntouched) {
    test::TempDir dir;
    EXPECT_EQ(openKind(dir.file("missing.cnms")), Kind::NotFound);

    auto text = dir.file("notes.cnms");
    test::writeFile(text, "site,quantity\nA,1\n");
    EXPECT_EQ(openKind(text), Kind::NotAProject);
    EXPECT_EQ(test::readFile(text), "site,quantity\nA,1\n");

    auto empty = dir.file("empty.cnms");
    test::writeFile(empty, "");
    EXPECT_EQ(openKind(empty), Kind::NotAProject);

    auto foreign = dir.file("other.sqlite");
    { sqlite::Database db(foreign, sqlite::Database::Mode::Create); db.exec("CREATE TABLE t(x)"); }
    auto before = test::readFile(foreign);
    EXPECT_EQ(openKind(foreign), Kind::NotAProject);
    EXPECT_EQ(test::readFile(foreign), before);
}

TEST(ProjectFile, RefusesAFileFromANewerVersionUntouched) {
    test::TempDir dir;
    auto path = dir.file("new.cnms");
    createProject(path, sampleOrg());
    { sqlite::Database db(path, sqlite::Database::Mode::ReadWrite); db.exec("PRAGMA user_version = 999"); }
    auto before = test::readFile(path);
    try {
        openProject(path);
        FAIL();
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), Kind::TooNew);
        EXPECT_NE(std::string(e.what()).find("newer version"), std::string::npos);
        EXPECT_EQ(e.fileVersion(), 999);
    }
    EXPECT_EQ(test::readFile(path), before);
}

TEST(ProjectFile, RefusesADamagedFileUntouched) {
    test::TempDir dir;
    auto path = dir.file("broken.cnms");
    createProject(path, sampleOrg());
    // Checkpoint so the content is in the main file, then overwrite the page after the header.
    { sqlite::Database db(path, sqlite::Database::Mode::ReadWrite); db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
    auto bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 4096u);
    for (std::size_t i = 100; i < 4096; ++i) bytes[i] = static_cast<char>(0xA5);
    test::writeFile(path, bytes);
    EXPECT_EQ(openKind(path), Kind::Damaged);
    EXPECT_EQ(test::readFile(path), bytes);
}

TEST(ProjectFile, OpensTheVersionOneFixture) {
    test::TempDir dir;
    auto path = dir.file("v1.cnms");
    std::filesystem::copy_file(test::dataFile("project-v1.cnms"), path);
    auto store = openProject(path);
    EXPECT_EQ(store->info().schemaVersion, currentSchemaVersion());
    EXPECT_EQ(store->organization().get().name, "浙江钱塘水泥有限公司");
    EXPECT_EQ(store->sites().list().size(), 3u);
    if (currentSchemaVersion() > 1) {
        EXPECT_TRUE(std::filesystem::exists(path + ".bak-v1"));
    }
}

// The migration runner with a step of its own: backs up, migrates in order, and leaves the file
// at the last complete step when a step fails.
TEST(Migrations, AppliesStepsInOrderAndStopsAtAFailingOne) {
    test::TempDir dir;
    auto path = dir.file("m.db");
    sqlite::Database db(path, sqlite::Database::Mode::Create);
    std::vector<Migration> steps = {
        {1, "one", "CREATE TABLE a(x INTEGER);"},
        {2, "two", "ALTER TABLE a ADD COLUMN y TEXT;"},
        {3, "broken", "CREATE TABLE b(x); INSERT INTO nowhere VALUES (1);"},
    };
    EXPECT_THROW(applyMigrations(db, steps, 0), sqlite::Error);
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), 2);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0);  // step 3 rolled back
    steps.pop_back();
    steps.push_back({3, "fixed", "CREATE TABLE b(x);"});
    applyMigrations(db, steps, 2);
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), 3);
}

TEST(ProjectFile, DemoProjectHasThreeSites) {
    test::TempDir dir;
    auto path = dir.file("demo.cnms");
    auto store = createProject(path, demo::organization());
    demo::populate(*store);
    EXPECT_EQ(store->sites().list().size(), 3u);
}
