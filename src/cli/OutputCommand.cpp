// SPDX-License-Identifier: MIT
#include <cstdio>
#include <iomanip>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/accounting/ProductionFigureJson.h"
#include "cnms/accounting/ProductionFigureService.h"

namespace cnms::cli {
namespace {
using accounting::FigureKind;
using accounting::ProductionFigure;

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

FigureKind kindOf(const std::string& text) {
    return accounting::figureKindFromString(text).value_or(FigureKind::Output);  // CLI11 checked the value
}

void printTable(std::ostream& out, const std::vector<ProductionFigure>& figures) {
    if (figures.empty()) {
        out << "no output or revenue figures\n";
        return;
    }
    out << std::left << std::setw(6) << "id" << std::setw(6) << "year" << std::setw(9) << "kind" << std::setw(14)
        << "site" << std::right << std::setw(16) << "quantity" << "  " << std::left << std::setw(12) << "unit"
        << "product / evidence\n";
    for (const auto& f : figures) {
        std::string tail = f.product;
        if (!f.evidence.empty()) tail += (tail.empty() ? "" : " / ") + f.evidence;
        out << std::left << std::setw(6) << f.id << std::setw(6) << f.year << std::setw(9) << toString(f.kind)
            << std::setw(14) << (f.site.empty() ? "(organization)" : f.site) << std::right << std::setw(16)
            << number(f.quantity) << "  " << std::left << std::setw(12) << f.unit << tail << "\n";
    }
}

}  // namespace

void addOutputCommand(CLI::App& app, Context& ctx) {
    auto* output = app.add_subcommand("output", "Production output and revenue of a year: the denominators of intensity");
    output->require_subcommand(1);

    struct SetOptions {
        std::string path, kind = "output", site, unit, product, evidence, note;
        int year = 0;
        double quantity = 0;
    };
    auto set = std::make_shared<SetOptions>();
    auto* setCmd = output->add_subcommand("set", "Enter or replace the figure of (year, site, kind, unit)");
    setCmd->add_option("PROJECT", set->path, "Project file")->required();
    setCmd->add_option("--year", set->year, "Reporting year")->required();
    setCmd->add_option("--kind", set->kind, "output or revenue")->check(CLI::IsMember({"output", "revenue"}));
    setCmd->add_option("--quantity", set->quantity, "The figure, above 0")->required();
    setCmd->add_option("--unit", set->unit, "Product unit (e.g. \"t clinker\"); revenue: 10^4 CNY unless given");
    setCmd->add_option("--site", set->site, "Site code; omit for the organization as a whole");
    auto* productOpt = setCmd->add_option("--product", set->product, "Product or description (kept when omitted)");
    auto* evidenceOpt = setCmd->add_option("--evidence", set->evidence,
                                           "Where the figure comes from, e.g. a statistics report (kept when omitted)");
    auto* noteOpt = setCmd->add_option("--note", set->note, "Note (kept when omitted)");
    setCmd->callback([&ctx, set, productOpt, evidenceOpt, noteOpt] {
        const bool product = productOpt->count() > 0, evidence = evidenceOpt->count() > 0, note = noteOpt->count() > 0;
        ctx.action = [&ctx, set, product, evidence, note] {
            auto store = openProjectArg(set->path);
            ProductionFigure f;
            f.kind = kindOf(set->kind);
            f.year = set->year;
            f.site = set->site;
            f.quantity = set->quantity;
            f.unit = set->unit;
            f.product = set->product;
            f.evidence = set->evidence;
            f.note = set->note;
            // Replacing a figure's quantity should not wipe the texts the user did not repeat.
            const auto key = accounting::ProductionFigureService::normalized(f);
            if (auto old = store->productionFigures().findKey(key.year, key.site, key.kind, key.unit)) {
                if (!product) f.product = old->product;
                if (!evidence) f.evidence = old->evidence;
                if (!note) f.note = old->note;
            }
            const auto stored = accounting::ProductionFigureService(*store).set(f);
            ctx.out << "set " << toString(stored.kind) << " " << stored.year << " "
                    << (stored.site.empty() ? "(organization)" : stored.site) << ": " << number(stored.quantity) << " "
                    << stored.unit << " (id " << stored.id << ")\n";
            return static_cast<int>(Success);
        };
    });

    struct ListOptions {
        std::string path, format = "table";
        int year = 0;
    };
    auto list = std::make_shared<ListOptions>();
    auto* listCmd = output->add_subcommand("list", "List the output and revenue figures");
    listCmd->add_option("PROJECT", list->path, "Project file")->required();
    listCmd->add_option("--year", list->year, "Only this year");
    listCmd->add_option("--format", list->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    listCmd->callback([&ctx, list] {
        ctx.action = [&ctx, list] {
            auto store = openProjectArg(list->path, true);
            const auto figures =
                accounting::ProductionFigureService(*store).list(list->year ? std::optional(list->year) : std::nullopt);
            if (list->format == "json") ctx.out << nlohmann::json(figures).dump(2) << "\n";
            else printTable(ctx.out, figures);
            return static_cast<int>(Success);
        };
    });

    struct RemoveOptions {
        std::string path, kind = "output", site, unit;
        int year = 0;
        std::int64_t id = 0;
    };
    auto remove = std::make_shared<RemoveOptions>();
    auto* removeCmd = output->add_subcommand("remove", "Remove a figure by --id, or by --year, --kind, --unit and --site");
    removeCmd->add_option("PROJECT", remove->path, "Project file")->required();
    auto* idOpt = removeCmd->add_option("--id", remove->id, "Id of the figure (see output list)");
    auto* yearOpt = removeCmd->add_option("--year", remove->year, "Reporting year");
    removeCmd->add_option("--kind", remove->kind, "output or revenue")->check(CLI::IsMember({"output", "revenue"}));
    removeCmd->add_option("--unit", remove->unit, "Unit of the figure; revenue: 10^4 CNY unless given");
    removeCmd->add_option("--site", remove->site, "Site code; omit for the organization's figure");
    idOpt->excludes(yearOpt);
    removeCmd->callback([&ctx, remove, idOpt, yearOpt] {
        if (idOpt->count() == 0 && yearOpt->count() == 0) throw CLI::ValidationError("output remove", "give --id or --year");
        ctx.action = [&ctx, remove] {
            auto store = openProjectArg(remove->path);
            accounting::ProductionFigureService service(*store);
            auto id = remove->id;
            if (id == 0) {
                ProductionFigure key;
                key.kind = kindOf(remove->kind);
                key.unit = remove->unit;
                key.site = remove->site;
                key = accounting::ProductionFigureService::normalized(key);
                auto found = store->productionFigures().findKey(remove->year, key.site, key.kind, key.unit);
                if (!found)
                    throw NotFoundError("no " + remove->kind + " figure of " + std::to_string(remove->year) + " for " +
                                        (key.site.empty() ? "the organization" : "site " + key.site) + " in '" +
                                        key.unit + "'");
                id = found->id;
            }
            const auto removed = service.remove(id);
            ctx.out << "removed " << toString(removed.kind) << " " << removed.year << " "
                    << (removed.site.empty() ? "(organization)" : removed.site) << ": " << number(removed.quantity)
                    << " " << removed.unit << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
