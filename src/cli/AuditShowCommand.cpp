// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "AuditCli.h"
#include "ProjectArg.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/AuditReport.h"

namespace cnms::cli {
namespace {

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string auditorText(const Auditor& a) { return a.department.empty() ? a.name : a.name + " (" + a.department + ")"; }

nlohmann::json reportJson(const AuditReport& r) {
    auto items = nlohmann::json::array();
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        nlohmann::json item = r.items[i];
        item["effective_result"] = toString(r.effectiveResults[i]);
        for (auto& f : item["files"]) {
            FileRef ref = f.get<FileRef>();
            f["state"] = toString(checkFile(ref));
        }
        items.push_back(item);
    }
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& [result, n] : r.counts) counts[std::string(toString(result))] = n;
    return {{"audit", r.audit},
            {"items", items},
            {"scores", r.scores},
            {"corrections", r.corrections},
            {"nonconformities", r.nonconformities},
            {"counts", counts}};
}

void printReport(std::ostream& out, const AuditReport& r, const std::string& lang, bool findingsOnly) {
    const auto& a = r.audit;
    out << a.code << "  " << a.title << "  [" << toString(a.status) << "]\n";
    out << "objective:   " << a.objective << "\n";
    out << "criteria:    " << a.criteria << "\n";
    if (!a.rationale.empty()) out << "rationale:   " << a.rationale << "\n";
    out << "scope:       " << a.clauseSelection << " (" << a.clauses.size() << " clauses)";
    if (!a.sites.empty()) out << "; sites " << joined(a.sites);
    out << "\n";
    for (const auto& p : a.processes)
        out << "process:     " << p.name << (p.department.empty() ? "" : ", " + p.department)
            << (p.owner.empty() ? "" : ", owner " + p.owner) << "\n";
    out << "dates:       " << a.startDate << " to " << a.endDate << "\n";
    out << "lead:        " << auditorText(a.lead) << "\n";
    for (const auto& t : a.team) out << "auditor:     " << auditorText(t) << "\n";
    if (!a.auditees.empty()) out << "auditees:    " << joined(a.auditees) << "\n";
    for (const auto& d : a.independence)
        out << "independence: " << d.conflict << "; acknowledged by " << d.acknowledgedBy << " at " << d.acknowledgedAt
            << ": " << d.reason << "\n";
    if (a.isCompleted())
        out << "completed:   " << a.completedOn << " by " << a.completedBy << "\nconclusion:  " << a.conclusion << "\n";
    out << "answered:    " << r.answered() << "/" << r.items.size();
    for (const auto& [result, n] : r.counts)
        if (result != FindingResult::Open) out << ", " << n << " " << toString(result);
    out << "\n\nchecklist:\n";
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const auto& item = r.items[i];
        auto result = r.effectiveResults[i];
        if (findingsOnly && (result == FindingResult::Conforming || result == FindingResult::Open)) continue;
        out << "  " << item.ref << "  [" << toString(result) << (result != item.result ? ", corrected" : "") << "]  "
            << item.question(lang) << "\n";
        if (!item.evidence.empty()) out << "      evidence: " << item.evidence << "\n";
        for (const auto& ref : item.records) out << "      record:   " << ref.toString() << "\n";
        for (const auto& f : item.files)
            out << "      file:     " << f.path << "  sha256 " << f.sha256.substr(0, 12) << "…  ["
                << toString(checkFile(f)) << "]\n";
    }
    if (!r.scores.empty()) {
        out << "\nscores:\n";
        for (const auto& s : r.scores)
            out << "  " << s.clauseId << "  " << s.score << "/" << kMaxClauseScore
                << (s.note.empty() ? "" : "  " + s.note) << "\n";
    }
    if (!r.corrections.empty()) {
        out << "\ncorrections:\n";
        for (const auto& c : r.corrections)
            out << "  " << c.itemRef << " -> " << toString(c.result) << "  by " << c.correctedBy << " at "
                << c.correctedAt << ": " << c.reason << "\n";
    }
    if (!r.nonconformities.empty()) {
        out << "\nnonconformities:\n";
        for (const auto& nc : r.nonconformities)
            out << "  " << nc.code() << "  " << toString(nc.severity) << "  " << nc.clauseId << "  ["
                << toString(nc.state) << "]  " << nc.description << "\n";
    }
}

}  // namespace

void addAuditShowCommand(CLI::App& group, Context& ctx) {
    struct Options {
        std::string path, id, lang = "zh", format = "table";
        bool findings = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("show", "Show an audit: plan, checklist with evidence, scores, findings and NCs");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("AUDIT", opt->id, "Audit id or code (e.g. 3 or IA-2025-01)")->required();
    cmd->add_option("--lang", opt->lang, "Language of the questions: zh or en")->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->add_flag("--findings", opt->findings, "List only items that are not conforming");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            auto report = buildAuditReport(*store, requireAudit(*store, opt->id).id);
            if (opt->format == "json")
                ctx.out << reportJson(report).dump(2) << "\n";
            else
                printReport(ctx.out, report, opt->lang, opt->findings);
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
