// SPDX-License-Identifier: MIT
#include "cnms/security/Session.h"

#include <map>
#include <mutex>

#include "cnms/core/Errors.h"

namespace cnms::security {

bool Session::allows(Permission permission) const {
    switch (m_mode) {
    case Mode::SingleUser: return true;
    case Mode::SignedOut: return false;
    case Mode::SignedIn: return roleAllows(m_role, permission);
    }
    return false;
}

void Session::require(Permission permission) const {
    if (allows(permission)) return;
    if (m_mode == Mode::SignedOut)
        throw NotPermittedError({}, std::nullopt, permission,
                                "nobody is signed in to this project, which requires sign-in; cannot " +
                                    std::string(permissionName(permission)));
    throw NotPermittedError(m_userName, m_role, permission,
                            "user " + m_userName + " (" + std::string(roleName(m_role)) + ") may not " +
                                std::string(permissionName(permission)));
}

namespace {

std::mutex& sessionsMutex() {
    static std::mutex mutex;
    return mutex;
}

std::map<const ProjectStore*, Session>& sessions() {
    static std::map<const ProjectStore*, Session> map;
    return map;
}

}  // namespace

Session sessionOf(const ProjectStore& store) {
    std::lock_guard lock(sessionsMutex());
    auto it = sessions().find(&store);
    return it == sessions().end() ? Session::singleUser() : it->second;
}

void setSessionOf(const ProjectStore& store, Session session) {
    std::lock_guard lock(sessionsMutex());
    sessions().insert_or_assign(&store, std::move(session));
}

void forgetSessionOf(const ProjectStore& store) {
    std::lock_guard lock(sessionsMutex());
    sessions().erase(&store);
}

void require(const ProjectStore& store, Permission permission) { sessionOf(store).require(permission); }

}  // namespace cnms::security
