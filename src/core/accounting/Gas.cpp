// SPDX-License-Identifier: MIT
#include "cnms/accounting/Gas.h"

#include <array>
#include <stdexcept>
#include <unordered_map>

#include "CsvTable.h"
#include "cnms/core/Embedded.h"

namespace cnms::accounting::gases {

namespace {

struct Slot {
    std::string name;
    std::string reportingName;
    std::string group;
};

// Case, hyphens, spaces and underscores do not distinguish gas names ("HFC-134a" = "hfc134a").
std::string key(std::string_view name) {
    std::string k;
    for (char c : name) {
        if (c == '-' || c == ' ' || c == '_') continue;
        k += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return k;
}

std::string groupOf(std::string_view name, std::string_view formula) {
    if (name == "SF6" || name == "NF3") return std::string(name);
    if (name.substr(0, 3) == "HFC" || formula.find('H') != std::string_view::npos) return "HFCs";
    return "PFCs";
}

struct Table {
    std::vector<Slot> slots;
    std::unordered_map<std::string, GasIndex> byKey;
};

const Table& table() {
    static const Table t = [] {
        Table tab;
        tab.slots = {{"CO2", "CO2", "CO2"},
                     {"CO2-biogenic", "CO2-biogenic", "CO2-biogenic"},
                     {"CH4-fossil", "CH4", "CH4"},
                     {"CH4-non-fossil", "CH4", "CH4"},
                     {"N2O", "N2O", "N2O"},
                     {"CO2e_other", "CO2e_other", "CO2e_other"}};
        detail::CsvTable csv(embedded::gwpCsv(), "gwp.csv");
        const auto gasCol = csv.column("gas");
        const auto formulaCol = csv.column("formula");
        for (std::size_t r = 0; r < csv.rows(); ++r) {
            std::string name(csv.at(r, gasCol));
            if (name == "CO2" || name == "N2O" || name.substr(0, 3) == "CH4") continue;
            bool known = false;
            for (const auto& s : tab.slots) known = known || s.name == name;
            if (known) continue;
            if (tab.slots.size() >= kMaxGases) throw std::logic_error("gwp.csv lists more gases than the engine holds");
            tab.slots.push_back({name, name, groupOf(name, csv.at(r, formulaCol))});
        }
        for (std::size_t i = 0; i < tab.slots.size(); ++i) tab.byKey.emplace(key(tab.slots[i].name), static_cast<GasIndex>(i));
        // What users also write: the plain CH4 (fossil unless said otherwise) and ASHRAE refrigerant numbers.
        const std::array<std::pair<std::string_view, std::string_view>, 16> aliases = {{
            {"CH4", "CH4-fossil"}, {"CH4fossil", "CH4-fossil"}, {"CH4nonfossil", "CH4-non-fossil"},
            {"CH4biogenic", "CH4-non-fossil"}, {"CO2bio", "CO2-biogenic"}, {"biogenicCO2", "CO2-biogenic"},
            {"R23", "HFC-23"}, {"R32", "HFC-32"}, {"R125", "HFC-125"}, {"R134a", "HFC-134a"},
            {"R143a", "HFC-143a"}, {"R227ea", "HFC-227ea"}, {"R14", "CF4"}, {"PFC14", "CF4"},
            {"R116", "C2F6"}, {"PFC116", "C2F6"},
        }};
        for (const auto& [alias, target] : aliases) {
            auto it = tab.byKey.find(key(target));
            if (it != tab.byKey.end()) tab.byKey.emplace(key(alias), it->second);
        }
        return tab;
    }();
    return t;
}

}  // namespace

std::size_t count() { return table().slots.size(); }

std::string_view slotName(GasIndex g) { return table().slots.at(g).name; }

std::string_view reportingName(GasIndex g) { return table().slots.at(g).reportingName; }

std::string_view group(GasIndex g) { return table().slots.at(g).group; }

std::optional<GasIndex> find(std::string_view name) {
    const auto& byKey = table().byKey;
    auto it = byKey.find(key(name));
    if (it == byKey.end()) return std::nullopt;
    return it->second;
}

const std::vector<RefrigerantBlend>& refrigerantBlends() {
    static const std::vector<RefrigerantBlend> blends = [] {
        auto g = [](std::string_view n) { return *find(n); };
        const std::string source =
            "ANSI/ASHRAE Standard 34 refrigerant designations, mass composition; confirmed against manufacturer and "
            "reference tables (AGC Chemicals R-407C/R-404A, engineersedge ASHRAE blend table, processconvert R-410A)";
        return std::vector<RefrigerantBlend>{
            {"R-410A", {{g("HFC-32"), 0.50}, {g("HFC-125"), 0.50}}, source, Confidence::Medium},
            {"R-407C", {{g("HFC-32"), 0.23}, {g("HFC-125"), 0.25}, {g("HFC-134a"), 0.52}}, source, Confidence::Medium},
            {"R-404A", {{g("HFC-125"), 0.44}, {g("HFC-143a"), 0.52}, {g("HFC-134a"), 0.04}}, source, Confidence::Medium},
            {"R-507A", {{g("HFC-125"), 0.50}, {g("HFC-143a"), 0.50}}, source, Confidence::Medium},
        };
    }();
    return blends;
}

const RefrigerantBlend* findBlend(std::string_view name) {
    auto k = key(name);
    for (const auto& b : refrigerantBlends())
        if (key(b.name) == k) return &b;
    // "R-507" is the usual short name of R-507A.
    if (k == "r507") return &refrigerantBlends()[3];
    return nullptr;
}

}  // namespace cnms::accounting::gases
