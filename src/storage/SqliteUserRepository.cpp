// SPDX-License-Identifier: MIT
#include "SqliteUserRepository.h"

#include <nlohmann/json.hpp>

#include "cnms/core/Errors.h"

namespace cnms::storage {
namespace {

using security::User;

nlohmann::json toJson(const User& user) {
    // Deliberately without the password hash: the change log is readable by every role.
    return {{"name", user.name},
            {"displayName", user.displayName},
            {"role", std::string(security::roleKey(user.role))},
            {"active", user.active}};
}

User fromRow(const sqlite::Statement& st) {
    User user;
    user.name = st.getText(0);
    user.displayName = st.getText(1);
    // The table's CHECK admits only known keys; a hand-edited unknown role falls back to the least rights.
    user.role = security::roleFromKey(st.getText(2)).value_or(security::Role::ReadOnly);
    user.active = st.getInt(3) != 0;
    return user;
}

}  // namespace

std::vector<User> SqliteUserRepository::list() const {
    auto st = m_db.prepare("SELECT name, display_name, role, active FROM app_user ORDER BY name");
    std::vector<User> out;
    while (st.step()) out.push_back(fromRow(st));
    return out;
}

std::optional<User> SqliteUserRepository::find(std::string_view name) const {
    auto st = m_db.prepare("SELECT name, display_name, role, active FROM app_user WHERE name = ?");
    st.bind(1, name);
    if (!st.step()) return std::nullopt;
    return fromRow(st);
}

void SqliteUserRepository::insert(const User& user, std::string_view passwordHash) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO app_user (name, display_name, role, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, user.name).bind(2, user.displayName).bind(3, security::roleKey(user.role)).bind(4, passwordHash);
    st.bind(5, user.active ? 1 : 0).bind(6, utcNow()).run();
    m_log.record("insert", "user", user.name, {}, toJson(user).dump());
}

void SqliteUserRepository::update(const User& user) {
    m_log.requireTransaction();
    auto old = find(user.name);
    if (!old) throw NotFoundError("no user called " + user.name + " in this project");
    auto st = m_db.prepare("UPDATE app_user SET display_name = ?, role = ?, active = ? WHERE name = ?");
    st.bind(1, user.displayName).bind(2, security::roleKey(user.role)).bind(3, user.active ? 1 : 0);
    st.bind(4, user.name).run();
    m_log.record("update", "user", user.name, toJson(*old).dump(), toJson(user).dump());
}

void SqliteUserRepository::setPasswordHash(std::string_view name, std::string_view passwordHash) {
    m_log.requireTransaction();
    auto st = m_db.prepare("UPDATE app_user SET password_hash = ? WHERE name = ?");
    st.bind(1, passwordHash).bind(2, name).run();
    if (m_db.changes() == 0) throw NotFoundError("no user called " + std::string(name) + " in this project");
    // Who changed whose password and when is history; the hash itself is not.
    m_log.record("update", "user_password", name, {}, nlohmann::json{{"password", "changed"}}.dump());
}

std::string SqliteUserRepository::passwordHash(std::string_view name) const {
    auto st = m_db.prepare("SELECT password_hash FROM app_user WHERE name = ?");
    st.bind(1, name);
    return st.step() ? st.getText(0) : std::string();
}

security::SignInMode SqliteUserRepository::readSignInMode(const sqlite::Database& db) {
    auto value = db.queryText("SELECT value FROM setting WHERE key = 'sign_in'");
    // Anything but a clear "none" (or no setting at all) counts as required: a damaged setting must not open the door.
    if (!value || *value == "none") return security::SignInMode::None;
    return security::SignInMode::Required;
}

security::SignInMode SqliteUserRepository::signInMode() const { return readSignInMode(m_db); }

void SqliteUserRepository::setSignInMode(security::SignInMode mode) {
    m_log.requireTransaction();
    auto old = signInMode();
    auto st = m_db.prepare("INSERT INTO setting (key, value) VALUES ('sign_in', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, security::signInModeKey(mode)).run();
    m_log.record("update", "setting", "sign_in", nlohmann::json(std::string(security::signInModeKey(old))).dump(),
                 nlohmann::json(std::string(security::signInModeKey(mode))).dump());
}

}  // namespace cnms::storage
