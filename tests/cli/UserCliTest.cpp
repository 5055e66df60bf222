// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TempDir.h"
#include "cnms/storage/ProjectFile.h"

using cnms::test::cnmsBinary;
using cnms::test::cnmsRun;

namespace {

/** Sets an environment variable for one scope (the CLI reads passwords from the environment). */
class EnvVar {
public:
    EnvVar(const char* name, const char* value) : m_name(name) { setenv(name, value, 1); }
    ~EnvVar() { unsetenv(m_name); }

private:
    const char* m_name;
};

class UserCli : public ::testing::Test {
protected:
    void SetUp() override {
        unsetenv("CNMS_PASSWORD");
        unsetenv("CNMS_NEW_PASSWORD");
        path = dir.file("p.cnms");
        ASSERT_EQ(cnmsRun({"init", path, "--org", "钱塘建材"}).code, 0);
    }

    /** An administrator and an auditor, then sign-in required. */
    void requireSignIn() {
        {
            EnvVar pw("CNMS_NEW_PASSWORD", "admin-secret-1");
            ASSERT_EQ(cnmsRun({"user", "add", path, "admin", "--role", "administrator"}).code, 0);
        }
        {
            EnvVar pw("CNMS_NEW_PASSWORD", "auditor-secret-1");
            auto r = cnmsRun({"user", "add", path, "wang.fang", "--role", "internal_auditor", "--display-name", "王芳"});
            ASSERT_EQ(r.code, 0) << r.err;
        }
        auto r = cnmsRun({"auth", "mode", path, "required"});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(r.out, "sign-in: required\n");
    }

    cnms::test::TempDir dir;
    std::string path;
};

}  // namespace

TEST_F(UserCli, AddsListsAndDisablesUsers) {
    EnvVar pw("CNMS_NEW_PASSWORD", "officer-secret-1");
    auto add = cnmsRun({"user", "add", path, "zhang.wei", "--role", "sustainability_officer", "--display-name", "张伟"});
    ASSERT_EQ(add.code, 0) << add.err;
    EXPECT_EQ(add.out, "added user zhang.wei (sustainability_officer)\n");

    auto list = cnmsRun({"user", "list", path, "--format", "json"});
    ASSERT_EQ(list.code, 0) << list.err;
    auto json = nlohmann::json::parse(list.out);
    EXPECT_EQ(json["signIn"], "none");
    ASSERT_EQ(json["users"].size(), 1u);
    EXPECT_EQ(json["users"][0]["displayName"], "张伟");
    EXPECT_EQ(json["users"][0]["active"], true);

    EXPECT_EQ(cnmsRun({"user", "role", path, "zhang.wei", "manager"}).code, 0);
    EXPECT_EQ(cnmsRun({"user", "disable", path, "zhang.wei"}).code, 0);
    auto table = cnmsRun({"user", "list", path});
    EXPECT_NE(table.out.find("zhang.wei           manager                 no"), std::string::npos) << table.out;

    EXPECT_EQ(cnmsRun({"user", "add", path, "x", "--role", "root"}).code, 1);  // unknown role: usage
    auto weak = [&] {
        EnvVar shortPw("CNMS_NEW_PASSWORD", "short");
        return cnmsRun({"user", "add", path, "li", "--role", "manager"});
    }();
    EXPECT_EQ(weak.code, 2);
    EXPECT_NE(weak.err.find("password: the password must have at least 8 characters"), std::string::npos) << weak.err;
}

TEST_F(UserCli, RequiringSignInNeedsAnAdministrator) {
    auto r = cnmsRun({"auth", "mode", path, "required"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("active administrator"), std::string::npos) << r.err;
    EXPECT_EQ(cnmsRun({"auth", "mode", path}).out, "sign-in: none\n");
}

TEST_F(UserCli, ASignInRequiredProjectTakesUserAndPassword) {
    requireSignIn();
    auto none = cnmsRun({"site", "list", path});
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.err.find("requires sign-in: give --user NAME"), std::string::npos) << none.err;

    {
        EnvVar pw("CNMS_PASSWORD", "wrong-password");
        auto wrong = cnmsRun({"--user", "wang.fang", "site", "list", path});
        EXPECT_EQ(wrong.code, 2);
        EXPECT_EQ(wrong.err, "cnms: refused: sign-in refused: unknown user or wrong password for wang.fang\n");
    }
    EnvVar pw("CNMS_PASSWORD", "auditor-secret-1");
    EXPECT_EQ(cnmsRun({"--user", "wang.fang", "site", "list", path}).code, 0);
    // An auditor may not edit sites; --user may also follow the sub-command.
    auto add = cnmsRun({"site", "add", path, "--code", "A1", "--name", "一厂", "--user", "wang.fang"});
    EXPECT_EQ(add.code, 2);
    EXPECT_EQ(add.err, "cnms: refused: user wang.fang (internal auditor) may not edit the organization and its sites\n");
    // Nor administer users.
    EXPECT_EQ(cnmsRun({"--user", "wang.fang", "auth", "mode", path, "none"}).code, 2);
}

TEST_F(UserCli, TheChangeLogNamesTheSignedInUser) {
    requireSignIn();
    EnvVar pw("CNMS_PASSWORD", "admin-secret-1");
    ASSERT_EQ(cnmsRun({"--user", "admin", "site", "add", path, "--code", "A1", "--name", "一厂"}).code, 0);
    {
        auto store = cnms::storage::openProject(path);
        auto entry = store->changeLog().recent(1, "site").at(0);
        EXPECT_EQ(entry.actor, "admin");
    }
    {
        EnvVar newPw("CNMS_NEW_PASSWORD", "admin-secret-2");
        EXPECT_EQ(cnmsRun({"--user", "admin", "user", "passwd", path, "admin"}).code, 0);
    }
    EXPECT_EQ(cnmsRun({"--user", "admin", "user", "list", path}).code, 2);  // the old password no longer works
}

TEST_F(UserCli, TheBinaryWithoutPasswordOrTerminalRefusesWithExitTwo) {
    requireSignIn();
    // setsid: no controlling terminal, so no prompt can wait; the password is missing.
    std::string cmd = "setsid " + std::string(CNMS_CLI_PATH) + " --user wang.fang site list " + path + " 2>&1 </dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (auto n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
    int status = pclose(pipe);
    EXPECT_EQ(WEXITSTATUS(status), 2) << out;
    EXPECT_EQ(out, "cnms: refused: no password: set CNMS_PASSWORD or run cnms in a terminal\n");
}
