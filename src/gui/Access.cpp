// SPDX-License-Identifier: MIT
#include "Access.h"

#include "ProjectSession.h"
#include "cnms/security/Session.h"

namespace cnms::gui {

bool may(ProjectSession& session, security::Permission permission) {
    return !session.isReadOnly() && security::sessionOf(session.store()).allows(permission);
}

}  // namespace cnms::gui
