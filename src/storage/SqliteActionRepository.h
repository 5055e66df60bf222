// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "ChangeLogWriter.h"
#include "cnms/core/Action.h"

namespace cnms::storage {

/** The shared actions register on the `action_item` table. */
class SqliteActionRepository : public ActionRepository {
public:
    SqliteActionRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<Action> list() const override;
    std::vector<Action> listBySource(std::string_view sourceType, std::int64_t sourceId) const override;
    std::optional<Action> find(ActionId id) const override;
    ActionId insert(const Action& action) override;
    void update(const Action& action) override;

private:
    std::vector<Action> query(std::string_view whereAndOrder,
                              const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
