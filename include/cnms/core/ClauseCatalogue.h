// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cnms {

enum class Pdca { Plan, Do, Check, Act };

/** One entry of the standard's clause map, as shipped in resources/catalogue. */
struct Clause {
    std::string id;      ///< the inferred clause number, e.g. "6.2"; data, never used as logic
    std::string parent;  ///< empty for the top-level clauses 4-10
    std::string titleZh;
    std::string titleEn;
    std::string numbering;  ///< confirmed / inferred / uncertain
    Pdca pdca = Pdca::Plan;
    std::string guidanceZh;
    std::string guidanceEn;
};

/** The clause catalogue compiled into the program (resources/catalogue/clause-catalogue.json). */
class ClauseCatalogue {
public:
    /** Parses catalogue JSON; throws std::runtime_error naming the entry that is wrong. */
    static ClauseCatalogue fromJson(std::string_view json);
    /** The catalogue shipped with this build. */
    static const ClauseCatalogue& shipped();

    const std::vector<Clause>& clauses() const { return m_clauses; }
    std::vector<Clause> children(std::string_view parentId) const;
    std::optional<Clause> find(std::string_view id) const;

private:
    std::vector<Clause> m_clauses;
};

}  // namespace cnms
