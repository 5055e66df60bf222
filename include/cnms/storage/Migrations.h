// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "cnms/storage/Sqlite.h"

namespace cnms::storage {

/** `PRAGMA application_id` of a project file: "CNMS" in ASCII. */
constexpr std::int32_t kApplicationId = 0x434E4D53;

/** One step of the schema: brings a file from version-1 to version. */
struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

/** The project schema's steps in order; the last one's version is the current version. */
const std::vector<Migration>& projectMigrations();
int currentSchemaVersion();

/**
 * Applies every step after `fromVersion`, each in its own transaction that also sets
 * `PRAGMA user_version`, so a failure leaves the file at the last complete step.
 */
void applyMigrations(sqlite::Database& db, const std::vector<Migration>& steps, int fromVersion);

}  // namespace cnms::storage
