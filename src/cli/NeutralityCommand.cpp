// SPDX-License-Identifier: MIT
#include <cstdio>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/core/Errors.h"
#include "cnms/core/TextUtil.h"
#include "cnms/neutrality/NeutralityJson.h"
#include "cnms/neutrality/ClaimEvaluation.h"

namespace cnms::cli {
namespace {

struct Options {
    std::string path, gwp, boundary = "total", categories, site, retireBy, format = "table";
    int year = 0, vintageFrom = 0, vintageTo = 0, baseYear = 0;
};

std::vector<int> parseCategories(const std::string& list) {
    std::vector<int> categories;
    if (text::trim(list).empty()) return categories;
    for (auto part : text::split(list, ',')) {
        const std::string item(text::trim(part));
        try {
            categories.push_back(std::stoi(item));
        } catch (const std::exception&) {
            throw NotFoundError("--categories: '" + item + "' is not an ISO 14064-1 category number (1 to 6)");
        }
    }
    return categories;
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
            neutrality::ClaimRequest request{o.year, o.gwp.empty() ? std::nullopt : std::optional(o.gwp), o.boundary,
                                             parseCategories(o.categories), o.site, o.vintageFrom, o.vintageTo,
                                             o.retireBy, o.baseYear};
            const auto evaluation = neutrality::evaluateClaim(*store, request);
            const auto& balance = evaluation.balance;
            const auto& claim = evaluation.claim;
            const auto& checklist = evaluation.checklist;
            const int baseYear = evaluation.baseYear;

            if (o.format == "json") {
                nlohmann::json j = balance;
                j["year"] = o.year;
                j["boundary"] = evaluation.boundaryDescription;
                j["gwp"] = evaluation.gwpSet;
                j["base_year"] = baseYear ? nlohmann::json(baseYear) : nlohmann::json();
                j["claim"] = {{"vintage_from", claim.vintageFrom}, {"vintage_to", claim.vintageTo}, {"retire_by", claim.retireBy}};
                j["checklist"] = nlohmann::json::array();
                for (const auto& item : checklist)
                    j["checklist"].push_back({{"id", item.id}, {"met", item.met}, {"evidence", item.evidence}});
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            char line[200];
            ctx.out << "Carbon-neutrality balance " << o.year << " (" << evaluation.boundaryDescription << ", GWP " << evaluation.gwpSet << ")\n";
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
