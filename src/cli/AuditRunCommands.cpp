// SPDX-License-Identifier: MIT
#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/ChecklistService.h"

namespace cnms::cli {
namespace {

/** The options every command on one audit shares. */
struct AuditArgs {
    std::string path, audit, actor;
};

void addAuditArgs(CLI::App* cmd, AuditArgs& args) {
    cmd->add_option("PROJECT", args.path, "Project file")->required();
    cmd->add_option("AUDIT", args.audit, "Audit id or code (e.g. 3 or IA-2025-01)")->required();
    addActorOption(cmd, args.actor);
}

FindingResult resultFrom(const std::string& text) { return *findingResultFromString(text); }

void addQuestion(CLI::App& group, Context& ctx) {
    struct Options : AuditArgs {
        std::string clause, text;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("question", "Add the auditor's own question; prints its item ref (Q1, Q2 ...)");
    addAuditArgs(cmd, *opt);
    cmd->add_option("--clause", opt->clause, "Catalogue clause the question belongs to")->required();
    cmd->add_option("--text", opt->text, "The question")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto id = requireAudit(*store, opt->audit).id;
            ctx.out << ChecklistService(contextFor(*store, opt->actor)).addQuestion(id, opt->clause, opt->text).ref
                    << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addAnswer(CLI::App& group, Context& ctx) {
    struct Options : AuditArgs {
        std::string item, result, evidence;
        std::vector<std::string> records, files;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("answer", "Answer a checklist item with its result and evidence");
    addAuditArgs(cmd, *opt);
    cmd->add_option("ITEM", opt->item, "Item ref, e.g. 6.2-1 or Q1")->required();
    cmd->add_option("--result", opt->result, "conforming, major, minor, observation, ofi or na")
        ->required()
        ->check(CLI::IsMember(resultNames()));
    cmd->add_option("--evidence", opt->evidence, "What was seen (for na: why it does not apply)")->required();
    cmd->add_option("--record", opt->records, "Linked record as TYPE:ID, e.g. activity_data:17 (repeatable)");
    cmd->add_option("--file", opt->files, "Evidence file, fingerprinted with SHA-256 (repeatable)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            ChecklistAnswer answer{resultFrom(opt->result), opt->evidence, parseRecordRefs(opt->records, "record"),
                                   opt->files};
            auto store = openProjectArg(opt->path);
            auto audit = requireAudit(*store, opt->audit);
            auto item = ChecklistService(contextFor(*store, opt->actor)).answer(audit.id, opt->item, answer);
            ctx.out << audit.code << " " << item.ref << ": " << toString(item.result) << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addScore(CLI::App& group, Context& ctx) {
    struct Options : AuditArgs {
        std::string clause, note;
        int score = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("score", "Score a clause of the audit's scope from 0 to 5");
    addAuditArgs(cmd, *opt);
    cmd->add_option("CLAUSE", opt->clause, "Clause in the audit's scope")->required();
    cmd->add_option("--score", opt->score, "0 (not implemented) to 5 (fully effective)")->required();
    cmd->add_option("--note", opt->note, "Why this score");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto audit = requireAudit(*store, opt->audit);
            auto s =
                ChecklistService(contextFor(*store, opt->actor)).score(audit.id, opt->clause, opt->score, opt->note);
            ctx.out << audit.code << " " << s.clauseId << ": " << s.score << "/" << kMaxClauseScore << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addComplete(CLI::App& group, Context& ctx) {
    struct Options : AuditArgs {
        std::string conclusion;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("complete", "Complete an audit: it becomes read-only and its NCs are raised");
    addAuditArgs(cmd, *opt);
    cmd->add_option("--conclusion", opt->conclusion, "The audit's conclusion (default: a count of the findings)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto id = requireAudit(*store, opt->audit).id;
            auto done = AuditCompletionService(contextFor(*store, opt->actor)).complete(id, opt->conclusion);
            ctx.out << "completed " << done.audit.code << ": " << done.audit.conclusion << "\n";
            for (const auto& nc : done.raised)
                ctx.out << "raised " << nc.code() << " (id " << nc.id << ", " << toString(nc.severity) << ", clause "
                        << nc.clauseId << ")\n";
            return static_cast<int>(Success);
        };
    });
}

void addCorrect(CLI::App& group, Context& ctx) {
    struct Options : AuditArgs {
        std::string item, result, evidence, reason;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("correct", "Correct a finding of a completed audit by a new, linked record");
    addAuditArgs(cmd, *opt);
    cmd->add_option("ITEM", opt->item, "Item ref, e.g. 6.2-1")->required();
    cmd->add_option("--result", opt->result, "The corrected result")->required()->check(CLI::IsMember(resultNames()));
    cmd->add_option("--evidence", opt->evidence, "Evidence behind the correction")->required();
    cmd->add_option("--reason", opt->reason, "Why the finding is corrected")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto id = requireAudit(*store, opt->audit).id;
            auto out = AuditCompletionService(contextFor(*store, opt->actor))
                           .correct(id, opt->item, resultFrom(opt->result), opt->evidence, opt->reason);
            ctx.out << "corrected " << out.correction.itemRef << " to " << toString(out.correction.result) << "\n";
            if (out.raised) ctx.out << "raised " << out.raised->code() << " (id " << out.raised->id << ")\n";
            return static_cast<int>(Success);
        };
    });
}

void addFiles(CLI::App& group, Context& ctx) {
    auto opt = std::make_shared<AuditArgs>();
    auto* cmd =
        group.add_subcommand("files", "Check the audit's evidence files against their SHA-256; exit 2 if any changed");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("AUDIT", opt->audit, "Audit id or code")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            auto id = requireAudit(*store, opt->audit).id;
            int bad = 0;
            for (const auto& check : ChecklistService(contextFor(*store, {})).checkFiles(id)) {
                ctx.out << check.itemRef << "  " << toString(check.state) << "  " << check.file.path << "\n";
                if (check.state != FileState::Unchanged) ++bad;
            }
            if (bad == 0) return static_cast<int>(Success);
            ctx.err << "cnms: " << bad << " evidence file(s) changed or missing since they were recorded\n";
            return static_cast<int>(DataError);
        };
    });
}

}  // namespace

void addAuditRunCommands(CLI::App& group, Context& ctx) {
    addQuestion(group, ctx);
    addAnswer(group, ctx);
    addScore(group, ctx);
    addComplete(group, ctx);
    addCorrect(group, ctx);
    addFiles(group, ctx);
}

}  // namespace cnms::cli
