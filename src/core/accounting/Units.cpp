// SPDX-License-Identifier: MIT
#include "cnms/accounting/Units.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <unordered_map>

namespace cnms::accounting {

std::string_view toString(Dimension d) {
    switch (d) {
    case Dimension::Mass: return "mass";
    case Dimension::Volume: return "volume";
    case Dimension::Energy: return "energy";
    case Dimension::Freight: return "freight";
    }
    return "unknown";
}

namespace {

struct UnitDef {
    Unit unit;
    std::initializer_list<std::string_view> aliases;  // normalized (see normalize()), lower case
};

constexpr double kGj = 1.0;

// Base units: t, m3 (both bases), GJ, tkm. Aliases are written as normalize() leaves them.
const std::array<UnitDef, 29>& unitTable() {
    static const std::array<UnitDef, 29> table = {{
        {{"t", Dimension::Mass, VolumeBasis::None, 1.0}, {"t", "吨", "tonne", "tonnes"}},
        {{"kg", Dimension::Mass, VolumeBasis::None, 1e-3}, {"kg", "千克", "公斤"}},
        {{"g", Dimension::Mass, VolumeBasis::None, 1e-6}, {"g", "克"}},
        {{"Gg", Dimension::Mass, VolumeBasis::None, 1e3}, {"gg", "kt", "10^3t", "千吨"}},
        {{"10^4 t", Dimension::Mass, VolumeBasis::None, 1e4}, {"10^4t", "10^4吨"}},
        {{"Nm3", Dimension::Volume, VolumeBasis::Normal, 1.0}, {"nm3", "标准立方米", "标方"}},
        {{"10^4 Nm3", Dimension::Volume, VolumeBasis::Normal, 1e4}, {"10^4nm3", "10^4标准立方米", "10^4标方"}},
        {{"10^8 Nm3", Dimension::Volume, VolumeBasis::Normal, 1e8}, {"10^8nm3", "亿nm3", "亿标准立方米"}},
        {{"m3", Dimension::Volume, VolumeBasis::Actual, 1.0}, {"m3", "立方米"}},
        {{"10^4 m3", Dimension::Volume, VolumeBasis::Actual, 1e4}, {"10^4m3", "10^4立方米"}},
        {{"L", Dimension::Volume, VolumeBasis::Actual, 1e-3}, {"l", "升", "litre", "liter"}},
        {{"kJ", Dimension::Energy, VolumeBasis::None, 1e-6 * kGj}, {"kj", "千焦"}},
        {{"MJ", Dimension::Energy, VolumeBasis::None, 1e-3 * kGj}, {"mj", "兆焦"}},
        {{"GJ", Dimension::Energy, VolumeBasis::None, kGj}, {"gj", "吉焦"}},
        {{"TJ", Dimension::Energy, VolumeBasis::None, 1e3 * kGj}, {"tj", "太焦"}},
        {{"kWh", Dimension::Energy, VolumeBasis::None, 3.6e-3}, {"kwh", "千瓦时", "度"}},
        {{"MWh", Dimension::Energy, VolumeBasis::None, 3.6}, {"mwh", "兆瓦时", "10^3kwh"}},
        {{"GWh", Dimension::Energy, VolumeBasis::None, 3.6e3}, {"gwh", "10^6kwh"}},
        {{"10^4 kWh", Dimension::Energy, VolumeBasis::None, 36.0}, {"10^4kwh", "10^4千瓦时", "10^4度"}},
        {{"tce", Dimension::Energy, VolumeBasis::None, units::kGjPerTce}, {"tce", "吨标准煤", "吨标煤"}},
        {{"kgce", Dimension::Energy, VolumeBasis::None, units::kGjPerTce * 1e-3}, {"kgce", "千克标准煤"}},
        {{"10^4 tce", Dimension::Energy, VolumeBasis::None, units::kGjPerTce * 1e4}, {"10^4tce", "10^4吨标准煤", "10^4吨标煤"}},
        {{"tkm", Dimension::Freight, VolumeBasis::None, 1.0}, {"tkm", "吨公里"}},
        {{"kgkm", Dimension::Freight, VolumeBasis::None, 1e-3}, {"kgkm"}},
        {{"10^4 tkm", Dimension::Freight, VolumeBasis::None, 1e4}, {"10^4tkm", "10^4吨公里"}},
        {{"Mt", Dimension::Mass, VolumeBasis::None, 1e6}, {"mt", "10^6t", "百万吨"}},
        {{"10^3 Nm3", Dimension::Volume, VolumeBasis::Normal, 1e3}, {"10^3nm3", "千标准立方米"}},
        {{"10^3 m3", Dimension::Volume, VolumeBasis::Actual, 1e3}, {"10^3m3", "千立方米"}},
        {{"PJ", Dimension::Energy, VolumeBasis::None, 1e6 * kGj}, {"pj"}},
    }};
    return table;
}

void replaceAll(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

// Spelling variants that mean the same thing: whitespace, superscripts, the 万 prefix, separators.
std::string normalize(std::string_view text, bool keepSeparators) {
    std::string s;
    s.reserve(text.size() + 4);
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') s += c;
    replaceAll(s, "\xC2\xB3", "3");          // ³
    replaceAll(s, "\xE2\x81\xB4", "^4");     // ⁴ as in 10⁴
    replaceAll(s, "\xC3\x97", "");           // × as in ×10^4
    replaceAll(s, "\xE4\xB8\x87", "10^4");   // 万
    if (!keepSeparators) {
        replaceAll(s, "\xC2\xB7", "");       // ·
        replaceAll(s, "\xE2\x8B\x85", "");   // ⋅
        replaceAll(s, "*", "");
        replaceAll(s, "-", "");
    }
    return s;
}

std::string lowerAscii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

const std::unordered_map<std::string, const Unit*>& aliasIndex() {
    static const auto index = [] {
        std::unordered_map<std::string, const Unit*> m;
        for (const auto& def : unitTable())
            for (auto alias : def.aliases) m.emplace(std::string(alias), &def.unit);
        return m;
    }();
    return index;
}

std::string normalizeSpecies(std::string_view s) {
    std::string out(s);
    if (out == "CO2eq" || out == "CO2-eq" || out == "CO2当量" || out == "CO2-e") return "CO2e";
    return out;
}

}  // namespace

std::string FactorUnit::text() const {
    std::string out(numerator.symbol);
    out += species;
    out += '/';
    out += denominator.symbol;
    return out;
}

namespace units {

std::optional<Unit> find(std::string_view text) {
    const auto& index = aliasIndex();
    auto it = index.find(lowerAscii(normalize(text, false)));
    if (it == index.end()) return std::nullopt;
    return *it->second;
}

Unit parse(std::string_view text) {
    if (auto u = find(text)) return *u;
    throw UnitError("unit_unknown", "unknown unit '" + std::string(text) + "'");
}

std::optional<SpeciesMass> findSpeciesMass(std::string_view text) {
    const std::string s = normalize(text, true);
    // Mass prefixes as written before a species, longest first so that "kgCO2" is kg + CO2.
    static const std::array<std::pair<std::string_view, std::string_view>, 9> prefixes = {{
        {"10^4t", "10^4 t"}, {"千克", "kg"}, {"公斤", "kg"}, {"Gg", "Gg"}, {"kg", "kg"},
        {"吨", "t"}, {"Mt", "Mt"}, {"g", "g"}, {"t", "t"},
    }};
    for (const auto& [prefix, symbol] : prefixes) {
        if (s.size() <= prefix.size() || s.compare(0, prefix.size(), prefix) != 0) continue;
        std::string_view rest = std::string_view(s).substr(prefix.size());
        // A species starts with an upper-case letter (C, CO2, CH4, HFC-134a ...); this keeps "tkm" a unit.
        if (rest.empty() || rest.front() < 'A' || rest.front() > 'Z') continue;
        return SpeciesMass{*find(symbol), normalizeSpecies(rest)};
    }
    return std::nullopt;
}

FactorUnit parseFactorUnit(std::string_view text) {
    auto slash = text.find('/');
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos)
        throw UnitError("factor_unit_invalid",
                        "factor unit '" + std::string(text) + "' must be written as amount/unit, e.g. GJ/t or tCO2/MWh");
    auto num = text.substr(0, slash);
    auto den = text.substr(slash + 1);
    FactorUnit fu;
    if (auto u = find(num)) {
        fu.numerator = *u;
    } else if (auto sm = findSpeciesMass(num)) {
        fu.numerator = sm->unit;
        fu.species = std::move(sm->species);
    } else {
        throw UnitError("factor_unit_invalid", "factor unit '" + std::string(text) + "': unknown amount '" +
                                                   std::string(num) + "' (expected e.g. GJ, kg, tC, tCO2, tCO2e)");
    }
    if (fu.numerator.dimension != Dimension::Mass && fu.numerator.dimension != Dimension::Energy)
        throw UnitError("factor_unit_invalid", "factor unit '" + std::string(text) + "': the amount must be a mass or an energy");
    auto d = find(den);
    if (!d)
        throw UnitError("factor_unit_invalid",
                        "factor unit '" + std::string(text) + "': unknown unit '" + std::string(den) + "' after '/'");
    fu.denominator = *d;
    return fu;
}

bool convertible(const Unit& from, const Unit& to) {
    return from.dimension == to.dimension && from.basis == to.basis;
}

double factor(const Unit& from, const Unit& to) {
    if (from.dimension != to.dimension)
        throw UnitError("unit_dimension_mismatch", "unit '" + std::string(from.symbol) + "' (" +
                                                       std::string(toString(from.dimension)) +
                                                       ") cannot be converted into '" + std::string(to.symbol) + "' (" +
                                                       std::string(toString(to.dimension)) + ")");
    if (from.basis != to.basis) {
        const Unit& normal = from.basis == VolumeBasis::Normal ? from : to;
        const Unit& actual = from.basis == VolumeBasis::Normal ? to : from;
        throw UnitError("volume_basis_mismatch",
                        "unit '" + std::string(from.symbol) + "' cannot be converted into '" + std::string(to.symbol) +
                            "': '" + std::string(normal.symbol) + "' is a gas volume at normal conditions (0 °C, 101.325 kPa) and '" +
                            std::string(actual.symbol) +
                            "' a volume as measured; give the quantity in Nm3 or a factor per m3");
    }
    return from.toBase / to.toBase;
}

}  // namespace units
}  // namespace cnms::accounting
