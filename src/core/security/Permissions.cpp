// SPDX-License-Identifier: MIT
#include "cnms/security/Permissions.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cnms::security {
namespace {

using enum Role;

struct RoleRow {
    Role role;
    std::string_view key;
    std::string_view name;
};

constexpr std::array<RoleRow, 5> kRoles{{
    {Administrator, "administrator", "administrator"},
    {SustainabilityOfficer, "sustainability_officer", "sustainability officer"},
    {InternalAuditor, "internal_auditor", "internal auditor"},
    {Manager, "manager", "manager"},
    {ReadOnly, "read_only", "read-only user"},
}};

struct PermissionRow {
    Permission permission;
    std::string_view key;
    std::string_view name;
    std::vector<Role> roles;
};

// The whole permission table. Separation of duties is deliberate: the people who keep the data
// (officer, administrator) do not audit it, verify their own corrective actions or close
// nonconformities; auditors record findings but do not edit what they audit; only top
// management holds the management review. Officers may raise a nonconformity too, because
// nonconformities also come from incidents and monitoring, not only from audits.
const std::array<PermissionRow, 11> kPermissions{{
    {Permission::EditOrganization, "edit_organization", "edit the organization and its sites",
     {Administrator, SustainabilityOfficer}},
    {Permission::EditActivityData, "edit_activity_data", "edit activity data and emission factors",
     {Administrator, SustainabilityOfficer}},
    {Permission::EditNeutrality, "edit_neutrality", "edit offset credits, reduction measures and targets",
     {Administrator, SustainabilityOfficer}},
    {Permission::EditRegisters, "edit_registers", "edit register records", {Administrator, SustainabilityOfficer}},
    {Permission::ManageAudits, "manage_audits", "plan audits and the audit programme", {InternalAuditor}},
    {Permission::ConductAudit, "conduct_audit", "answer checklists and complete audits", {InternalAuditor}},
    {Permission::RaiseNonconformity, "raise_nonconformity", "raise a nonconformity",
     {InternalAuditor, SustainabilityOfficer}},
    {Permission::RespondToNonconformity, "respond_to_nonconformity",
     "contain a nonconformity, analyse its cause and carry out actions", {SustainabilityOfficer, Manager}},
    {Permission::VerifyNonconformity, "verify_nonconformity",
     "verify, close or reopen a nonconformity", {InternalAuditor}},
    {Permission::HoldManagementReview, "hold_management_review", "hold a management review", {Manager}},
    {Permission::AdministerUsers, "administer_users", "administer users and sign-in", {Administrator}},
}};

const PermissionRow& row(Permission permission) {
    return *std::find_if(kPermissions.begin(), kPermissions.end(),
                         [permission](const PermissionRow& r) { return r.permission == permission; });
}

const RoleRow& row(Role role) {
    return *std::find_if(kRoles.begin(), kRoles.end(), [role](const RoleRow& r) { return r.role == role; });
}

}  // namespace

const std::vector<Role>& allRoles() {
    static const std::vector<Role> roles = [] {
        std::vector<Role> out;
        for (const auto& r : kRoles) out.push_back(r.role);
        return out;
    }();
    return roles;
}

const std::vector<Permission>& allPermissions() {
    static const std::vector<Permission> permissions = [] {
        std::vector<Permission> out;
        for (const auto& p : kPermissions) out.push_back(p.permission);
        return out;
    }();
    return permissions;
}

std::string_view roleKey(Role role) { return row(role).key; }
std::string_view roleName(Role role) { return row(role).name; }

std::optional<Role> roleFromKey(std::string_view key) {
    for (const auto& r : kRoles)
        if (r.key == key) return r.role;
    return std::nullopt;
}

std::string_view permissionKey(Permission permission) { return row(permission).key; }
std::string_view permissionName(Permission permission) { return row(permission).name; }

bool roleAllows(Role role, Permission permission) {
    const auto& roles = row(permission).roles;
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace cnms::security
