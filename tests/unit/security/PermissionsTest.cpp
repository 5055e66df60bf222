// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "cnms/core/Errors.h"
#include "cnms/security/Permissions.h"
#include "cnms/security/Session.h"

using namespace cnms;
using namespace cnms::security;

namespace {

std::set<std::string> allowedKeys(Role role) {
    std::set<std::string> out;
    for (auto p : allPermissions())
        if (roleAllows(role, p)) out.insert(std::string(permissionKey(p)));
    return out;
}

}  // namespace

// The whole table as issue 8 states it, role by role: a change to Permissions.cpp must change this too.
TEST(PermissionsTest, EachRoleMayDoExactlyItsActions) {
    using S = std::set<std::string>;
    EXPECT_EQ(allowedKeys(Role::Administrator),
              (S{"edit_organization", "edit_activity_data", "edit_neutrality", "edit_registers", "administer_users"}));
    EXPECT_EQ(allowedKeys(Role::SustainabilityOfficer),
              (S{"edit_organization", "edit_activity_data", "edit_neutrality", "edit_registers", "raise_nonconformity",
                 "respond_to_nonconformity"}));
    EXPECT_EQ(allowedKeys(Role::InternalAuditor),
              (S{"manage_audits", "conduct_audit", "raise_nonconformity", "verify_nonconformity"}));
    EXPECT_EQ(allowedKeys(Role::Manager), (S{"respond_to_nonconformity", "hold_management_review"}));
    EXPECT_TRUE(allowedKeys(Role::ReadOnly).empty());
}

TEST(PermissionsTest, OnlyAManagerHoldsAManagementReview) {
    for (auto role : allRoles())
        EXPECT_EQ(roleAllows(role, Permission::HoldManagementReview), role == Role::Manager) << roleKey(role);
    EXPECT_EQ(permissionKey(Permission::HoldManagementReview), "hold_management_review");
}

TEST(PermissionsTest, AnAuditorDoesNotEditWhatItAuditsAndAnOfficerDoesNotCloseNonconformities) {
    EXPECT_FALSE(roleAllows(Role::InternalAuditor, Permission::EditActivityData));
    EXPECT_FALSE(roleAllows(Role::InternalAuditor, Permission::EditRegisters));
    EXPECT_FALSE(roleAllows(Role::SustainabilityOfficer, Permission::VerifyNonconformity));
    EXPECT_FALSE(roleAllows(Role::Administrator, Permission::VerifyNonconformity));
    EXPECT_TRUE(roleAllows(Role::InternalAuditor, Permission::VerifyNonconformity));
}

TEST(PermissionsTest, KeysRoundTripAndAreUnique) {
    std::set<std::string_view> keys;
    for (auto role : allRoles()) {
        EXPECT_EQ(roleFromKey(roleKey(role)), role);
        EXPECT_TRUE(keys.insert(roleKey(role)).second);
        EXPECT_FALSE(roleName(role).empty());
    }
    EXPECT_EQ(roleFromKey("root"), std::nullopt);
    EXPECT_EQ(roleFromKey("Administrator"), std::nullopt);  // keys are exact
    std::set<std::string_view> permissionKeys;
    for (auto p : allPermissions()) {
        EXPECT_TRUE(permissionKeys.insert(permissionKey(p)).second);
        EXPECT_FALSE(permissionName(p).empty());
    }
    EXPECT_EQ(allPermissions().size(), 11u);
}

TEST(SessionTest, SingleUserMayDoEverythingSignedOutNothing) {
    auto single = Session::singleUser();
    auto out = Session::signedOut();
    for (auto p : allPermissions()) {
        EXPECT_TRUE(single.allows(p));
        EXPECT_FALSE(out.allows(p));
    }
    EXPECT_EQ(Session().mode(), Session::Mode::SingleUser);  // a store without sign-in behaves as before
    try {
        out.require(Permission::EditRegisters);
        FAIL() << "not refused";
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "not_permitted");
        EXPECT_NE(std::string(e.what()).find("nobody is signed in"), std::string::npos);
    }
}

TEST(SessionTest, RefusalNamesUserRoleAndAction) {
    auto auditor = Session::signedIn("wang.fang", "王芳", Role::InternalAuditor);
    EXPECT_EQ(auditor.displayName(), "王芳");
    EXPECT_NO_THROW(auditor.require(Permission::ConductAudit));
    try {
        auditor.require(Permission::EditActivityData);
        FAIL() << "not refused";
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "not_permitted");
        EXPECT_EQ(std::string(e.what()),
                  "user wang.fang (internal auditor) may not edit activity data and emission factors");
    }
    EXPECT_EQ(Session::signedIn("li", "", Role::Manager).displayName(), "li");
}
