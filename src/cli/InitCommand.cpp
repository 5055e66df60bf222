// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "cnms/core/DemoProject.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::cli {

void addInitCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, org, creditCode, industry, address, consolidation = "operational_control";
        bool demo = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("init", "Create a new project file for one organization");
    cmd->add_option("PROJECT", opt->path, "Path of the new project file (e.g. acme.cnms)")->required();
    cmd->add_option("--org", opt->org, "Organization name (required unless --demo)");
    cmd->add_option("--credit-code", opt->creditCode, "Unified social credit code (18 characters)");
    cmd->add_option("--industry", opt->industry, "GB/T 4754 industry code, e.g. C3011");
    cmd->add_option("--address", opt->address, "Registered address");
    cmd->add_option("--consolidation", opt->consolidation, "operational_control, financial_control or equity_share")
        ->check(CLI::IsMember({"operational_control", "financial_control", "equity_share"}));
    cmd->add_flag("--demo", opt->demo, "Fill the project with the demo organization and its data");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            Organization org;
            if (opt->demo) {
                org = demo::organization();
                if (!opt->org.empty()) org.name = opt->org;
            } else {
                if (opt->org.empty()) {
                    ctx.err << "cnms init: --org NAME is required (or --demo)\n";
                    return static_cast<int>(UsageError);
                }
                org.name = opt->org;
                org.creditCode = opt->creditCode;
                org.industryCode = opt->industry;
                org.address = opt->address;
                org.consolidation = *consolidationFromString(opt->consolidation);
            }
            if (auto issues = validate(org); !issues.empty()) throw ValidationError(std::move(issues));
            auto store = storage::createProject(opt->path, org);
            if (opt->demo) demo::populate(*store);
            ctx.out << "created " << opt->path << " for " << org.name << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
