// SPDX-License-Identifier: MIT
#include <cstdio>
#include <iomanip>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/accounting/AccountingJson.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/ProductionFigureJson.h"
#include "cnms/io/CsvWriter.h"

namespace cnms::cli {
namespace {

std::string fixed(double v, int decimals = 3) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string sourceNote(accounting::DenominatorSource source) {
    switch (source) {
    case accounting::DenominatorSource::SumOfSites: return " (sum of the sites' figures)";
    case accounting::DenominatorSource::UnitsDiffer:
        return "not available: the sites' figures are in different units; enter the organization's total (cnms output set)";
    case accounting::DenominatorSource::Missing:
        return "not available: no figure for the year (cnms output set)";
    case accounting::DenominatorSource::Organization: break;
    }
    return "";
}

void printIntensity(std::ostream& out, const accounting::Inventory& inv, const accounting::IntensityDenominators& d) {
    out << "intensity\n";
    auto line = [&](const char* label, const std::optional<accounting::Intensity>& i, accounting::DenominatorSource source) {
        out << "  " << std::left << std::setw(20) << label << std::right;
        if (!i) {
            out << sourceNote(source) << "\n";
            return;
        }
        out << std::setw(18) << fixed(i->totalPerUnit, 6) << " tCO2e/" << i->base.unit << "  (scope 1+2 "
            << fixed(i->scope12PerUnit, 6) << "; denominator " << fixed(i->base.value, 2) << " " << i->base.unit << ")"
            << sourceNote(source) << "\n";
    };
    line("per output", inv.intensityPerOutput, d.outputSource);
    line("per revenue", inv.intensityPerRevenue, d.revenueSource);
    for (const auto& s : d.siteIntensities(inv)) {
        out << "  " << std::left << std::setw(20) << s.site << std::right << std::setw(18)
            << fixed(s.intensity.totalPerUnit, 6) << " tCO2e/" << s.intensity.base.unit << "  (denominator "
            << fixed(s.intensity.base.value, 2) << " " << s.intensity.base.unit << ")\n";
    }
}

void printTable(std::ostream& out, const accounting::Inventory& inv, const accounting::IntensityDenominators& d) {
    out << "GHG inventory " << inv.year << " (GWP " << inv.gwpSet << ", " << inv.recordCount << " records)\n";
    out << "  total                " << std::setw(18) << fixed(inv.totalTco2e) << " tCO2e\n";
    if (inv.uncertainty.totalPct) out << "  uncertainty (95 %)   " << std::setw(17) << fixed(*inv.uncertainty.totalPct, 1) << " %\n";
    out << "  biogenic CO2 (not in total) " << std::setw(11) << fixed(inv.biogenicCo2T) << " t\n";
    out << "by scope\n";
    for (int s = 1; s <= 3; ++s) out << "  scope " << s << "              " << std::setw(18) << fixed(inv.scopeTco2e(s)) << "\n";
    out << "by ISO 14064-1 category\n";
    for (int c = 1; c <= 6; ++c) out << "  category " << c << "           " << std::setw(18) << fixed(inv.categoryTco2e(c)) << "\n";
    out << "by gas\n";
    for (const auto& [gas, v] : inv.byGasTco2e) out << "  " << std::left << std::setw(20) << gas << std::right << std::setw(18) << fixed(v) << "\n";
    out << "by site\n";
    for (const auto& [site, v] : inv.bySiteTco2e) out << "  " << std::left << std::setw(20) << site << std::right << std::setw(18) << fixed(v) << "\n";
    printIntensity(out, inv, d);
    for (const auto& w : inv.warnings) out << "warning: " << w << "\n";
    if (!inv.lowConfidence.empty())
        out << "note: " << inv.lowConfidence.size() << " low-confidence factor(s) used; see --format json\n";
}

void printCsv(std::ostream& out, const accounting::Inventory& inv) {
    std::string text = "dimension,key,tco2e\r\n";
    auto line = [&](std::string_view dim, const std::string& key, double v) {
        io::appendCsvField(text, dim);
        text += ',';
        io::appendCsvField(text, key);
        text += ',' + fixed(v, 6) + "\r\n";
    };
    line("total", "total", inv.totalTco2e);
    for (int s = 1; s <= 3; ++s) line("scope", std::to_string(s), inv.scopeTco2e(s));
    for (int c = 1; c <= 6; ++c) line("iso_category", std::to_string(c), inv.categoryTco2e(c));
    for (const auto& [k, v] : inv.byGasTco2e) line("gas", k, v);
    for (const auto& [k, v] : inv.bySiteTco2e) line("site", k, v);
    for (const auto& [k, v] : inv.bySourceTypeTco2e) line("source_type", k, v);
    for (int m = 0; m < 12; ++m) line("month", std::to_string(m + 1), inv.byMonthTco2e[static_cast<std::size_t>(m)]);
    out << text;
}

}  // namespace

void addInventoryCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, gwp, format = "table";
        int year = 0;
        bool rows = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("inventory", "The GHG inventory of a reporting year (ISO 14064-1, GB/T 32150)");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--year", opt->year, "Reporting year")->required();
    cmd->add_option("--gwp", opt->gwp, "Weigh with AR4, AR5 or AR6 for this answer (the year's pin is unchanged)")
        ->check(CLI::IsMember({"AR4", "AR5", "AR6"}));
    cmd->add_option("--format", opt->format, "table, json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
    cmd->add_flag("--rows", opt->rows, "json: include every result row with its trace");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            accounting::InventoryService service(*store);
            if (store->activities().countInYear(opt->year) == 0)
                throw NotFoundError("the project has no activity data for " + std::to_string(opt->year));
            const auto denominators = accounting::resolveDenominators(*store, opt->year);
            auto inv = service.inventory(opt->year, opt->gwp.empty() ? std::nullopt : std::optional(opt->gwp),
                                         denominators.organization);
            if (opt->format == "json") {
                auto j = accounting::toJson(inv, {opt->rows});
                j["intensity"] = accounting::intensityJson(inv, denominators);
                ctx.out << j.dump(2) << "\n";
            } else if (opt->format == "csv") {
                printCsv(ctx.out, inv);
            } else {
                printTable(ctx.out, inv, denominators);
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
