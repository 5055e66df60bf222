// SPDX-License-Identifier: MIT
#include "cnms/audit/ChecklistGenerator.h"

namespace cnms {

std::vector<ChecklistEntry> checklistEntries(const ClauseCatalogue& catalogue,
                                             const std::vector<std::string>& leafClauses) {
    std::vector<ChecklistEntry> out;
    for (const auto& id : leafClauses) {
        auto clause = catalogue.find(id);
        if (!clause) continue;
        for (const auto& check : clause->checks)
            out.push_back({clause->id, clause->titleZh, clause->titleEn, clause->numbering, check.id, check.zh,
                           check.en, clause->records});
    }
    return out;
}

std::vector<ChecklistItem> generateChecklist(const ClauseCatalogue& catalogue,
                                             const std::vector<std::string>& leafClauses) {
    std::vector<ChecklistItem> items;
    int seq = 0;
    for (const auto& entry : checklistEntries(catalogue, leafClauses)) {
        ChecklistItem item;
        item.ref = entry.checkId;
        item.seq = ++seq;
        item.clauseId = entry.clauseId;
        item.checkId = entry.checkId;
        item.questionZh = entry.questionZh;
        item.questionEn = entry.questionEn;
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace cnms
