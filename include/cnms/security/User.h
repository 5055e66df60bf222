// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/security/Permissions.h"

namespace cnms::security {

/** A user of one project. The password hash is not part of the value: it never leaves storage but to be verified. */
struct User {
    std::string name;         ///< sign-in name, unique, e.g. "wang.fang"
    std::string displayName;  ///< as recorded in findings and verifications, e.g. "王芳"
    Role role = Role::ReadOnly;
    bool active = true;       ///< a disabled user cannot sign in; the user stays for the history
};

/** Whether a project asks who is working before it lets anyone write. */
enum class SignInMode {
    None,      ///< single-user project: whoever opens the file may do everything
    Required,  ///< users sign in with a password; their role decides what they may do
};

std::string_view signInModeKey(SignInMode mode);  ///< "none" or "required"
std::optional<SignInMode> signInModeFromKey(std::string_view key);

/** Shortest password accepted. */
constexpr std::size_t kMinPasswordLength = 8;

/** Problems with a user's fields: name (letters, digits, . _ -, at most 64), display name length. */
std::vector<FieldIssue> validate(const User& user);
/** Problems with a new password (field "password"): too short, too long or with control characters. */
std::vector<FieldIssue> validatePassword(std::string_view password);

/** The users of a project and its sign-in mode (implemented by storage, with change log). */
class UserRepository {
public:
    virtual ~UserRepository() = default;
    /** Ordered by name. */
    virtual std::vector<User> list() const = 0;
    virtual std::optional<User> find(std::string_view name) const = 0;
    /** Stores a new user with its password hash; the change log gets the user without the hash. */
    virtual void insert(const User& user, std::string_view passwordHash) = 0;
    /** Rewrites display name, role and active flag of the user called `user.name`. */
    virtual void update(const User& user) = 0;
    /** Replaces the password hash; the change log says that the password changed, never the hash. */
    virtual void setPasswordHash(std::string_view name, std::string_view passwordHash) = 0;
    /** The stored hash (crypto_pwhash_str format); empty when the user does not exist. */
    virtual std::string passwordHash(std::string_view name) const = 0;
    virtual SignInMode signInMode() const = 0;
    virtual void setSignInMode(SignInMode mode) = 0;
};

}  // namespace cnms::security
