// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/security/Session.h"
#include "cnms/security/User.h"

namespace cnms::security {

/**
 * The users of a project, its sign-in mode and signing in. Administration needs
 * Permission::AdministerUsers; the rules keep the project administrable: the last active
 * administrator cannot be disabled or demoted, and sign-in cannot be required before an active
 * administrator exists to sign in. Front ends get the project's repository with
 * storage::usersOf(store) (cnms/storage/Users.h).
 */
class UserService {
public:
    UserService(ProjectStore& store, UserRepository& users) : m_store(store), m_users(users) {}

    std::vector<User> users() const;
    SignInMode signInMode() const;

    /** Adds a user with a password; ValidationError for bad fields, RefusedError "duplicate_user". */
    User addUser(const User& user, std::string_view password);
    /** Changes display name and role (and active flag) of an existing user. */
    User updateUser(const User& user);
    /** Sets the role of `name`. */
    User setRole(std::string_view name, Role role);
    /** Disables `name`: the user can no longer sign in; the history keeps the name. */
    User disable(std::string_view name);
    /**
     * Sets a new password: an administrator for anyone, every signed-in user for themself.
     * ValidationError when the password is too weak.
     */
    void setPassword(std::string_view name, std::string_view password);
    /** Switches sign-in on or off; Required needs an active administrator (RefusedError "no_administrator"). */
    void setSignInMode(SignInMode mode);

    /**
     * Checks `name` and `password` and makes the store's session (sessionOf) that user's, so later writes are
     * checked against the role and the change log names the user. RefusedError "sign_in_refused"
     * for an unknown user, a wrong password or a disabled user; the store stays as it was.
     */
    User signIn(std::string_view name, std::string_view password);

private:
    User existing(std::string_view name) const;
    void keepAnAdministrator(const User& changed) const;

    ProjectStore& m_store;
    UserRepository& m_users;
};

}  // namespace cnms::security
