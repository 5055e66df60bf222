// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/audit/ChecklistItem.h"
#include "cnms/core/ClauseCatalogue.h"

namespace cnms {

/** One line of the clause checklist as the catalogue gives it (for `cnms checklist` and the GUI). */
struct ChecklistEntry {
    std::string clauseId;
    std::string clauseTitleZh;
    std::string clauseTitleEn;
    std::string numbering;  ///< confirmed / inferred / uncertain
    std::string checkId;
    std::string questionZh;
    std::string questionEn;
    std::vector<ClauseRecord> records;  ///< the documented information the clause asks for
};

/** One entry per check of every leaf clause in `leafClauses`, in the order given. */
std::vector<ChecklistEntry> checklistEntries(const ClauseCatalogue& catalogue,
                                             const std::vector<std::string>& leafClauses);

/**
 * The open checklist items of a new audit: one per catalogue check of its scope, numbered in
 * order, refs equal to the check ids.
 */
std::vector<ChecklistItem> generateChecklist(const ClauseCatalogue& catalogue,
                                             const std::vector<std::string>& leafClauses);

}  // namespace cnms
