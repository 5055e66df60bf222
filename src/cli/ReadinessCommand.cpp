// SPDX-License-Identifier: MIT
#include <cstdio>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/ReadinessGuidance.h"
#include "cnms/records/Today.h"

namespace cnms::cli {
namespace {

using namespace cnms::records;

std::string_view pdcaName(Pdca p) {
    switch (p) {
    case Pdca::Plan:
        return "plan";
    case Pdca::Do:
        return "do";
    case Pdca::Check:
        return "check";
    case Pdca::Act:
        return "act";
    }
    return "plan";
}

std::string percentText(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", p);
    return buf;
}

nlohmann::json toJson(const ReadinessReport& report, const std::string& lang) {
    const auto& catalogue = ClauseCatalogue::shipped();
    const auto& guidance = ReadinessGuidance::shipped();
    auto clauses = nlohmann::json::array();
    for (const auto& c : report.clauses) {
        auto required = nlohmann::json::array(), present = nlohmann::json::array(), gaps = nlohmann::json::array();
        for (const auto& r : c.requirements) {
            required.push_back({{"record", r.record.id},
                                {"record_type", r.record.recordType},
                                {"kind", r.record.kind},
                                {"text", lang == "zh" ? r.record.zh : r.record.en}});
            if (r.evidence.present > 0)
                present.push_back({{"record", r.record.id},
                                   {"record_type", r.record.recordType},
                                   {"count", r.evidence.present},
                                   {"approved", r.evidence.approved},
                                   {"overdue", r.evidence.overdue}});
            if (r.gap != Gap::None)
                gaps.push_back(
                    {{"record", r.record.id}, {"record_type", r.record.recordType}, {"reason", toString(r.gap)}});
        }
        auto clause = catalogue.find(c.clauseId);
        const auto* example = guidance.example(c.clauseId);
        clauses.push_back({{"clause", c.clauseId},
                           {"title", lang == "zh" ? c.titleZh : c.titleEn},
                           {"pdca", pdcaName(c.pdca)},
                           {"status", toString(c.status)},
                           {"required", required},
                           {"present", present},
                           {"gaps", gaps},
                           {"fix_record_type", c.fixRecordType},
                           {"guidance", clause ? (lang == "zh" ? clause->guidanceZh : clause->guidanceEn) : ""},
                           {"example", example ? (lang == "zh" ? example->zh : example->en) : ""}});
    }
    auto groups = nlohmann::json::array();
    for (const auto& g : report.groups)
        groups.push_back({{"clause", g.clauseId},
                          {"title", lang == "zh" ? g.titleZh : g.titleEn},
                          {"pdca", pdcaName(g.pdca)},
                          {"status", toString(g.status)},
                          {"met", g.met},
                          {"partly_met", g.partlyMet},
                          {"missing", g.missing},
                          {"percent", g.percent}});
    nlohmann::json pdca = nlohmann::json::object();
    for (auto p : {Pdca::Plan, Pdca::Do, Pdca::Check, Pdca::Act})
        pdca[std::string(pdcaName(p))] = report.phasePercent(p);
    return {{"today", report.today},     {"percent", report.percent},
            {"met", report.met},         {"partly_met", report.partlyMet},
            {"missing", report.missing}, {"pdca", pdca},
            {"clauses", clauses},        {"groups", groups}};
}

void printTable(std::ostream& out, const ReadinessReport& report, const std::string& lang) {
    bool zh = lang == "zh";
    auto statusText = [zh](ReadinessStatus s) -> std::string {
        switch (s) {
        case ReadinessStatus::Met:
            return zh ? "已满足  " : "met     ";
        case ReadinessStatus::PartlyMet:
            return zh ? "部分满足" : "partly  ";
        case ReadinessStatus::Missing:
            return zh ? "缺失    " : "missing ";
        }
        return "";
    };
    for (const auto& c : report.clauses) {
        std::string id = c.clauseId;
        id.resize(std::max<std::size_t>(id.size(), 7), ' ');
        out << id << statusText(c.status) << "  " << (zh ? c.titleZh : c.titleEn) << "\n";
        for (const auto& r : c.requirements)
            if (r.gap != Gap::None)
                out << "         - " << r.record.recordType << " (" << toString(r.gap)
                    << "): " << (zh ? r.record.zh : r.record.en) << "\n";
    }
    out << (zh ? "就绪度 " : "readiness ") << percentText(report.percent) << " % (" << (zh ? "已满足 " : "met ")
        << report.met << ", " << (zh ? "部分满足 " : "partly met ") << report.partlyMet << ", "
        << (zh ? "缺失 " : "missing ") << report.missing << (zh ? "，共 " : " of ") << report.clauses.size()
        << (zh ? " 个条款)" : " clauses)") << "\n";
}

}  // namespace

void addReadinessCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, format = "table", lang = "zh", today;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("readiness", "Audit readiness clause by clause: what is met, partly met or missing");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->add_option("--lang", opt->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--today", opt->today, "Date to judge overdue records by, YYYY-MM-DD (default: today)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            if (!opt->today.empty() && !dates::isValid(opt->today))
                throw ValidationError({{"--today", "date_invalid", "--today must be a date written YYYY-MM-DD"}});
            auto store = openProjectArg(opt->path, true);
            auto today = opt->today.empty() ? SystemToday().date() : opt->today;
            auto report = projectReadiness(*store).evaluate(today);
            if (opt->format == "json") ctx.out << toJson(report, opt->lang).dump(2) << "\n";
            else printTable(ctx.out, report, opt->lang);
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
