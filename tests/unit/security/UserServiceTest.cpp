// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "SqliteProjectStore.h"
#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/security/UserService.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Users.h"

using namespace cnms;
using namespace cnms::security;

namespace {

class UserServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试水泥";
        path = dir.file("users.cnms");
        store = storage::createProject(path, org);
    }

    std::string refusal(const std::function<void()>& step) {
        try {
            step();
        } catch (const RefusedError& e) {
            return e.code();
        }
        return "not refused";
    }

    /** An administrator and an officer, then sign-in required; the store reopened signed out. */
    void requireSignIn() {
        UserService users = storage::userService(*store);
        users.addUser({"admin", "系统管理员", Role::Administrator, true}, "admin-secret-1");
        users.addUser({"zhang.wei", "张伟", Role::SustainabilityOfficer, true}, "officer-secret-1");
        users.setSignInMode(SignInMode::Required);
        store.reset();
        store = storage::openProject(path);
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<ProjectStore> store;
};

}  // namespace

TEST_F(UserServiceTest, AddsUsersAndNeverLogsTheHash) {
    UserService users = storage::userService(*store);
    users.addUser({"wang.fang", "王芳", Role::InternalAuditor, true}, "auditor-secret-1");
    auto list = users.users();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, "wang.fang");
    EXPECT_EQ(list[0].displayName, "王芳");
    EXPECT_EQ(list[0].role, Role::InternalAuditor);
    EXPECT_TRUE(list[0].active);

    users.setPassword("wang.fang", "another-secret-2");
    auto hash = storage::usersOf(*store).passwordHash("wang.fang");
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
    for (const auto& entry : store->changeLog().recent(20)) {
        EXPECT_EQ(entry.oldValue.find("argon2"), std::string::npos) << entry.entity;
        EXPECT_EQ(entry.newValue.find("argon2"), std::string::npos) << entry.entity;
        EXPECT_EQ(entry.newValue.find("secret"), std::string::npos) << entry.entity;
    }
    auto log = store->changeLog().recent(2);
    EXPECT_EQ(log[0].entity, "user_password");
    EXPECT_EQ(log[0].entityId, "wang.fang");
    EXPECT_EQ(log[1].entity, "user");
    EXPECT_EQ(log[1].action, "insert");
}

TEST_F(UserServiceTest, RefusesBadUsersAndWeakPasswords) {
    UserService users = storage::userService(*store);
    try {
        users.addUser({"王 芳", "", Role::Manager, true}, "short");
        FAIL() << "accepted";
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.issues().size(), 2u);
        EXPECT_EQ(e.issues()[0].field, "name");
        EXPECT_EQ(e.issues()[0].code, "invalid_characters");
        EXPECT_EQ(e.issues()[1].field, "password");
        EXPECT_EQ(e.issues()[1].code, "too_short");
    }
    users.addUser({"li.ming", "", Role::Manager, true}, "manager-secret");
    EXPECT_EQ(refusal([&] { users.addUser({"li.ming", "", Role::Manager, true}, "manager-secret"); }),
              "duplicate_user");
    EXPECT_THROW(users.setRole("nobody", Role::Manager), NotFoundError);
}

TEST_F(UserServiceTest, SignInIsRequiredOnlyOnceAnAdministratorExists) {
    UserService users = storage::userService(*store);
    users.addUser({"zhang.wei", "", Role::SustainabilityOfficer, true}, "officer-secret-1");
    EXPECT_EQ(refusal([&] { users.setSignInMode(SignInMode::Required); }), "no_administrator");
    EXPECT_EQ(users.signInMode(), SignInMode::None);
}

TEST_F(UserServiceTest, ARequiredProjectOpensSignedOutAndRefusesWrites) {
    requireSignIn();
    EXPECT_EQ(security::sessionOf(*store).mode(), Session::Mode::SignedOut);
    EXPECT_EQ(refusal([&] { SiteService(*store).addSite({0, "CX", "长兴", "浙江", "", 100}); }), "not_permitted");
    // Reading stays possible: the file is no secret (docs/security.md).
    EXPECT_EQ(storage::userService(*store).users().size(), 2u);
}

TEST_F(UserServiceTest, SignInChecksThePasswordAndTheChangeLogNamesTheUser) {
    requireSignIn();
    UserService users = storage::userService(*store);
    EXPECT_EQ(refusal([&] { users.signIn("zhang.wei", "wrong-password"); }), "sign_in_refused");
    EXPECT_EQ(refusal([&] { users.signIn("nobody", "officer-secret-1"); }), "sign_in_refused");
    EXPECT_FALSE(security::sessionOf(*store).isSignedIn());

    auto user = users.signIn("zhang.wei", "officer-secret-1");
    EXPECT_EQ(user.displayName, "张伟");
    EXPECT_EQ(security::sessionOf(*store).role(), Role::SustainabilityOfficer);
    SiteService(*store).addSite({0, "CX", "长兴", "浙江", "", 100});
    EXPECT_EQ(store->changeLog().recent(1, "site").at(0).actor, "zhang.wei");
    EXPECT_EQ(store->actor(), "zhang.wei");

    // An officer administers nobody, but changes their own password.
    EXPECT_EQ(refusal([&] { users.addUser({"x1", "", Role::Manager, true}, "password-1"); }), "not_permitted");
    EXPECT_EQ(refusal([&] { users.setPassword("admin", "taken-over-1"); }), "not_permitted");
    EXPECT_NO_THROW(users.setPassword("zhang.wei", "officer-secret-2"));
    EXPECT_EQ(refusal([&] { users.signIn("zhang.wei", "officer-secret-1"); }), "sign_in_refused");
    EXPECT_NO_THROW(users.signIn("zhang.wei", "officer-secret-2"));
}

TEST_F(UserServiceTest, ADisabledUserCannotSignInAndTheLastAdministratorStays) {
    requireSignIn();
    UserService users = storage::userService(*store);
    users.signIn("admin", "admin-secret-1");
    EXPECT_EQ(refusal([&] { users.disable("admin"); }), "last_administrator");
    EXPECT_EQ(refusal([&] { users.setRole("admin", Role::Manager); }), "last_administrator");
    users.disable("zhang.wei");
    EXPECT_FALSE(storage::usersOf(*store).find("zhang.wei")->active);
    try {
        users.signIn("zhang.wei", "officer-secret-1");
        FAIL() << "signed in";
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "sign_in_refused");
        EXPECT_NE(std::string(e.what()).find("disabled"), std::string::npos);
    }
    users.setRole("zhang.wei", Role::Administrator);
    auto reactivated = *storage::usersOf(*store).find("zhang.wei");
    reactivated.active = true;
    users.updateUser(reactivated);
    EXPECT_NO_THROW(users.setRole("admin", Role::ReadOnly));  // another active administrator exists now
}

TEST_F(UserServiceTest, ADamagedSignInSettingCountsAsRequired) {
    storage::userService(*store).addUser({"admin", "", Role::Administrator, true}, "admin-secret-1");
    store.reset();
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("INSERT INTO setting (key, value) VALUES ('sign_in', 'garbage')");
    }
    store = storage::openProject(path);
    EXPECT_EQ(security::sessionOf(*store).mode(), Session::Mode::SignedOut);
}

TEST_F(UserServiceTest, TheUsersTableExistsAfterMigration) {
    auto& db = dynamic_cast<storage::SqliteProjectStore&>(*store).database();
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM app_user"), 0);
    EXPECT_EQ(storage::userService(*store).signInMode(), SignInMode::None);
}
