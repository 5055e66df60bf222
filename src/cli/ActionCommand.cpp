// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/core/ActionRegister.h"

namespace cnms::cli {

void addActionCommand(CLI::App& app, Context& ctx) {
    auto* action = app.add_subcommand("action", "The actions register shared by nonconformities, risks and reviews");
    action->require_subcommand(1);
    struct Options {
        std::string path, format = "table";
        bool overdue = false;
    };
    auto opt = std::make_shared<Options>();
    auto* list = action->add_subcommand("list", "List actions by due date");
    list->add_option("PROJECT", opt->path, "Project file")->required();
    list->add_flag("--overdue", opt->overdue, "Only open actions past their due date");
    list->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    list->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            auto ctxService = contextFor(*store, {});
            ActionRegister actions(ctxService);
            auto rows = opt->overdue ? actions.overdue() : actions.all();
            auto today = ctxService.today();
            if (opt->format == "json") {
                nlohmann::json j = rows;
                for (std::size_t i = 0; i < rows.size(); ++i) j[i]["overdue"] = rows[i].isOverdue(today);
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            for (const auto& a : rows)
                ctx.out << a.code() << "  " << a.dueDate << "  " << toString(a.status) << "  " << a.owner << "  "
                        << a.sourceType << " " << a.sourceId << (a.isOverdue(today) ? "  OVERDUE" : "") << "  "
                        << a.description << "\n";
            if (rows.empty()) ctx.out << "no actions\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
