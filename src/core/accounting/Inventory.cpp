// SPDX-License-Identifier: MIT
#include "cnms/accounting/Inventory.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>

#include "cnms/core/Errors.h"

namespace cnms::accounting {

namespace {

// Fixed point: 1 unit = 10^-12 t. Integer sums are exact and associative, which is what makes every
// breakdown add up to the same total; 128 bits leave room for any organisation's emissions.
__extension__ typedef __int128 Fixed;
constexpr long double kUnitsPerTonne = 1e12L;

Fixed toFixed(long double tonnes) {
    const long double v = std::nearbyintl(tonnes * kUnitsPerTonne);
    if (!(std::fabs(v) < 1e36L)) throw RefusedError("inventory_overflow", "an emission amount is out of range");
    return static_cast<Fixed>(v);
}

double toTonnes(Fixed f) { return static_cast<double>(static_cast<long double>(f) / kUnitsPerTonne); }

struct RowSums {
    Fixed total = 0, biogenic = 0;
    std::array<Fixed, 12> month{};
    std::array<Fixed, 3> termMass{}, termCo2e{};  // per gas term of the row's factor
};

/** Approach 1 variance of one aggregate: independent activity data plus factors correlated within a group. */
struct VarianceSum {
    double activity = 0;
    std::unordered_map<std::uint32_t, std::pair<double, double>> groups;  // group → (U, Σ E)

    void add(double activityVar, std::uint32_t group, double uPct, double e) {
        activity += activityVar;
        auto& g = groups[group];
        g.first = uPct / 100.0;
        g.second += e;
    }
    std::optional<double> pct(double total) const {
        if (total == 0) return std::nullopt;
        double var = activity;
        for (const auto& [id, g] : groups) var += (g.first * g.second) * (g.first * g.second);
        return 100.0 * std::sqrt(var) / std::fabs(total);
    }
};

std::optional<Intensity> intensity(const std::optional<IntensityBase>& base, const char* field, double total, double scope12) {
    if (!base) return std::nullopt;
    if (!(std::isfinite(base->value) && base->value > 0))
        throw ValidationError({{field, "value_not_positive", std::string(field) + " for intensity must be above 0"}});
    return Intensity{*base, total / base->value, scope12 / base->value};
}

}  // namespace

double Inventory::siteTco2e(const std::string& site) const {
    auto it = bySiteTco2e.find(site);
    return it == bySiteTco2e.end() ? 0.0 : it->second;
}

double Inventory::gasTco2e(const std::string& gas) const {
    auto it = byGasTco2e.find(gas);
    return it == byGasTco2e.end() ? 0.0 : it->second;
}

Inventory Inventory::weigh(const GasInventory& gi, const GwpSet& gwp, const InventoryOptions& options) {
    for (const auto& f : gi.factors)
        for (std::uint8_t t = 0; t < f.termCount; ++t) {
            const GasIndex g = f.terms[t].gas;
            if (g != gases::kCo2Biogenic && !gwp.has(g))
                throw RefusedError("gwp_missing", "GWP set " + gwp.id() + " has no value for " + std::string(gases::slotName(g)));
        }

    Inventory inv;
    inv.year = gi.year;
    inv.pin = gi.pin;
    inv.gwpSet = gwp.id();
    inv.recordCount = gi.recordCount;

    // Accumulators indexed by gas slot, site, source type and factor: no string work per leaf.
    Fixed total = 0, biogenic = 0;
    std::array<Fixed, 6> byCategory{};
    std::array<Fixed, 12> byMonth{};
    std::array<Fixed, gases::kMaxGases> slotCo2e{}, slotMass{}, slotDirect{};
    std::array<bool, gases::kMaxGases> slotPresent{}, slotDirectPresent{};
    std::array<Fixed, kSourceTypeCount> bySource{};
    std::array<bool, kSourceTypeCount> sourcePresent{};
    std::vector<Fixed> bySite(gi.sites.size(), 0);
    std::vector<bool> sitePresent(gi.sites.size(), false);
    std::vector<Fixed> byFactor(gi.factors.size(), 0);
    std::vector<RowSums> rowSums(gi.cells.size());
    VarianceSum varTotal;
    std::array<VarianceSum, 6> varCategory;
    std::array<VarianceSum, 3> varScope;
    std::vector<std::optional<double>> rowUncertainty(gi.cells.size());

    for (std::size_t c = 0; c < gi.cells.size(); ++c) {
        const InventoryCell& cell = gi.cells[c];
        const EffectiveFactor& f = gi.factors[cell.factor];
        const std::size_t cat = static_cast<std::size_t>(cell.isoCategory - 1);
        const std::size_t source = static_cast<std::size_t>(f.sourceType);
        RowSums& rs = rowSums[c];
        sitePresent[cell.site] = true;
        sourcePresent[source] = true;
        for (std::size_t m = 0; m < 12; ++m) {
            const long double q = cell.monthWeighted[m];
            if (q == 0) continue;
            for (std::uint8_t t = 0; t < f.termCount; ++t) {
                const GasIndex g = f.terms[t].gas;
                const long double mass = q * static_cast<long double>(f.terms[t].perUnit);
                const Fixed massF = toFixed(mass);
                rs.termMass[t] += massF;
                slotMass[g] += massF;
                slotPresent[g] = true;
                if (g == gases::kCo2Biogenic) {
                    rs.biogenic += massF;
                    biogenic += massF;
                    continue;
                }
                const Fixed e = toFixed(mass * static_cast<long double>(gwp.value(g)));
                rs.total += e;
                rs.month[m] += e;
                rs.termCo2e[t] += e;
                total += e;
                byCategory[cat] += e;
                byMonth[m] += e;
                slotCo2e[g] += e;
                bySite[cell.site] += e;
                bySource[source] += e;
                byFactor[cell.factor] += e;
                if (cat == 0) {
                    slotDirect[g] += e;
                    slotDirectPresent[g] = true;
                }
            }
        }
        // Uncertainty: activity data independent per record, the factor shared by its correlation group.
        const double ePerUnit = f.co2ePerUnit(gwp);
        const double e = ePerUnit * cell.weighted;
        const double activityVar = ePerUnit * ePerUnit * cell.activityVariance;
        varTotal.add(activityVar, f.correlationGroup, f.uncertaintyPct, e);
        varCategory[cat].add(activityVar, f.correlationGroup, f.uncertaintyPct, e);
        varScope[static_cast<std::size_t>(scopeOfCategory(cell.isoCategory) - 1)].add(activityVar, f.correlationGroup,
                                                                                      f.uncertaintyPct, e);
        VarianceSum row;
        row.add(activityVar, f.correlationGroup, f.uncertaintyPct, e);
        rowUncertainty[c] = row.pct(toTonnes(rs.total));
        inv.uncertainty.defaultsUsed = inv.uncertainty.defaultsUsed || cell.activityUncertaintyDefaulted || f.uncertaintyDefaulted;
    }

    // Scopes are sums of categories, and the total the sum of both: exact in fixed point.
    const std::array<Fixed, 3> byScope = {byCategory[0], byCategory[1],
                                          byCategory[2] + byCategory[3] + byCategory[4] + byCategory[5]};
    inv.totalTco2e = toTonnes(total);
    inv.biogenicCo2T = toTonnes(biogenic);
    for (std::size_t i = 0; i < 6; ++i) inv.byIsoCategoryTco2e[i] = toTonnes(byCategory[i]);
    for (std::size_t i = 0; i < 3; ++i) inv.byScopeTco2e[i] = toTonnes(byScope[i]);
    for (std::size_t i = 0; i < 12; ++i) inv.byMonthTco2e[i] = toTonnes(byMonth[i]);

    // By gas: slots fold into reporting names (both CH4 slots are "CH4") and ISO groups, still in fixed point.
    std::map<std::string, Fixed> byGas, byGasMass, byGroup, directByGas;
    for (const char* g : {"CO2", "CH4", "N2O"}) byGas[g] = byGasMass[g] = 0;
    for (const char* g : {"CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3"}) byGroup[g] = 0;
    for (std::size_t g = 0; g < gases::count(); ++g) {
        if (!slotPresent[g]) continue;
        const GasIndex gi8 = static_cast<GasIndex>(g);
        inv.byGasSlotT[std::string(gases::slotName(gi8))] = toTonnes(slotMass[g]);
        if (gi8 == gases::kCo2Biogenic) continue;
        const std::string name(gases::reportingName(gi8));
        byGas[name] += slotCo2e[g];
        if (gi8 != gases::kCo2eOther) byGasMass[name] += slotMass[g];
        byGroup[std::string(gases::group(gi8))] += slotCo2e[g];
        if (slotDirectPresent[g]) directByGas[name] += slotDirect[g];
    }
    for (const auto& [k, v] : byGas) inv.byGasTco2e[k] = toTonnes(v);
    for (const auto& [k, v] : byGasMass) inv.byGasT[k] = toTonnes(v);
    for (const auto& [k, v] : byGroup) inv.byGasGroupTco2e[k] = toTonnes(v);
    for (const auto& [k, v] : directByGas) inv.directByGasTco2e[k] = toTonnes(v);
    for (std::size_t s = 0; s < gi.sites.size(); ++s)
        if (sitePresent[s]) inv.bySiteTco2e[gi.sites[s]] = toTonnes(bySite[s]);
    for (std::size_t t = 0; t < bySource.size(); ++t)
        if (sourcePresent[t]) inv.bySourceTypeTco2e[std::string(toString(static_cast<SourceType>(t)))] = toTonnes(bySource[t]);
    std::map<std::pair<SourceType, std::string>, Fixed> byActivity;
    for (std::size_t fi = 0; fi < gi.factors.size(); ++fi) byActivity[{gi.factors[fi].sourceType, gi.factors[fi].activity}] += byFactor[fi];
    for (const auto& [k, v] : byActivity) inv.byActivityTco2e.push_back({k.first, k.second, toTonnes(v)});

    inv.uncertainty.totalPct = varTotal.pct(inv.totalTco2e);
    for (std::size_t i = 0; i < 6; ++i) inv.uncertainty.byIsoCategoryPct[i] = varCategory[i].pct(inv.byIsoCategoryTco2e[i]);
    for (std::size_t i = 0; i < 3; ++i) inv.uncertainty.byScopePct[i] = varScope[i].pct(inv.byScopeTco2e[i]);

    const double scope12 = toTonnes(byScope[0] + byScope[1]);
    inv.intensityPerOutput = intensity(options.output, "output", inv.totalTco2e, scope12);
    inv.intensityPerRevenue = intensity(options.revenue, "revenue", inv.totalTco2e, scope12);

    std::set<std::string> warnings;
    for (std::size_t fi = 0; fi < gi.factors.size(); ++fi) {
        const auto& f = gi.factors[fi];
        for (const auto& w : f.warnings) warnings.insert(w);
        if (!f.trace.lowConfidence) continue;
        // Name the low-confidence parameter's factor (it may not be the first factor of the trace).
        LowConfidenceUse use;
        for (const auto& p : f.trace.parameters)
            if (!p.fromRecord && p.confidence == Confidence::Low) {
                use.factorSetId = p.factorSetId;
                use.factorSetVersion = p.factorSetVersion;
                use.factorId = p.factorId;
                break;
            }
        use.activity = f.activity;
        use.tco2e = toTonnes(byFactor[fi]);
        use.sharePct = inv.totalTco2e == 0 ? 0.0 : 100.0 * use.tco2e / inv.totalTco2e;
        inv.lowConfidence.push_back(std::move(use));
        warnings.insert("low-confidence factor " + inv.lowConfidence.back().factorSetId + ":" + inv.lowConfidence.back().factorId +
                        " used for '" + f.activity + "': verify it against the official table");
    }
    inv.warnings.assign(warnings.begin(), warnings.end());

    inv.rows.reserve(gi.cells.size());
    for (std::size_t c = 0; c < gi.cells.size(); ++c) {
        const InventoryCell& cell = gi.cells[c];
        const EffectiveFactor& f = gi.factors[cell.factor];
        const RowSums& rs = rowSums[c];
        InventoryRow row;
        row.site = gi.sites[cell.site];
        row.sourceType = f.sourceType;
        row.activity = f.activity;
        row.isoCategory = cell.isoCategory;
        row.scope = scopeOfCategory(cell.isoCategory);
        row.quantity = cell.quantity;
        row.unit = f.unit;
        row.recordCount = cell.recordCount;
        row.cell = static_cast<std::uint32_t>(c);
        std::map<std::string, Fixed> mass, co2e;
        for (std::uint8_t t = 0; t < f.termCount; ++t) {
            mass[std::string(gases::slotName(f.terms[t].gas))] += rs.termMass[t];
            if (f.terms[t].gas != gases::kCo2Biogenic) co2e[std::string(gases::reportingName(f.terms[t].gas))] += rs.termCo2e[t];
        }
        for (const auto& [k, v] : mass) row.massT[k] = toTonnes(v);
        for (const auto& [k, v] : co2e) row.tco2eByGas[k] = toTonnes(v);
        row.tco2e = toTonnes(rs.total);
        row.biogenicCo2T = toTonnes(rs.biogenic);
        for (std::size_t m = 0; m < 12; ++m) row.monthTco2e[m] = toTonnes(rs.month[m]);
        row.uncertaintyPct = rowUncertainty[c];
        row.trace = f.trace;
        row.warnings = f.warnings;
        inv.rows.push_back(std::move(row));
    }
    std::sort(inv.rows.begin(), inv.rows.end(), [](const InventoryRow& a, const InventoryRow& b) {
        return std::tie(a.site, a.isoCategory, a.sourceType, a.activity, a.unit, a.cell) <
               std::tie(b.site, b.isoCategory, b.sourceType, b.activity, b.unit, b.cell);
    });
    return inv;
}

}  // namespace cnms::accounting
