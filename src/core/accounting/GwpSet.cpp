// SPDX-License-Identifier: MIT
#include "cnms/accounting/GwpSet.h"

#include <cmath>
#include <limits>

#include "CsvTable.h"
#include "cnms/core/Embedded.h"
#include "cnms/core/Errors.h"

namespace cnms::accounting {

struct GwpSetLoader {
    static std::vector<GwpSet> load() {
        const auto text = embedded::gwpCsv();
        detail::CsvTable csv(text, "gwp.csv");
        const auto gasCol = csv.column("gas"), arCol = csv.column("assessment_report"), valueCol = csv.column("gwp100"),
                   sourceCol = csv.column("source"), confCol = csv.column("confidence");
        const std::string hash = detail::contentHash(text);
        std::vector<GwpSet> sets;
        for (const auto& [id, name] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"AR4", "IPCC AR4 (2007), 100-year GWP"},
                 {"AR5", "IPCC AR5 (2013), 100-year GWP without climate-carbon feedback"},
                 {"AR6", "IPCC AR6 (2021), 100-year GWP; CH4 fossil 29.8 / non-fossil 27.0"}}) {
            GwpSet set;
            set.m_id = id;
            set.m_name = name;
            set.m_contentHash = hash;
            for (auto& e : set.m_entries) e.value = std::numeric_limits<double>::quiet_NaN();
            sets.push_back(std::move(set));
        }
        GwpEntry ar6GenericCh4;
        for (std::size_t r = 0; r < csv.rows(); ++r) {
            GwpSet* set = nullptr;
            for (auto& s : sets)
                if (s.m_id == csv.at(r, arCol)) set = &s;
            if (!set) continue;
            GwpEntry e{csv.number(r, valueCol), std::string(csv.at(r, sourceCol)),
                       confidenceFromString(csv.at(r, confCol)).value_or(Confidence::Low)};
            const auto gas = csv.at(r, gasCol);
            if (gas == "CH4") {
                if (set->m_id == "AR6") {
                    ar6GenericCh4 = e;  // used only when gwp.csv lacks the origin-specific rows
                    continue;
                }
                set->m_entries[gases::kCh4Fossil] = e;
                set->m_entries[gases::kCh4NonFossil] = e;
            } else if (gas == "CO2") {
                set->m_entries[gases::kCo2] = e;
                set->m_entries[gases::kCo2Biogenic] = e;
                set->m_entries[gases::kCo2eOther] = {1.0, "CO2e_other is already in CO2e", Confidence::High};
            } else if (auto g = gases::find(gas)) {
                set->m_entries[*g] = e;
            }
        }
        GwpSet& ar6 = sets[2];
        for (auto slot : {gases::kCh4Fossil, gases::kCh4NonFossil})
            if (std::isnan(ar6.m_entries[slot].value)) ar6.m_entries[slot] = ar6GenericCh4;
        return sets;
    }
};

bool GwpSet::has(GasIndex g) const { return g < m_entries.size() && !std::isnan(m_entries[g].value); }

const std::vector<GwpSet>& GwpSet::shipped() {
    static const std::vector<GwpSet> sets = GwpSetLoader::load();
    return sets;
}

const GwpSet* GwpSet::find(std::string_view id) {
    for (const auto& s : shipped()) {
        if (s.id().size() != id.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < id.size(); ++i) {
            char c = id[i];
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            same = same && c == s.id()[i];
        }
        if (same) return &s;
    }
    return nullptr;
}

const GwpSet& GwpSet::get(std::string_view id) {
    if (const auto* s = find(id)) return *s;
    throw NotFoundError("unknown GWP set '" + std::string(id) + "' (known: AR4, AR5, AR6)");
}

}  // namespace cnms::accounting
