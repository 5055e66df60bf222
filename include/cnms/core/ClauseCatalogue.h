// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cnms {

enum class Pdca { Plan, Do, Check, Act };

/** An auditable question of a clause, e.g. id "4.3-1". */
struct ClauseCheck {
    std::string id;
    std::string zh;
    std::string en;
};

/** Documented information a clause requires, typed by the record type that holds it. */
struct ClauseRecord {
    std::string id;    ///< e.g. "4.3-R2"
    std::string kind;  ///< maintained or retained
    std::string zh;
    std::string en;
    std::string recordType;  ///< one of the catalogue's record_types, e.g. "site"
};

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
    std::vector<ClauseCheck> checks;
    std::vector<ClauseRecord> records;  ///< empty for grouping entries (4, 7.1 ...)

    /** True when one of the records this clause requires is of `recordType`. */
    bool requiresRecordType(std::string_view recordType) const;
};

/** A kind of record the catalogue knows, with its names. */
struct RecordType {
    std::string id;
    std::string zh;
    std::string en;
};

/** The clause catalogue compiled into the program (resources/catalogue/clause-catalogue.json). */
class ClauseCatalogue {
public:
    /** Parses catalogue JSON; throws std::runtime_error naming the entry that is wrong. */
    static ClauseCatalogue fromJson(std::string_view json);
    /** The catalogue shipped with this build. */
    static const ClauseCatalogue& shipped();

    const std::vector<Clause>& clauses() const { return m_clauses; }
    const std::vector<RecordType>& recordTypes() const { return m_recordTypes; }
    std::vector<Clause> children(std::string_view parentId) const;
    std::optional<Clause> find(std::string_view id) const;

private:
    std::vector<Clause> m_clauses;
    std::vector<RecordType> m_recordTypes;
};

}  // namespace cnms
