// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/AuditProgrammeService.h"
#include "cnms/audit/AuditReport.h"
#include "cnms/core/Errors.h"

namespace cnms::cli {
namespace {

void addPlan(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, lead, actor;
        std::vector<std::string> auditors, processes, acknowledgements;
        Audit draft;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("plan", "Plan an audit; prints its id");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--title", opt->draft.title, "Title")->required();
    cmd->add_option("--objective", opt->draft.objective, "What the audit is to establish")->required();
    cmd->add_option("--criteria", opt->draft.criteria, "Audit criteria (standard, procedures, obligations)")
        ->required();
    cmd->add_option("--clauses", opt->draft.clauseSelection, "Clauses in scope, e.g. 4-10 or 6.2,9.4")->required();
    cmd->add_option("--start", opt->draft.startDate, "First day, YYYY-MM-DD")->required();
    cmd->add_option("--end", opt->draft.endDate, "Last day, YYYY-MM-DD")->required();
    cmd->add_option("--lead", opt->lead, "Lead auditor as NAME or NAME:DEPARTMENT")->required();
    cmd->add_option("--auditor", opt->auditors, "Further auditor as NAME or NAME:DEPARTMENT (repeatable)");
    cmd->add_option("--site", opt->draft.sites, "Site code in scope (repeatable)");
    cmd->add_option("--process", opt->processes, "Process in scope as NAME:DEPARTMENT:OWNER (repeatable)");
    cmd->add_option("--auditee", opt->draft.auditees, "Person audited (repeatable)");
    cmd->add_option("--rationale", opt->draft.rationale, "Why this audit now: importance, changes, earlier results");
    cmd->add_option("--acknowledge", opt->acknowledgements,
                    "Acknowledge an independence warning as NAME=REASON (repeatable)");
    addActorOption(cmd, opt->actor);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            Audit draft = opt->draft;
            draft.lead = parseAuditor(opt->lead);
            for (const auto& a : opt->auditors) draft.team.push_back(parseAuditor(a));
            for (const auto& p : opt->processes) draft.processes.push_back(parseProcess(p));
            std::vector<IndependenceAcknowledgement> acks;
            for (std::size_t i = 0; i < opt->acknowledgements.size(); ++i)
                acks.push_back(parseAcknowledgement(opt->acknowledgements[i], i));
            auto store = openProjectArg(opt->path);
            try {
                auto stored = AuditPlanService(contextFor(*store, opt->actor)).plan(draft, acks);
                ctx.out << stored.id << "\n";
                return static_cast<int>(Success);
            } catch (const RefusedError& e) {
                if (e.code() != "independence_unacknowledged") throw;
                ctx.err << "cnms: refused: " << e.what() << "\n"
                        << "  acknowledge each auditor's warning with --acknowledge 'NAME=REASON'\n";
                return static_cast<int>(DataError);
            }
        };
    });
}

void printAuditLine(std::ostream& out, const AuditReport& r) {
    const auto& a = r.audit;
    out << a.code << "  " << a.startDate << ".." << a.endDate << "  " << toString(a.status) << "  " << r.answered()
        << "/" << r.items.size() << " answered  " << r.nonconformities.size() << " NC  " << a.clauseSelection << "  "
        << a.lead.name << "  " << a.title << "\n";
}

void addList(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, format = "table";
        int year = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("list", "List audits");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--year", opt->year, "Only the audits of this programme year");
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            AuditPlanService service(contextFor(*store, {}));
            auto audits = opt->year ? service.audits(opt->year) : service.audits();
            auto json = nlohmann::json::array();
            for (const auto& a : audits) {
                auto report = buildAuditReport(*store, a.id);
                if (opt->format == "table") {
                    printAuditLine(ctx.out, report);
                    continue;
                }
                nlohmann::json j = a;
                j["items"] = report.items.size();
                j["answered"] = report.answered();
                j["nonconformities"] = report.nonconformities.size();
                json.push_back(j);
            }
            if (opt->format == "json")
                ctx.out << json.dump(2) << "\n";
            else if (audits.empty())
                ctx.out << "no audits\n";
            return static_cast<int>(Success);
        };
    });
}

void addProgramme(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, format = "table", actor;
        int year = 0;
        std::optional<std::string> objectives, rationale;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("programme", "Show (and set) a year's audit programme and its clause coverage");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("YEAR", opt->year, "Programme year")->required();
    cmd->add_option("--objectives", opt->objectives, "Set the programme's objectives");
    cmd->add_option("--rationale", opt->rationale, "Set why audits fall where they do");
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    addActorOption(cmd, opt->actor);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            bool edit = opt->objectives || opt->rationale;
            auto store = openProjectArg(opt->path, !edit);
            AuditProgrammeService service(contextFor(*store, opt->actor));
            if (edit) {
                auto current = store->auditProgrammes().findByYear(opt->year).value_or(AuditProgramme{});
                service.save(opt->year, opt->objectives.value_or(current.objectives),
                             opt->rationale.value_or(current.rationale));
            }
            auto cov = service.coverage(opt->year);
            if (opt->format == "json") {
                nlohmann::json clauses = nlohmann::json::array(), sites = nlohmann::json::array();
                for (const auto& c : cov.clauses) clauses.push_back({{"clause", c.clauseId}, {"audits", c.audits}});
                for (const auto& s : cov.sites) sites.push_back({{"site", s.siteCode}, {"audits", s.audits}});
                nlohmann::json j = {{"year", cov.year},
                                    {"programme", cov.programme ? nlohmann::json(*cov.programme) : nlohmann::json()},
                                    {"audits", cov.audits},
                                    {"clauses", clauses},
                                    {"sites", sites},
                                    {"uncovered_clauses", cov.uncoveredClauses()},
                                    {"uncovered_sites", cov.uncoveredSites()}};
                ctx.out << j.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            ctx.out << "audit programme " << cov.year << "\n";
            if (cov.programme && !cov.programme->objectives.empty())
                ctx.out << "objectives: " << cov.programme->objectives << "\n";
            if (cov.programme && !cov.programme->rationale.empty())
                ctx.out << "rationale:  " << cov.programme->rationale << "\n";
            ctx.out << "audits:     " << cov.audits.size() << "\n";
            for (const auto& a : cov.audits) {
                ctx.out << "  " << a.code << "  " << a.startDate << "  " << toString(a.status) << "  "
                        << a.clauseSelection << "  " << a.title << (a.rationale.empty() ? "" : " — " + a.rationale)
                        << "\n";
                std::string processes;
                for (const auto& proc : a.processes) processes += (processes.empty() ? "" : ", ") + proc.name;
                if (!processes.empty()) ctx.out << "      processes: " << processes << "\n";
            }
            auto uncovered = cov.uncoveredClauses();
            ctx.out << "clauses covered: " << cov.clauses.size() - uncovered.size() << "/" << cov.clauses.size()
                    << "\n";
            if (!uncovered.empty()) {
                ctx.out << "uncovered clauses:";
                for (const auto& c : uncovered) ctx.out << " " << c;
                ctx.out << "\n";
            }
            auto sites = cov.uncoveredSites();
            if (!sites.empty()) {
                ctx.out << "sites not visited:";
                for (const auto& s : sites) ctx.out << " " << s;
                ctx.out << "\n";
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace

void addAuditPlanCommands(CLI::App& group, Context& ctx) {
    addProgramme(group, ctx);
    addPlan(group, ctx);
    addList(group, ctx);
    addAuditShowCommand(group, ctx);
}

}  // namespace cnms::cli
