// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ClauseCatalogue.h"

namespace cnms {

/**
 * Chooses catalogue entries by their ids, never by interpreting clause numbers: "6.2" selects
 * that entry and everything under it; "4-10" selects every entry from "4" through "10" (and all
 * of "10"'s descendants) in catalogue order; parts are joined by commas ("6.2,9.4,7.1-7.3"). A part
 * that is itself an id is taken as that id, so ids may contain dashes.
 * An empty selection means the whole catalogue.
 */
class ClauseSelection {
public:
    /** Resolves `text` against `catalogue`; throws ValidationError (field `field`) naming unknown ids. */
    static ClauseSelection parse(std::string_view text, const ClauseCatalogue& catalogue,
                                 std::string_view field = "clauses");

    /** Selected entries (groups and leaves), in catalogue order. */
    const std::vector<std::string>& entries() const { return m_entries; }
    /** Selected leaf entries (those without children: they carry the checks), in catalogue order. */
    const std::vector<std::string>& leaves() const { return m_leaves; }

private:
    std::vector<std::string> m_entries;
    std::vector<std::string> m_leaves;
};

/** True when the catalogue entry `id` has no children. */
bool isLeafClause(const ClauseCatalogue& catalogue, std::string_view id);

/** The leaf clauses of the whole catalogue, in order. */
std::vector<std::string> leafClauses(const ClauseCatalogue& catalogue);

}  // namespace cnms
