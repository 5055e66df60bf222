// SPDX-License-Identifier: MIT
#include "cnms/security/UserService.h"

#include <algorithm>

#include "cnms/security/PasswordHash.h"

namespace cnms::security {

std::vector<User> UserService::users() const { return m_users.list(); }

SignInMode UserService::signInMode() const { return m_users.signInMode(); }

User UserService::existing(std::string_view name) const {
    auto user = m_users.find(name);
    if (!user) throw NotFoundError("no user called " + std::string(name) + " in this project");
    return *user;
}

void UserService::keepAnAdministrator(const User& changed) const {
    auto all = m_users.list();
    bool another = std::any_of(all.begin(), all.end(), [&](const User& u) {
        return u.name != changed.name && u.active && u.role == Role::Administrator;
    });
    bool stillAdmin = changed.active && changed.role == Role::Administrator;
    if (!another && !stillAdmin && m_users.signInMode() == SignInMode::Required) {
        auto old = m_users.find(changed.name);
        if (old && old->active && old->role == Role::Administrator)
            throw RefusedError("last_administrator", "user " + changed.name +
                                                         " is the project's last active administrator; make "
                                                         "another user administrator first");
    }
}

User UserService::addUser(const User& user, std::string_view password) {
    require(m_store, Permission::AdministerUsers);
    auto issues = validate(user);
    auto passwordIssues = validatePassword(password);
    issues.insert(issues.end(), passwordIssues.begin(), passwordIssues.end());
    if (!issues.empty()) throw ValidationError(std::move(issues));
    if (m_users.find(user.name))
        throw RefusedError("duplicate_user", "a user called " + user.name + " already exists in this project");
    std::string hash = hashPassword(password);  // slow on purpose: outside the write transaction
    auto work = m_store.begin("add user " + user.name);
    m_users.insert(user, hash);
    work->commit();
    return user;
}

User UserService::updateUser(const User& user) {
    require(m_store, Permission::AdministerUsers);
    if (auto issues = validate(user); !issues.empty()) throw ValidationError(std::move(issues));
    existing(user.name);
    keepAnAdministrator(user);
    auto work = m_store.begin("edit user " + user.name);
    m_users.update(user);
    work->commit();
    return user;
}

User UserService::setRole(std::string_view name, Role role) {
    User user = existing(name);
    user.role = role;
    return updateUser(user);
}

User UserService::disable(std::string_view name) {
    User user = existing(name);
    user.active = false;
    return updateUser(user);
}

void UserService::setPassword(std::string_view name, std::string_view password) {
    const Session session = sessionOf(m_store);
    bool self = session.isSignedIn() && session.userName() == name;
    if (!self) session.require(Permission::AdministerUsers);
    existing(name);
    if (auto issues = validatePassword(password); !issues.empty()) throw ValidationError(std::move(issues));
    std::string hash = hashPassword(password);
    auto work = m_store.begin("set password of " + std::string(name));
    m_users.setPasswordHash(name, hash);
    work->commit();
}

void UserService::setSignInMode(SignInMode mode) {
    require(m_store, Permission::AdministerUsers);
    if (mode == SignInMode::Required) {
        auto all = m_users.list();
        bool admin = std::any_of(all.begin(), all.end(),
                                 [](const User& u) { return u.active && u.role == Role::Administrator; });
        if (!admin)
            throw RefusedError("no_administrator",
                               "sign-in cannot be required before the project has an active administrator; add one "
                               "first (cnms user add PROJECT NAME --role administrator)");
    }
    if (m_users.signInMode() == mode) return;
    auto work = m_store.begin(std::string("set sign-in mode ") + std::string(signInModeKey(mode)));
    m_users.setSignInMode(mode);
    work->commit();
}

User UserService::signIn(std::string_view name, std::string_view password) {
    auto user = m_users.find(name);
    // One message for an unknown name and a wrong password, so a guesser cannot tell which was wrong.
    if (!user || !verifyPassword(m_users.passwordHash(name), password))
        throw RefusedError("sign_in_refused", "sign-in refused: unknown user or wrong password for " + std::string(name));
    if (!user->active) throw RefusedError("sign_in_refused", "sign-in refused: user " + user->name + " is disabled");
    setSessionOf(m_store, Session::signedIn(user->name, user->displayName, user->role));
    return *user;
}

}  // namespace cnms::security
