// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

/**
 * Who may do what: the roles of a project's users, the actions the services check, and the one
 * table that joins them (src/core/security/Permissions.cpp). Front ends ask the same table to
 * disable what a role may not do; the services refuse it regardless.
 */
namespace cnms::security {

/** A user's role in a project. */
enum class Role {
    Administrator,          ///< users and sign-in; may also keep the organization's data
    SustainabilityOfficer,  ///< keeps the data: organization, inventory, neutrality, registers
    InternalAuditor,        ///< audits: plans, checklists, findings, nonconformities, verification
    Manager,                ///< top management: management review; answers nonconformities
    ReadOnly,               ///< reads and reports only
};

/** One kind of write a service checks before it opens a unit of work. */
enum class Permission {
    EditOrganization,         ///< organization and sites
    EditActivityData,         ///< activity data, its import, factor sets and the factors pinned to a year
    EditNeutrality,           ///< offset credits, reduction measures, targets
    EditRegisters,            ///< schema-driven register records and referenced files
    ManageAudits,             ///< audit programme and audit plans
    ConductAudit,             ///< checklist questions and answers, clause scores, completing an audit
    RaiseNonconformity,       ///< raise a nonconformity (a finding of an audit or of daily work)
    RespondToNonconformity,   ///< contain, analyse the cause, plan and implement actions
    VerifyNonconformity,      ///< verify effectiveness, close and reopen
    HoldManagementReview,     ///< hold and record a management review
    AdministerUsers,          ///< add users, change roles, reset passwords, disable, sign-in mode
};

/** Every role, in the order front ends list them. */
const std::vector<Role>& allRoles();
/** Every permission, in declaration order. */
const std::vector<Permission>& allPermissions();

/** The role's stable key as stored and typed on the command line, e.g. "internal_auditor". */
std::string_view roleKey(Role role);
/** The role for a key; nullopt for anything else. */
std::optional<Role> roleFromKey(std::string_view key);
/** English name of the role for messages, e.g. "internal auditor". */
std::string_view roleName(Role role);

/** The permission's stable key, e.g. "hold_management_review". */
std::string_view permissionKey(Permission permission);
/** English words for messages: what the user tried to do, e.g. "edit activity data". */
std::string_view permissionName(Permission permission);

/** The permission table: true when `role` may do `permission`. */
bool roleAllows(Role role, Permission permission);

}  // namespace cnms::security
