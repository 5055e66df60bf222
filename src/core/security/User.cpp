// SPDX-License-Identifier: MIT
#include "cnms/security/User.h"

#include "cnms/core/TextUtil.h"

namespace cnms::security {

std::string_view signInModeKey(SignInMode mode) { return mode == SignInMode::Required ? "required" : "none"; }

std::optional<SignInMode> signInModeFromKey(std::string_view key) {
    if (key == "none") return SignInMode::None;
    if (key == "required") return SignInMode::Required;
    return std::nullopt;
}

std::vector<FieldIssue> validate(const User& user) {
    std::vector<FieldIssue> issues;
    if (user.name.empty()) {
        issues.push_back({"name", "required", "a user name is required"});
    } else if (user.name.size() > 64) {
        issues.push_back({"name", "too_long", "the user name has more than 64 characters"});
    } else {
        // Plain ASCII names are typed at a command line and in scripts; the display name carries the real name.
        for (char c : user.name) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == '-';
            if (!ok) {
                issues.push_back({"name", "invalid_characters",
                                  "the user name '" + user.name + "' may hold only letters a-z, digits, '.', '_' and '-'"});
                break;
            }
        }
    }
    if (!text::isValidUtf8(user.displayName))
        issues.push_back({"displayName", "invalid_text", "the display name is not valid UTF-8"});
    else if (user.displayName.size() > 200)
        issues.push_back({"displayName", "too_long", "the display name has more than 200 bytes"});
    return issues;
}

std::vector<FieldIssue> validatePassword(std::string_view password) {
    std::vector<FieldIssue> issues;
    if (password.size() < kMinPasswordLength)
        issues.push_back({"password", "too_short",
                          "the password must have at least " + std::to_string(kMinPasswordLength) + " characters"});
    else if (password.size() > 1024)
        issues.push_back({"password", "too_long", "the password has more than 1024 characters"});
    for (unsigned char c : password)
        if (c < 0x20 || c == 0x7f) {
            issues.push_back({"password", "invalid_characters", "the password holds a control character"});
            break;
        }
    return issues;
}

}  // namespace cnms::security
