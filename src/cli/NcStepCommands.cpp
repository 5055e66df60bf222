// SPDX-License-Identifier: MIT
#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/Errors.h"

namespace cnms::cli {
namespace {

/** What every workflow step command takes: the project, the NC and who acts. */
struct StepArgs {
    std::string path, id, actor;
};

CLI::App* addStep(CLI::App& group, const char* name, const char* help, StepArgs& args) {
    auto* cmd = group.add_subcommand(name, help);
    cmd->add_option("PROJECT", args.path, "Project file")->required();
    cmd->add_option("ID", args.id, "NC id (e.g. 3 or NC-0003)")->required();
    addActorOption(cmd, args.actor);
    return cmd;
}

/** Opens the project, finds the NC and runs `step` with a service acting as `--as`. */
template <class F>
int runStep(const StepArgs& args, F step) {
    auto store = openProjectArg(args.path);
    auto nc = requireNonconformity(*store, args.id);
    NonconformityService service(contextFor(*store, args.actor));
    return step(service, nc);
}

void printState(Context& ctx, const Nonconformity& nc) { ctx.out << nc.code() << ": " << toString(nc.state) << "\n"; }

void addContain(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::string correction, on;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = addStep(group, "contain", "Record the correction / containment (raised -> contained)", *opt);
    cmd->add_option("--correction", opt->correction, "What was done at once to contain and correct it")->required();
    cmd->add_option("--on", opt->on, "Date, YYYY-MM-DD (default today)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                printState(ctx, s.contain(nc.id, opt->correction, opt->on));
                return static_cast<int>(Success);
            });
        };
    });
}

void addCause(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::vector<std::string> whys;
        std::string category, rootCause;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = addStep(group, "cause", "Record the root-cause analysis (contained -> cause_analysed)", *opt);
    cmd->add_option("--why", opt->whys, "Answer to 'why?', 1 to 5 times, the last nearest the root")->required();
    cmd->add_option("--category", opt->category,
                    "people, method, equipment, material, measurement, environment or management")
        ->required()
        ->check(
            CLI::IsMember({"people", "method", "equipment", "material", "measurement", "environment", "management"}));
    cmd->add_option("--root-cause", opt->rootCause, "The root cause (default: the last why)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                printState(ctx,
                           s.analyseCause(nc.id, opt->whys, *causeCategoryFromString(opt->category), opt->rootCause));
                return static_cast<int>(Success);
            });
        };
    });
}

void addAct(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::string description, owner, due;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = addStep(group, "act", "Plan a corrective action with owner and due date; prints the action id", *opt);
    cmd->add_option("--description", opt->description, "What is to be done")->required();
    cmd->add_option("--owner", opt->owner, "Who is responsible")->required();
    cmd->add_option("--due", opt->due, "Due date, YYYY-MM-DD")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                ctx.out << s.addAction(nc.id, opt->description, opt->owner, opt->due).id << "\n";
                return static_cast<int>(Success);
            });
        };
    });
}

void addImplement(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::string action, on, note;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = addStep(group, "implement", "Mark a corrective action implemented", *opt);
    cmd->add_option("--action", opt->action, "Action id (e.g. 4 or A-0004)")->required();
    cmd->add_option("--on", opt->on, "Date, YYYY-MM-DD (default today)");
    cmd->add_option("--note", opt->note, "What was done");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                auto action = s.implementAction(nc.id, parseActionId(opt->action), opt->on, opt->note);
                ctx.out << action.code() << ": implemented " << action.implementedOn << "\n";
                printState(ctx, s.get(nc.id));
                return static_cast<int>(Success);
            });
        };
    });
}

void addVerify(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::string evidence, on;
        bool notEffective = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd =
        addStep(group, "verify", "Record the effectiveness review (by someone who owns none of the actions)", *opt);
    cmd->add_option("--evidence", opt->evidence, "The evidence effectiveness was judged on")->required();
    cmd->add_option("--on", opt->on, "Date, YYYY-MM-DD (default today)");
    cmd->add_flag("--not-effective", opt->notEffective, "The actions did not remove the cause: analyse it again");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                printState(ctx, s.verify(nc.id, !opt->notEffective, opt->evidence, opt->on));
                return static_cast<int>(Success);
            });
        };
    });
}

void addClose(CLI::App& group, Context& ctx) {
    auto opt = std::make_shared<StepArgs>();
    auto* cmd = addStep(group, "close", "Close a verified nonconformity; it becomes read-only", *opt);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                printState(ctx, s.close(nc.id));
                return static_cast<int>(Success);
            });
        };
    });
}

void addReopen(CLI::App& group, Context& ctx) {
    struct Options : StepArgs {
        std::string reason;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = addStep(group, "reopen", "Reopen a closed nonconformity as a new, linked one; prints the new id", *opt);
    cmd->add_option("--reason", opt->reason, "Why it is reopened (e.g. the problem recurred)")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            return runStep(*opt, [&](NonconformityService& s, const Nonconformity& nc) {
                ctx.out << s.reopen(nc.id, opt->reason).id << "\n";
                return static_cast<int>(Success);
            });
        };
    });
}

}  // namespace

void addNcStepCommands(CLI::App& group, Context& ctx) {
    addContain(group, ctx);
    addCause(group, ctx);
    addAct(group, ctx);
    addImplement(group, ctx);
    addVerify(group, ctx);
    addClose(group, ctx);
    addReopen(group, ctx);
}

}  // namespace cnms::cli
