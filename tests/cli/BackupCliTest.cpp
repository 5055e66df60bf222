// SPDX-License-Identifier: MIT
// `cnms backup` / `cnms restore`, the hint after a damaged refusal, and a second process refused
// while this one holds the project (issue 8).
#include <gtest/gtest.h>

#include <filesystem>

#include "CliRunner.h"
#include "TempDir.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using test::cnmsBinary;
using test::cnmsRun;

namespace {
void damage(const std::string& path) {
    { sqlite::Database db(path, sqlite::Database::Mode::ReadWrite); db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
    auto bytes = test::readFile(path);
    for (std::size_t i = 100; i < 4096 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
    test::writeFile(path, bytes);
}
}  // namespace

TEST(BackupCli, BacksUpListsAndRestoresADamagedProject) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    ASSERT_EQ(cnmsRun({"init", path, "--org", "备份水泥"}).code, 0);
    ASSERT_EQ(cnmsRun({"site", "add", path, "--code", "CLK", "--name", "熟料厂"}).code, 0);
    auto backup = cnmsRun({"backup", path});
    ASSERT_EQ(backup.code, 0) << backup.err;
    EXPECT_NE(backup.out.find("backed up " + path + " to " + path + ".bak-"), std::string::npos) << backup.out;
    auto list = cnmsRun({"backup", path, "--list"});
    EXPECT_NE(list.out.find("manual"), std::string::npos) << list.out;

    damage(path);
    auto refused = cnmsRun({"site", "list", path});
    EXPECT_EQ(refused.code, 2);
    EXPECT_NE(refused.err.find("damaged"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("'cnms restore " + path + "'"), std::string::npos) << refused.err;

    auto restored = cnmsRun({"restore", path});
    ASSERT_EQ(restored.code, 0) << restored.err;
    auto sites = cnmsRun({"site", "list", path});
    ASSERT_EQ(sites.code, 0) << sites.err;
    EXPECT_NE(sites.out.find("CLK"), std::string::npos);
}

TEST(BackupCli, RestoreWithoutABackupIsRefusedWithAMessage) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    ASSERT_EQ(cnmsRun({"init", path, "--org", "无备份水泥"}).code, 0);
    auto r = cnmsRun({"restore", path});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("no good backup"), std::string::npos) << r.err;
}

TEST(BackupCli, ASecondProcessIsToldWhoHoldsTheProject) {
    test::TempDir dir;
    auto path = dir.file("p.cnms");
    Organization org;
    org.name = "并发水泥";
    auto store = storage::createProject(path, org);  // this test process holds it for writing
    auto write = cnmsBinary("site add " + path + " --code HQ --name HQ");
    EXPECT_EQ(write.code, 2);
    EXPECT_NE(write.out.find("open for writing in another program"), std::string::npos) << write.out;
    EXPECT_NE(write.out.find("process " + std::to_string(::getpid())), std::string::npos) << write.out;
    auto read = cnmsBinary("site list " + path);
    EXPECT_EQ(read.code, 0) << read.out;
}
