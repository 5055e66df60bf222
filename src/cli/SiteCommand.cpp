// SPDX-License-Identifier: MIT
#include <iomanip>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/core/JsonCodec.h"
#include "cnms/core/SiteService.h"

namespace cnms::cli {

void addSiteCommand(CLI::App& app, Context& ctx) {
    auto* site = app.add_subcommand("site", "Add, list or remove the organization's sites");
    site->require_subcommand(1);

    struct AddOptions {
        std::string path;
        Site site;
    };
    auto add = std::make_shared<AddOptions>();
    auto* addCmd = site->add_subcommand("add", "Add a site");
    addCmd->add_option("PROJECT", add->path, "Project file")->required();
    addCmd->add_option("--code", add->site.code, "Site code, unique in the project")->required();
    addCmd->add_option("--name", add->site.name, "Site name")->required();
    addCmd->add_option("--province", add->site.province, "Province, e.g. 浙江");
    addCmd->add_option("--address", add->site.address, "Address");
    addCmd->add_option("--equity-share", add->site.equitySharePct, "The organization's equity share in %")
        ->default_val(100.0);
    addCmd->callback([&ctx, add] {
        ctx.action = [&ctx, add] {
            auto store = openProjectArg(add->path);
            auto stored = SiteService(*store).addSite(add->site);
            ctx.out << "added site " << stored.code << " (id " << stored.id << ")\n";
            return static_cast<int>(Success);
        };
    });

    struct ListOptions {
        std::string path, format = "table";
    };
    auto list = std::make_shared<ListOptions>();
    auto* listCmd = site->add_subcommand("list", "List the sites");
    listCmd->add_option("PROJECT", list->path, "Project file")->required();
    listCmd->add_option("--format", list->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    listCmd->callback([&ctx, list] {
        ctx.action = [&ctx, list] {
            auto store = openProjectArg(list->path, true);
            auto sites = SiteService(*store).sites();
            if (list->format == "json") {
                ctx.out << nlohmann::json(sites).dump(2) << "\n";
                return static_cast<int>(Success);
            }
            ctx.out << std::left << std::setw(12) << "code" << std::setw(8) << "share%" << "name\n";
            for (const auto& s : sites)
                ctx.out << std::left << std::setw(12) << s.code << std::setw(8) << s.equitySharePct << s.name
                        << (s.province.empty() ? "" : " (" + s.province + ")") << "\n";
            return static_cast<int>(Success);
        };
    });

    struct RemoveOptions {
        std::string path, code;
    };
    auto remove = std::make_shared<RemoveOptions>();
    auto* removeCmd = site->add_subcommand("remove", "Remove a site by its code");
    removeCmd->add_option("PROJECT", remove->path, "Project file")->required();
    removeCmd->add_option("CODE", remove->code, "Code of the site to remove")->required();
    removeCmd->callback([&ctx, remove] {
        ctx.action = [&ctx, remove] {
            auto store = openProjectArg(remove->path);
            auto removed = SiteService(*store).removeSiteByCode(remove->code);
            ctx.out << "removed site " << removed.code << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
