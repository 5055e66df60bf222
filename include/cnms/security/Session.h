// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "cnms/core/Errors.h"
#include "cnms/security/Permissions.h"

namespace cnms {
class ProjectStore;
}

namespace cnms::security {

/**
 * A write refused because of who is working: code "not_permitted", the English message names the
 * user, role and action; front ends word it again from the fields.
 */
class NotPermittedError : public RefusedError {
public:
    NotPermittedError(std::string user, std::optional<Role> role, Permission permission, const std::string& message)
        : RefusedError("not_permitted", message), m_user(std::move(user)), m_role(role), m_permission(permission) {}
    /** The signed-in user; empty when nobody is signed in. */
    const std::string& user() const noexcept { return m_user; }
    /** The user's role; nullopt when nobody is signed in. */
    std::optional<Role> role() const noexcept { return m_role; }
    Permission permission() const noexcept { return m_permission; }

private:
    std::string m_user;
    std::optional<Role> m_role;
    Permission m_permission;
};

/**
 * Who is working with an open project. A project without sign-in is single-user: whoever opens
 * the file may do everything, as before users existed. A project that requires sign-in opens
 * signed out, and every write is refused until a user signs in; then the user's role decides.
 */
class Session {
public:
    enum class Mode { SingleUser, SignedOut, SignedIn };

    /** No sign-in: every permission, the OS user's name in the change log. */
    static Session singleUser() { return Session(Mode::SingleUser, {}, {}, Role::Administrator); }
    /** Sign-in required and nobody signed in yet: every write refused. */
    static Session signedOut() { return Session(Mode::SignedOut, {}, {}, Role::ReadOnly); }
    /** `name` signed in with `role`; `displayName` may be empty. */
    static Session signedIn(std::string name, std::string displayName, Role role) {
        return Session(Mode::SignedIn, std::move(name), std::move(displayName), role);
    }

    Session() : Session(singleUser()) {}

    Mode mode() const { return m_mode; }
    bool isSignedIn() const { return m_mode == Mode::SignedIn; }
    /** The signed-in user's name (empty unless signed in). */
    const std::string& userName() const { return m_userName; }
    /** The display name, else the user name (empty unless signed in). */
    const std::string& displayName() const { return m_displayName.empty() ? m_userName : m_displayName; }
    /** The signed-in user's role; Administrator for a single-user project. */
    Role role() const { return m_role; }

    /** Whether this session may do `permission`. */
    bool allows(Permission permission) const;
    /**
     * Throws NotPermittedError (a RefusedError "not_permitted") naming the user, the role and the action when this
     * session may not do `permission`.
     */
    void require(Permission permission) const;

private:
    Session(Mode mode, std::string name, std::string displayName, Role role)
        : m_mode(mode), m_userName(std::move(name)), m_displayName(std::move(displayName)), m_role(role) {}

    Mode m_mode;
    std::string m_userName;
    std::string m_displayName;
    Role m_role;
};

// Who works with each open store. The session belongs to the open project, not to the file:
// SqliteProjectStore sets it when it opens (signed out when the file requires sign-in, else
// single-user) and forgets it when it closes; UserService::signIn replaces it. It is kept beside
// the store rather than in the ProjectStore port so that every front end, worker connection and
// service reaches it through the store it already has.

/** The session of `store`; single-user for a store that never set one. Thread-safe. */
Session sessionOf(const ProjectStore& store);
/** Makes `session` the session of `store`. */
void setSessionOf(const ProjectStore& store, Session session);
/** Drops the session of `store` (called when the store closes). */
void forgetSessionOf(const ProjectStore& store);
/** Throws NotPermittedError unless the session of `store` may do `permission`: the check every service write makes. */
void require(const ProjectStore& store, Permission permission);

}  // namespace cnms::security
