// SPDX-License-Identifier: MIT
#include "AuditCli.h"
#include "Cli.h"

namespace cnms::cli {

void addAuditCommand(CLI::App& app, Context& ctx) {
    auto* audit =
        app.add_subcommand("audit", "Plan, run and complete internal audits (programme, checklist, findings)");
    audit->require_subcommand(1);
    addAuditPlanCommands(*audit, ctx);
    addAuditRunCommands(*audit, ctx);
}

void addNcCommand(CLI::App& app, Context& ctx) {
    auto* nc =
        app.add_subcommand("nc", "Nonconformities and their corrective actions, from raising to verified closure");
    nc->require_subcommand(1);
    addNcQueryCommands(*nc, ctx);
    addNcStepCommands(*nc, ctx);
}

}  // namespace cnms::cli
