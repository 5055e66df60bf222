// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/security/User.h"

namespace cnms::storage {

/** Users in table app_user, the sign-in mode in setting 'sign_in'; hashes never reach the change log. */
class SqliteUserRepository : public security::UserRepository {
public:
    SqliteUserRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<security::User> list() const override;
    std::optional<security::User> find(std::string_view name) const override;
    void insert(const security::User& user, std::string_view passwordHash) override;
    void update(const security::User& user) override;
    void setPasswordHash(std::string_view name, std::string_view passwordHash) override;
    std::string passwordHash(std::string_view name) const override;
    security::SignInMode signInMode() const override;
    void setSignInMode(security::SignInMode mode) override;

    /** The sign-in mode stored in `db` (also before a store exists on it); None when unset. */
    static security::SignInMode readSignInMode(const sqlite::Database& db);

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
