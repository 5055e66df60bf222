// SPDX-License-Identifier: MIT
#include "cnms/storage/Migrations.h"

#include <spdlog/spdlog.h>

#include "HashChain.h"
#include "migrations/MigrationSteps.h"

namespace cnms::storage {

const std::vector<Migration>& projectMigrations() {
    static const std::vector<Migration> steps = {
        migrations::v001Initial,
        migrations::v002Audit,
        migrations::v003Registers,
        migrations::v004Inventory,
        migrations::v005Neutrality,
        migrations::v006ManagementReview,
        migrations::v007HashChain,
        migrations::v008Users,
        migrations::v009ProductionFigures,
        migrations::v010ActivityYearIndex,
    };
    return steps;
}

int currentSchemaVersion() { return projectMigrations().back().version; }

void applyMigrations(sqlite::Database& db, const std::vector<Migration>& steps, int fromVersion) {
    for (const auto& step : steps) {
        if (step.version <= fromVersion) continue;
        spdlog::info("migrating {} to schema v{} ({})", db.path(), step.version, step.name);
        sqlite::Transaction tx(db);
        db.exec(step.sql);
        // From the step that introduced the chain on, whatever a step wrote (and, in the step
        // that introduces it, everything the file already held) is sealed by an entry of its own.
        if (chain::hasChain(db)) chain::sealUncovered(db, "schema v" + std::to_string(step.version));
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
}

}  // namespace cnms::storage
