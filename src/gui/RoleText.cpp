// SPDX-License-Identifier: MIT
#include "RoleText.h"

namespace cnms::gui {

using security::Permission;
using security::Role;

QString RoleText::role(Role role) {
    switch (role) {
    case Role::Administrator: return tr("Administrator");
    case Role::SustainabilityOfficer: return tr("Sustainability officer");
    case Role::InternalAuditor: return tr("Internal auditor");
    case Role::Manager: return tr("Manager");
    case Role::ReadOnly: return tr("Read-only");
    }
    return {};
}

QString RoleText::permission(Permission permission) {
    switch (permission) {
    case Permission::EditOrganization: return tr("edit the organization and its sites");
    case Permission::EditActivityData: return tr("edit activity data and emission factors");
    case Permission::EditNeutrality: return tr("edit offset credits, reduction measures and targets");
    case Permission::EditRegisters: return tr("edit register records");
    case Permission::ManageAudits: return tr("plan audits and the audit programme");
    case Permission::ConductAudit: return tr("answer checklists and complete audits");
    case Permission::RaiseNonconformity: return tr("raise a nonconformity");
    case Permission::RespondToNonconformity:
        return tr("contain a nonconformity, analyse its cause and carry out actions");
    case Permission::VerifyNonconformity: return tr("verify, close or reopen a nonconformity");
    case Permission::HoldManagementReview: return tr("hold a management review");
    case Permission::AdministerUsers: return tr("administer users and sign-in");
    }
    return {};
}

QString RoleText::session(const security::Session& session) {
    switch (session.mode()) {
    case security::Session::Mode::SingleUser: return tr("Single-user project");
    case security::Session::Mode::SignedOut: return tr("Not signed in");
    case security::Session::Mode::SignedIn: break;
    }
    const QString name = QString::fromStdString(session.userName());
    const QString display = QString::fromStdString(session.displayName());
    const QString who = display == name ? name : QStringLiteral("%1 (%2)").arg(display, name);
    return QStringLiteral("%1 · %2").arg(who, role(session.role()));
}

QString RoleText::notPermitted(const security::NotPermittedError& error) {
    if (!error.role())
        return tr("Nobody is signed in to this project, so you cannot %1.").arg(permission(error.permission()));
    return tr("%1 (%2) may not %3.")
        .arg(QString::fromStdString(error.user()), role(*error.role()), permission(error.permission()));
}

}  // namespace cnms::gui
