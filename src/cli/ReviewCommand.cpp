// SPDX-License-Identifier: MIT
#include <cctype>
#include <nlohmann/json.hpp>

#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/core/TextUtil.h"
#include "cnms/review/ManagementReviewService.h"
#include "cnms/review/ReviewJson.h"

namespace cnms::cli {
namespace {

using review::ManagementReview;
using review::ManagementReviewService;

/** Accepts "3" or "MR-0003". Throws NotFoundError otherwise. */
review::ReviewId parseReviewId(const std::string& text) {
    std::string_view s = text::trim(text);
    if (s.size() > 3 && (s[0] == 'M' || s[0] == 'm') && (s[1] == 'R' || s[1] == 'r') && s[2] == '-') s.remove_prefix(3);
    review::ReviewId id = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || id > 100000000000LL)
            throw NotFoundError("no management review '" + text + "' (give its id, e.g. 3 or MR-0003)");
        id = id * 10 + (c - '0');
    }
    if (id <= 0) throw NotFoundError("no management review '" + text + "' (give its id, e.g. 3 or MR-0003)");
    return id;
}

/** The review with its actions, as `show` prints it; facts carry their English wording. */
nlohmann::json reviewJson(const ManagementReview& r, const std::vector<Action>& actions) {
    nlohmann::json j = r;
    for (std::size_t i = 0; i < r.inputs.size(); ++i)
        for (std::size_t k = 0; k < r.inputs[i].facts.size(); ++k)
            j["inputs"][i]["facts"][k]["text"] = review::factText(r.inputs[i].facts[k]);
    j["actions"] = actions;
    return j;
}

void addNew(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, actor;
        ManagementReview draft;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("new", "Draft a review with its inputs compiled from the project; prints its id");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--title", opt->draft.title, "Title, e.g. 2025 management review")->required();
    cmd->add_option("--date", opt->draft.meetingDate, "Date of the meeting, YYYY-MM-DD")->required();
    cmd->add_option("--chair", opt->draft.chair, "Chair (top management)")->required();
    cmd->add_option("--attendee", opt->draft.attendees, "Attendee (repeatable)");
    cmd->add_option("--from", opt->draft.periodFrom, "First day of the period covered, YYYY-MM-DD")->required();
    cmd->add_option("--to", opt->draft.periodTo, "Last day of the period covered, YYYY-MM-DD")->required();
    addActorOption(cmd, opt->actor);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto stored = ManagementReviewService(contextFor(*store, opt->actor)).create(opt->draft);
            ctx.out << stored.id << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addList(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, format = "table";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("list", "List reviews by meeting date");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            ManagementReviewService service(contextFor(*store, {}));
            auto reviews = service.list();
            if (opt->format == "json") {
                auto j = nlohmann::json::array();
                for (const auto& r : reviews)
                    j.push_back({{"id", r.id}, {"code", r.code()}, {"title", r.title}, {"meeting_date", r.meetingDate},
                                 {"chair", r.chair}, {"period_from", r.periodFrom}, {"period_to", r.periodTo},
                                 {"status", toString(r.status)}, {"actions", service.actions(r.id).size()}});
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            for (const auto& r : reviews)
                ctx.out << r.code() << "  " << r.meetingDate << "  " << toString(r.status) << "  " << r.periodFrom
                        << ".." << r.periodTo << "  " << r.chair << "  " << r.title << "\n";
            if (reviews.empty()) ctx.out << "no management reviews\n";
            return static_cast<int>(Success);
        };
    });
}

void addShow(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, id;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("show", "Print a review (record, inputs with comments, outputs, actions) as JSON");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("REVIEW", opt->id, "Review id, e.g. 1 or MR-0001")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            ManagementReviewService service(contextFor(*store, {}));
            auto r = service.get(parseReviewId(opt->id));
            ctx.out << reviewJson(r, service.actions(r.id)).dump(2) << "\n";
            return static_cast<int>(Success);
        };
    });
}

/** Options that change a draft's outputs and comments, shared by `edit` and `hold`. */
struct OutputOptions {
    std::optional<std::string> suitability, adequacy, effectiveness, resourceNeeds, policyChanges;
    std::vector<std::string> decisions, comments;
    bool recompile = false;

    void add(CLI::App* cmd) {
        cmd->add_option("--suitability", suitability, "Conclusion on the system's suitability");
        cmd->add_option("--adequacy", adequacy, "Conclusion on its adequacy");
        cmd->add_option("--effectiveness", effectiveness, "Conclusion on its effectiveness");
        cmd->add_option("--decision", decisions, "A decision (repeatable; replaces the recorded ones)");
        cmd->add_option("--resource-needs", resourceNeeds, "Resource needs");
        cmd->add_option("--policy-changes", policyChanges, "Changes to policy or targets");
        cmd->add_option("--comment", comments, "Comment on an input as KIND=TEXT, e.g. audit_results=... (repeatable)");
        cmd->add_flag("--recompile", recompile, "Compile the inputs again from the project first");
    }

    bool any() const {
        return suitability || adequacy || effectiveness || resourceNeeds || policyChanges || !decisions.empty() ||
               !comments.empty();
    }

    void apply(ManagementReview& r) const {
        if (suitability) r.suitability = *suitability;
        if (adequacy) r.adequacy = *adequacy;
        if (effectiveness) r.effectiveness = *effectiveness;
        if (resourceNeeds) r.resourceNeeds = *resourceNeeds;
        if (policyChanges) r.policyChanges = *policyChanges;
        if (!decisions.empty()) r.decisions = decisions;
        for (std::size_t i = 0; i < comments.size(); ++i) {
            auto eq = comments[i].find('=');
            auto kind = review::inputKindFromString(comments[i].substr(0, eq));
            if (eq == std::string::npos || !kind || !r.input(*kind)) {
                std::string kinds;
                for (auto k : review::allInputKinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(toString(k));
                throw ValidationError({{"comment[" + std::to_string(i) + "]", "invalid",
                                        "'" + comments[i] + "' is not KIND=TEXT with KIND one of " + kinds}});
            }
            r.input(*kind)->comment = comments[i].substr(eq + 1);
        }
    }

    ManagementReview save(ManagementReviewService& service, review::ReviewId id) const {
        auto r = recompile ? service.recompile(id) : service.get(id);
        if (!any()) return r;
        apply(r);
        return service.update(r);
    }
};

/** The arguments of a verb on one draft review that saves its outputs first (edit, hold). */
struct OutputsArgs {
    std::string path, id, actor;
    OutputOptions outputs;
};

CLI::App* addOutputsVerb(CLI::App& group, const std::string& name, const std::string& what, OutputsArgs& args) {
    auto* cmd = group.add_subcommand(name, what);
    cmd->add_option("PROJECT", args.path, "Project file")->required();
    cmd->add_option("REVIEW", args.id, "Review id, e.g. 1 or MR-0001")->required();
    args.outputs.add(cmd);
    addActorOption(cmd, args.actor);
    return cmd;
}

void addEdit(CLI::App& group, Context& ctx) {
    auto opt = std::make_shared<OutputsArgs>();
    addOutputsVerb(group, "edit", "Record outputs and comments of a draft review", *opt)->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            ManagementReviewService service(contextFor(*store, opt->actor));
            auto r = opt->outputs.save(service, parseReviewId(opt->id));
            ctx.out << r.code() << ": saved\n";
            return static_cast<int>(Success);
        };
    });
}

void addAction(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, id, actor;
        Action action;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("action", "Add an action decided by a draft review to the actions register");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("REVIEW", opt->id, "Review id, e.g. 1 or MR-0001")->required();
    cmd->add_option("--description", opt->action.description, "What is to be done")->required();
    cmd->add_option("--owner", opt->action.owner, "Who is responsible")->required();
    cmd->add_option("--due", opt->action.dueDate, "Due date, YYYY-MM-DD")->required();
    addActorOption(cmd, opt->actor);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto a = ManagementReviewService(contextFor(*store, opt->actor)).addAction(parseReviewId(opt->id), opt->action);
            ctx.out << a.code() << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addHold(CLI::App& group, Context& ctx) {
    auto opt = std::make_shared<OutputsArgs>();
    addOutputsVerb(group, "hold", "Record a review as held (it is read-only afterwards)", *opt)->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            ManagementReviewService service(contextFor(*store, opt->actor));
            auto id = parseReviewId(opt->id);
            opt->outputs.save(service, id);
            auto r = service.hold(id);
            ctx.out << r.code() << ": held by " << r.heldBy << " at " << r.heldAt << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace

void addReviewCommand(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("review", "Management reviews: draft, outputs, actions, hold");
    group->require_subcommand(1);
    addNew(*group, ctx);
    addList(*group, ctx);
    addShow(*group, ctx);
    addEdit(*group, ctx);
    addAction(*group, ctx);
    addHold(*group, ctx);
}

}  // namespace cnms::cli
