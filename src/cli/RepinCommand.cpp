// SPDX-License-Identifier: MIT
// `cnms repin`: changes the factor sets or GWP set a reporting year is calculated with. The
// difference is always shown first; nothing changes without --apply (issue: "changing them later
// shows the difference before it is applied").
#include <cstdio>
#include <iomanip>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/accounting/AccountingJson.h"
#include "cnms/accounting/InventoryService.h"

namespace cnms::cli {
namespace {

std::string number(double v, const char* format = "%.3f") {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string describe(const accounting::FactorSelection& s) {
    std::string text;
    for (const auto& set : s.factorSets) text += (text.empty() ? "" : ", ") + set;
    return text + "; GWP " + s.gwpSet;
}

void printDifferences(std::ostream& out, const std::string& title,
                      const std::vector<accounting::TotalDifference>& rows) {
    if (rows.empty()) return;
    out << title << "\n";
    for (const auto& d : rows) {
        out << "  " << std::left << std::setw(18) << d.key << std::right << std::setw(18) << number(d.before)
            << std::setw(18) << number(d.after) << std::setw(16) << number(d.delta, "%+.3f")
            << std::setw(10) << (d.deltaPct ? number(*d.deltaPct, "%+.2f") + " %" : std::string("-")) << "\n";
    }
}

void printTable(std::ostream& out, const accounting::InventoryDifference& d, const accounting::FactorSelection& from,
                const accounting::FactorSelection& to) {
    out << "pinned:   " << describe(from) << "\n";
    out << "proposed: " << describe(to) << "\n";
    out << "  " << std::left << std::setw(18) << "tCO2e" << std::right << std::setw(18) << "pinned" << std::setw(18)
        << "proposed" << std::setw(16) << "difference" << std::setw(10) << "%" << "\n";
    printDifferences(out, "total", {d.total});
    printDifferences(out, "by scope", d.byScope);
    printDifferences(out, "by ISO 14064-1 category", d.byIsoCategory);
    printDifferences(out, "by gas", d.byGas);
    printDifferences(out, "by site", d.bySite);
}

}  // namespace

void addRepinCommand(CLI::App& app, Context& ctx) {
    struct Args {
        std::string project, gwp, format = "table";
        std::vector<std::string> factorSets;
        int year = 0;
        bool apply = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "repin", "Change the factor sets or GWP set a reporting year is calculated with (shows the difference first)");
    cmd->add_option("PROJECT", args->project, "Project file")->required();
    cmd->add_option("--year", args->year, "Reporting year")->required();
    cmd->add_option("--gwp", args->gwp, "New GWP set: AR4, AR5 or AR6")->check(CLI::IsMember({"AR4", "AR5", "AR6"}));
    cmd->add_option("--factor-set", args->factorSets,
                    "New factor sets in order of precedence, ID or ID@VERSION (repeat; replaces the pinned list)");
    cmd->add_flag("--apply", args->apply, "Re-pin the year after showing the difference (default: only show it)");
    cmd->add_option("--format", args->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, args] {
        ctx.action = [&ctx, args] {
            auto store = openProjectArg(args->project, !args->apply);
            accounting::InventoryService service(*store);
            if (store->activities().countInYear(args->year) == 0)
                throw NotFoundError("the project has no activity data for " + std::to_string(args->year));
            const auto current = service.pinFor(args->year).selection();
            auto proposed = current;
            if (!args->factorSets.empty()) proposed.factorSets = args->factorSets;
            if (!args->gwp.empty()) proposed.gwpSet = args->gwp;
            if (args->gwp.empty() && args->factorSets.empty())
                throw ValidationError({{"--gwp", "required", "name a new GWP set (--gwp) or factor sets (--factor-set)"}});

            const auto difference = service.previewRepin(args->year, proposed);
            if (args->apply) service.repin(args->year, proposed);
            if (args->format == "json") {
                nlohmann::json j = difference;
                j["applied"] = args->apply;
                ctx.out << j.dump(2) << "\n";
            } else {
                printTable(ctx.out, difference, current, proposed);
                ctx.out << (args->apply ? "re-pinned " + std::to_string(args->year) + "; the inventory is recalculated\n"
                                        : std::string("nothing changed: run again with --apply to re-pin\n"));
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
