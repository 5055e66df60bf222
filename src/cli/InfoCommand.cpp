// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/core/JsonCodec.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::cli {

void addInfoCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, format = "table";
        bool check = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("info", "Show a project's schema version, organization and record counts");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->add_flag("--check", opt->check, "Also check the whole file's integrity (reads every page)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            storage::OpenOptions options;
            options.readOnly = true;
            options.checkIntegrity = opt->check;
            auto store = storage::openProject(opt->path, options);
            auto info = store->info();
            auto org = store->organization().get();
            auto sites = store->sites().list();
            nlohmann::json j = {{"path", info.path},
                                {"schema_version", info.schemaVersion},
                                {"organization", org},
                                {"counts", {{"sites", sites.size()}, {"change_log", store->changeLog().count()}}}};
            if (opt->format == "json") {
                ctx.out << j.dump(2) << "\n";
            } else {
                ctx.out << "project:        " << info.path << "\n"
                        << "schema version: " << info.schemaVersion << "\n"
                        << "organization:   " << org.name << "\n"
                        << "credit code:    " << org.creditCode << "\n"
                        << "industry:       " << org.industryCode << "\n"
                        << "consolidation:  " << toString(org.consolidation) << "\n"
                        << "sites:          " << sites.size() << "\n"
                        << "change log:     " << store->changeLog().count() << " entries\n";
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
