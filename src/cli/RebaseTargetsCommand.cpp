// SPDX-License-Identifier: MIT
#include <cstdio>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/core/Clock.h"
#include "cnms/core/IsoDate.h"
#include "cnms/neutrality/TargetRebase.h"

namespace cnms::cli {

void addRebaseTargetsCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, reason, date;
        int baseYear = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "rebase-targets", "After the base year's inventory was recalculated, move the targets' base values to it (6.5)");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--base-year", opt->baseYear, "The recalculated base year")->required();
    cmd->add_option("--reason", opt->reason, "Why the base year was recalculated (kept in each target's note)");
    cmd->add_option("--date", opt->date, "Date of the note, YYYY-MM-DD (default: today)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const auto& o = *opt;
            if (!o.date.empty() && !iso_date::isValid(o.date))
                throw ValidationError({{"date", "date_invalid", "'" + o.date + "' is not a date YYYY-MM-DD"}});
            auto store = openProjectArg(o.path);
            if (store->activities().countInYear(o.baseYear) == 0)
                throw NotFoundError("the project has no activity data for " + std::to_string(o.baseYear) +
                                    ": there is no inventory to take the base values from");
            const std::string date = o.date.empty() ? Clock::system().today() : o.date;
            const auto moved = neutrality::rebaseTargets(*store, o.baseYear, date, o.reason);
            if (moved.empty()) {
                ctx.out << "no target moved: the base values of " << o.baseYear << " match its inventory\n";
                return static_cast<int>(Success);
            }
            char line[160];
            for (const auto& m : moved) {
                std::snprintf(line, sizeof line, "%14.3f -> %14.3f tCO2e  ", m.before.baseValue, m.after.baseValue);
                ctx.out << "target #" << m.after.id << " " << line << m.after.name << "\n";
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
