// SPDX-License-Identifier: MIT
#include "cnms/audit/ClauseSelection.h"

#include <set>

#include "cnms/core/Errors.h"
#include "cnms/core/TextUtil.h"

namespace cnms {
namespace {

std::optional<std::size_t> indexOf(const ClauseCatalogue& catalogue, std::string_view id) {
    const auto& all = catalogue.clauses();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return i;
    return std::nullopt;
}

bool isDescendant(const ClauseCatalogue& catalogue, const Clause& clause, std::string_view ancestor) {
    std::string parent = clause.parent;
    while (!parent.empty()) {
        if (parent == ancestor) return true;
        auto p = catalogue.find(parent);
        if (!p) return false;
        parent = p->parent;
    }
    return false;
}

}  // namespace

bool isLeafClause(const ClauseCatalogue& catalogue, std::string_view id) {
    for (const auto& c : catalogue.clauses())
        if (c.parent == id) return false;
    return true;
}

std::vector<std::string> leafClauses(const ClauseCatalogue& catalogue) {
    std::vector<std::string> out;
    for (const auto& c : catalogue.clauses())
        if (isLeafClause(catalogue, c.id)) out.push_back(c.id);
    return out;
}

ClauseSelection ClauseSelection::parse(std::string_view text, const ClauseCatalogue& catalogue,
                                       std::string_view field) {
    const auto& all = catalogue.clauses();
    std::vector<bool> chosen(all.size(), false);
    std::vector<FieldIssue> issues;
    auto unknown = [&](std::string_view id) {
        issues.push_back(
            {std::string(field), "unknown_clause", "'" + std::string(id) + "' is not a clause of the catalogue"});
    };
    // Selecting an entry selects its whole subtree, so "7.1" brings 7.1.1 to 7.1.5 along.
    auto selectSubtree = [&](std::size_t index) {
        chosen[index] = true;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (isDescendant(catalogue, all[i], all[index].id)) chosen[i] = true;
    };

    if (text::trim(text).empty()) {
        chosen.assign(all.size(), true);
    } else {
        for (auto part : text::split(text, ',')) {
            part = text::trim(part);
            if (part.empty()) continue;
            // An exact id wins over reading the part as a range, so ids may contain dashes.
            if (auto i = indexOf(catalogue, part)) {
                selectSubtree(*i);
                continue;
            }
            auto dash = part.find('-');
            if (dash == std::string_view::npos) {
                unknown(part);
                continue;
            }
            auto from = text::trim(part.substr(0, dash));
            auto to = text::trim(part.substr(dash + 1));
            auto a = indexOf(catalogue, from), b = indexOf(catalogue, to);
            if (!a) unknown(from);
            if (!b) unknown(to);
            if (!a || !b) continue;
            if (*a > *b) {
                issues.push_back({std::string(field), "range_reversed",
                                  "the range '" + std::string(part) + "' runs backwards in the catalogue's order"});
                continue;
            }
            for (std::size_t i = *a; i < *b; ++i) chosen[i] = true;
            selectSubtree(*b);
        }
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));

    ClauseSelection selection;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!chosen[i]) continue;
        selection.m_entries.push_back(all[i].id);
        if (isLeafClause(catalogue, all[i].id)) selection.m_leaves.push_back(all[i].id);
    }
    if (selection.m_entries.empty())
        throw ValidationError({{std::string(field), "required", "the clause selection is empty"}});
    return selection;
}

}  // namespace cnms
