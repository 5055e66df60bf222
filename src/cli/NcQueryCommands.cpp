// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/Errors.h"

namespace cnms::cli {
namespace {

void addRaise(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, clause, severity, description, source = "other", raisedOn, actor, record;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("raise", "Raise a nonconformity by hand; prints its id");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--clause", opt->clause, "Catalogue clause that is not met, e.g. 6.2")->required();
    cmd->add_option("--severity", opt->severity, "major or minor")
        ->required()
        ->check(CLI::IsMember({"major", "minor"}));
    cmd->add_option("--description", opt->description, "What was found")->required();
    cmd->add_option("--source", opt->source, "monitoring, compliance, complaint, review or other")
        ->check(CLI::IsMember({"monitoring", "compliance", "complaint", "review", "other"}))
        ->capture_default_str();
    cmd->add_option("--record", opt->record, "The record it is about, as TYPE:ID");
    cmd->add_option("--raised-on", opt->raisedOn, "Date it was found, YYYY-MM-DD (default today)");
    addActorOption(cmd, opt->actor);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            Nonconformity draft;
            draft.clauseId = opt->clause;
            draft.severity = *ncSeverityFromString(opt->severity);
            draft.source = *ncSourceFromString(opt->source);
            draft.description = opt->description;
            draft.raisedOn = opt->raisedOn;
            if (!opt->record.empty()) draft.subject = parseRecordRefs({opt->record}, "record").front();
            auto store = openProjectArg(opt->path);
            ctx.out << NonconformityService(contextFor(*store, opt->actor)).raise(draft).id << "\n";
            return static_cast<int>(Success);
        };
    });
}

nlohmann::json overviewJson(const NcOverview& row) {
    nlohmann::json j = row.nc;
    j["actions"] = row.actions;
    j["open_actions"] = row.openActions;
    j["overdue"] = row.overdue;
    j["next_due"] = row.nextDue;
    j["reopened_as"] = row.reopenedAs ? nlohmann::json(*row.reopenedAs) : nlohmann::json();
    return j;
}

void addList(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, format = "table", state;
        bool overdue = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("list", "List nonconformities with their state and overdue actions");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_flag("--overdue", opt->overdue, "Only NCs with an open action past its due date");
    cmd->add_option("--state", opt->state,
                    "Only NCs in this state (raised, contained, cause_analysed, "
                    "action_planned, implemented, verified, closed)");
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            std::optional<NcState> state;
            if (!opt->state.empty()) {
                state = ncStateFromString(opt->state);
                if (!state) throw ValidationError({{"state", "unknown", "'" + opt->state + "' is not a state"}});
            }
            auto store = openProjectArg(opt->path, true);
            auto json = nlohmann::json::array();
            int shown = 0;
            for (const auto& row : NonconformityService(contextFor(*store, {})).overview()) {
                if (opt->overdue && !row.overdue) continue;
                if (state && row.nc.state != *state) continue;
                ++shown;
                if (opt->format == "json") {
                    json.push_back(overviewJson(row));
                    continue;
                }
                ctx.out << row.nc.code() << "  " << row.nc.raisedOn << "  " << toString(row.nc.severity) << "  "
                        << row.nc.clauseId << "  " << toString(row.nc.state);
                if (row.openActions > 0) ctx.out << "  " << row.openActions << " open, next due " << row.nextDue;
                if (row.overdue) ctx.out << "  OVERDUE";
                if (row.reopenedAs) ctx.out << "  reopened as NC-" << *row.reopenedAs;
                ctx.out << "  " << row.nc.description << "\n";
            }
            if (opt->format == "json")
                ctx.out << json.dump(2) << "\n";
            else if (shown == 0)
                ctx.out << "no nonconformities\n";
            return static_cast<int>(Success);
        };
    });
}

void addShow(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, id, format = "table";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("show", "Show a nonconformity with its actions and history");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("ID", opt->id, "NC id (e.g. 3 or NC-0003)")->required();
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            NonconformityService service(contextFor(*store, {}));
            auto nc = requireNonconformity(*store, opt->id);
            auto actions = service.actions(nc.id);
            auto history = service.history(nc.id);
            auto today = Clock::system().today();
            if (opt->format == "json") {
                nlohmann::json j = nc;
                j["actions"] = actions;
                for (auto& a : j["actions"])
                    a["overdue"] = a["status"] == "open" && a["due"].get<std::string>() < today;
                j["history"] = history;
                auto steps = nlohmann::json::array();
                for (auto s : service.allowedSteps(nc.id)) steps.push_back(nc_workflow::toString(s));
                j["allowed_steps"] = steps;
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            ctx.out << nc.code() << "  " << toString(nc.severity) << "  clause " << nc.clauseId << "  ["
                    << toString(nc.state) << "]\n"
                    << "source:      " << toString(nc.source) << "\n"
                    << "raised:      " << nc.raisedOn << " by " << nc.raisedBy << "\n"
                    << "description: " << nc.description << "\n";
            if (nc.subject) ctx.out << "about:       " << nc.subject->toString() << "\n";
            if (nc.reopenOf) ctx.out << "reopens:     NC-" << *nc.reopenOf << ": " << nc.reopenReason << "\n";
            if (!nc.correction.empty())
                ctx.out << "correction:  " << nc.correction << " (" << nc.containedOn << ", " << nc.containedBy
                        << ")\n";
            for (std::size_t i = 0; i < nc.whys.size(); ++i)
                ctx.out << "why " << i + 1 << ":       " << nc.whys[i] << "\n";
            if (nc.causeCategory)
                ctx.out << "root cause:  " << nc.rootCause << " [" << toString(*nc.causeCategory) << "]\n";
            for (const auto& a : actions)
                ctx.out << "action " << a.code() << ": " << a.description << " — " << a.owner << ", due " << a.dueDate
                        << ", " << toString(a.status)
                        << (a.status == ActionStatus::Implemented ? " " + a.implementedOn : "")
                        << (a.isOverdue(today) ? "  OVERDUE" : "") << "\n";
            if (!nc.verifiedBy.empty())
                ctx.out << "verified:    " << nc.verifiedOn << " by " << nc.verifiedBy << ": "
                        << nc.verificationEvidence << "\n";
            if (nc.isClosed()) ctx.out << "closed:      " << nc.closedOn << " by " << nc.closedBy << "\n";
            ctx.out << "history:\n";
            for (const auto& e : history)
                ctx.out << "  " << e.at << "  " << e.actor << "  " << e.step << " -> " << toString(e.toState)
                        << (e.note.empty() ? "" : "  " + e.note) << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace

void addNcQueryCommands(CLI::App& group, Context& ctx) {
    addRaise(group, ctx);
    addList(group, ctx);
    addShow(group, ctx);
}

}  // namespace cnms::cli
