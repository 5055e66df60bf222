// SPDX-License-Identifier: MIT
#include <cstdio>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/TextUtil.h"
#include "cnms/neutrality/NeutralityJson.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::cli {
namespace {

struct Options {
    std::string path, gwp, boundary = "total", categories, site, retireBy, format = "table";
    int year = 0, vintageFrom = 0, vintageTo = 0, baseYear = 0;
};

/** Emissions inside the claim's boundary: total, scopes 1+2, chosen categories, optionally one site. */
double boundaryEmissions(const accounting::Inventory& inv, const Options& o) {
    if (!o.site.empty()) {
        // A site's share by scope is not kept per site; a site boundary covers its whole total.
        return inv.siteTco2e(o.site);
    }
    if (!o.categories.empty()) {
        double sum = 0;
        for (auto part : text::split(o.categories, ',')) sum += inv.categoryTco2e(std::stoi(std::string(text::trim(part))));
        return sum;
    }
    if (o.boundary == "scope1+2") return inv.scopeTco2e(1) + inv.scopeTco2e(2);
    return inv.totalTco2e;
}

std::string describeBoundary(const Options& o) {
    if (!o.site.empty()) return "site " + o.site;
    if (!o.categories.empty()) return "ISO categories " + o.categories;
    return o.boundary;
}

}  // namespace

void addNeutralityCommand(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("neutrality", "Carbon-neutrality balance and claim checklist for a year (9.2)");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--year", opt->year, "Claim year (its inventory is balanced)")->required();
    cmd->add_option("--gwp", opt->gwp, "AR4, AR5 or AR6 for this answer")->check(CLI::IsMember({"AR4", "AR5", "AR6"}));
    cmd->add_option("--boundary", opt->boundary, "total or scope1+2")->check(CLI::IsMember({"total", "scope1+2"}));
    cmd->add_option("--categories", opt->categories, "Chosen ISO 14064-1 categories instead, e.g. 1,2");
    cmd->add_option("--site", opt->site, "One site's emissions as the claim's subject");
    cmd->add_option("--vintage-from", opt->vintageFrom, "Oldest eligible vintage (default: year - 5)");
    cmd->add_option("--vintage-to", opt->vintageTo, "Newest eligible vintage (default: the claim year)");
    cmd->add_option("--retire-by", opt->retireBy, "Latest retirement date counted (default: June 30 of the next year)");
    cmd->add_option("--base-year", opt->baseYear, "Base year for reductions (default: the first target's)");
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto& o = *opt;
            auto store = openProjectArg(o.path, true);
            if (store->activities().countInYear(o.year) == 0)
                throw NotFoundError("the project has no activity data for " + std::to_string(o.year) +
                                    ": a balance needs the year's inventory");
            accounting::InventoryService inventory(*store);
            auto gwp = o.gwp.empty() ? std::nullopt : std::optional(o.gwp);
            auto inv = inventory.inventory(o.year, gwp);
            if (!o.site.empty() && !inv.bySiteTco2e.count(o.site))
                throw NotFoundError("site '" + o.site + "' has no emissions in " + std::to_string(o.year));

            auto targets = store->targets().list();
            int baseYear = o.baseYear ? o.baseYear : (targets.empty() ? 0 : targets.front().baseYear);
            double baseEmissions = 0;
            bool firstPeriod = true;
            if (baseYear && baseYear < o.year && store->activities().countInYear(baseYear) > 0) {
                baseEmissions = boundaryEmissions(inventory.inventory(baseYear, gwp), o);
                firstPeriod = false;
            }
            neutrality::ClaimPeriod claim{o.year, o.vintageFrom ? o.vintageFrom : o.year - 5,
                                          o.vintageTo ? o.vintageTo : o.year,
                                          o.retireBy.empty() ? std::to_string(o.year + 1) + "-06-30" : o.retireBy};
            neutrality::NeutralityService service(*store);
            auto balance = service.evaluate(boundaryEmissions(inv, o), baseEmissions, claim);

            auto sites = store->sites().list();
            std::size_t withData = inv.bySiteTco2e.size();
            neutrality::InventoryFacts facts{withData >= sites.size(),
                                             std::to_string(withData) + " of " + std::to_string(sites.size()) +
                                                 " sites have activity data for " + std::to_string(o.year),
                                             firstPeriod};
            if (!o.site.empty()) facts = {true, "site " + o.site + " has activity data for " + std::to_string(o.year), firstPeriod};
            auto checklist = neutrality::claimChecklist(balance, targets, facts);

            if (o.format == "json") {
                nlohmann::json j = balance;
                j["year"] = o.year;
                j["boundary"] = describeBoundary(o);
                j["gwp"] = inv.gwpSet;
                j["base_year"] = baseYear ? nlohmann::json(baseYear) : nlohmann::json();
                j["claim"] = {{"vintage_from", claim.vintageFrom}, {"vintage_to", claim.vintageTo}, {"retire_by", claim.retireBy}};
                j["checklist"] = nlohmann::json::array();
                for (const auto& item : checklist)
                    j["checklist"].push_back({{"id", item.id}, {"met", item.met}, {"evidence", item.evidence}});
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            char line[200];
            ctx.out << "Carbon-neutrality balance " << o.year << " (" << describeBoundary(o) << ", GWP " << inv.gwpSet << ")\n";
            std::snprintf(line, sizeof line, "  boundary emissions  %16.3f tCO2e\n  reductions vs %-5s %16.3f tCO2e\n"
                          "  credits counted     %16.3f tCO2e\n  net emissions       %16.3f tCO2e\n",
                          balance.boundaryEmissionsTco2e, baseYear ? std::to_string(baseYear).c_str() : "-",
                          balance.reductionsTco2e, balance.offsetsAcceptedTco2e, balance.netEmissionsTco2e);
            ctx.out << line << "  carbon neutral: " << (balance.carbonNeutral ? "yes" : "no") << "\n";
            if (!balance.refused.empty()) ctx.out << "credits refused\n";
            for (const auto& r : balance.refused)
                ctx.out << "  " << r.credit.registry << " " << r.credit.serial << ": " << toString(r.reason) << " ("
                        << r.detail << ")\n";
            ctx.out << "claim checklist\n";
            for (const auto& item : checklist)
                ctx.out << "  [" << (item.met ? "x" : " ") << "] " << item.id << ": " << item.evidence << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
