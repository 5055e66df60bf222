// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "cnms/audit/ChecklistGenerator.h"
#include "cnms/audit/ClauseSelection.h"

namespace cnms::cli {

void addChecklistCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string clauses = "4-10", lang = "zh", format = "table";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("checklist", "Print the audit checklist of the clause catalogue");
    cmd->add_option("--clauses", opt->clauses, "Clauses: ids, ranges and lists, e.g. 4-10 or 6.2,9.4")
        ->capture_default_str();
    cmd->add_option("--lang", opt->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
    cmd->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const auto& catalogue = ClauseCatalogue::shipped();
            auto leaves = ClauseSelection::parse(opt->clauses, catalogue, "--clauses").leaves();
            auto entries = checklistEntries(catalogue, leaves);
            bool en = opt->lang == "en";
            if (opt->format == "json") {
                auto out = nlohmann::json::array();
                for (const auto& e : entries) {
                    auto records = nlohmann::json::array();
                    for (const auto& r : e.records)
                        records.push_back({{"id", r.id},
                                           {"kind", r.kind},
                                           {"record_type", r.recordType},
                                           {"text", en ? r.en : r.zh}});
                    out.push_back({{"clause", e.clauseId},
                                   {"clause_title", en ? e.clauseTitleEn : e.clauseTitleZh},
                                   {"numbering", e.numbering},
                                   {"check_id", e.checkId},
                                   {"requirement", en ? e.questionEn : e.questionZh},
                                   {"records", records}});
                }
                ctx.out << out.dump(2) << "\n";
                return static_cast<int>(Success);
            }
            std::string clause;
            for (const auto& e : entries) {
                if (e.clauseId != clause) {
                    clause = e.clauseId;
                    ctx.out << (clause == entries.front().clauseId ? "" : "\n") << clause << "  "
                            << (en ? e.clauseTitleEn : e.clauseTitleZh) << "  [" << e.numbering << "]\n";
                    for (const auto& r : e.records)
                        ctx.out << "    " << (en ? "record: " : "记录：") << (en ? r.en : r.zh) << " (" << r.recordType
                                << ", " << r.kind << ")\n";
                }
                ctx.out << "  " << e.checkId << "  " << (en ? e.questionEn : e.questionZh) << "\n";
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
