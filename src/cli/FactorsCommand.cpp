// SPDX-License-Identifier: MIT
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/accounting/AccountingJson.h"
#include "cnms/accounting/InventoryService.h"

namespace cnms::cli {

void addFactorsCommand(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("factors", "The factor library: shipped sets and the project's own");
    group->require_subcommand(1);

    struct ListOptions {
        std::string path, format = "table";
    };
    auto list = std::make_shared<ListOptions>();
    auto* listCmd = group->add_subcommand("list", "List factor sets with version, source and validity");
    listCmd->add_option("PROJECT", list->path, "Project file")->required();
    listCmd->add_option("--format", list->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    listCmd->callback([&ctx, list] {
        ctx.action = [&ctx, list] {
            auto store = openProjectArg(list->path, true);
            accounting::InventoryService service(*store);
            nlohmann::json j = nlohmann::json::array();
            for (const auto* set : service.library().sets()) {
                j.push_back({{"id", set->id},
                             {"version", set->version},
                             {"name_en", set->nameEn},
                             {"name_zh", set->nameZh},
                             {"source", set->source},
                             {"factors", set->factors().size()},
                             {"shipped", !set->contentHash.empty()}});
                if (list->format == "table")
                    ctx.out << std::left << std::setw(26) << (set->id + "@" + set->version) << std::setw(6)
                            << set->factors().size() << set->nameEn << "\n";
            }
            if (list->format == "json") ctx.out << j.dump(2) << "\n";
            return static_cast<int>(Success);
        };
    });

    struct ShowOptions {
        std::string path, set;
    };
    auto show = std::make_shared<ShowOptions>();
    auto* showCmd = group->add_subcommand("show", "Show one factor set as JSON (SET or SET@VERSION)");
    showCmd->add_option("PROJECT", show->path, "Project file")->required();
    showCmd->add_option("SET", show->set, "Factor set id, optionally @version")->required();
    showCmd->callback([&ctx, show] {
        ctx.action = [&ctx, show] {
            auto store = openProjectArg(show->path, true);
            accounting::InventoryService service(*store);
            auto at = show->set.find('@');
            const accounting::FactorSet* set =
                at == std::string::npos ? service.library().findSet(show->set)
                                        : service.library().findSet(show->set.substr(0, at), show->set.substr(at + 1));
            if (!set) throw NotFoundError("no factor set '" + show->set + "'; see 'cnms factors list'");
            ctx.out << nlohmann::json(*set).dump(2) << "\n";
            return static_cast<int>(Success);
        };
    });

    struct ImportOptions {
        std::string path, file;
    };
    auto imp = std::make_shared<ImportOptions>();
    auto* importCmd = group->add_subcommand("import", "Add the project's own factor set from a JSON file");
    importCmd->add_option("PROJECT", imp->path, "Project file")->required();
    importCmd->add_option("FILE", imp->file, "Factor set JSON (see docs/accounting.md)")->required()->check(CLI::ExistingFile);
    importCmd->callback([&ctx, imp] {
        ctx.action = [&ctx, imp] {
            std::ifstream in(imp->file);
            std::stringstream text;
            text << in.rdbuf();
            accounting::FactorSet set;
            try {
                set = nlohmann::json::parse(text.str()).get<accounting::FactorSet>();
            } catch (const nlohmann::json::exception& e) {
                ctx.err << "cnms: " << imp->file << ": not a factor set: " << e.what() << "\n";
                return static_cast<int>(DataError);
            }
            auto store = openProjectArg(imp->path);
            accounting::InventoryService(*store).addFactorSet(set);
            ctx.out << "added factor set " << set.id << "@" << set.version << " (" << set.factors().size()
                    << " factors)\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
