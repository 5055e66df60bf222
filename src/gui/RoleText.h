// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "cnms/security/Session.h"

namespace cnms::gui {

/** Translated names of roles and permissions, and of who is working (status bar, refusals). */
class RoleText {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString role(security::Role role);
    /** What the permission lets a user do, as a verb phrase: "edit activity data". */
    static QString permission(security::Permission permission);
    /** "王芳 (wang.fang) · Internal auditor", "Single-user project" or "Not signed in". */
    static QString session(const security::Session& session);
    /** The refusal of `error`, in the current language. */
    static QString notPermitted(const security::NotPermittedError& error);
};

}  // namespace cnms::gui
