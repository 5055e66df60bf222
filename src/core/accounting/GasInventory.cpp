// SPDX-License-Identifier: MIT
#include "cnms/accounting/GasInventory.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace cnms::accounting {

namespace {

/** Open-addressing map from a packed 64-bit cell key to a cell index: the hot path's only lookup. */
class CellMap {
public:
    CellMap() { m_slots.assign(1024, {kEmpty, 0}); }

    template <class Create>
    std::uint32_t findOrInsert(std::uint64_t key, Create create) {
        std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash(key) & mask;
        for (;;) {
            auto& s = m_slots[i];
            if (s.key == key) return s.value;
            if (s.key == kEmpty) {
                s = {key, create()};
                if (++m_count * 2 > m_slots.size()) grow();
                return lookupAfterGrow(key);
            }
            i = (i + 1) & mask;
        }
    }

private:
    static constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();
    struct Slot {
        std::uint64_t key;
        std::uint32_t value;
    };
    static std::size_t hash(std::uint64_t k) {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return static_cast<std::size_t>(k);
    }
    std::uint32_t lookupAfterGrow(std::uint64_t key) const {
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask)
            if (m_slots[i].key == key) return m_slots[i].value;
    }
    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, {kEmpty, 0});
        std::size_t mask = m_slots.size() - 1;
        for (const auto& s : old) {
            if (s.key == kEmpty) continue;
            std::size_t i = hash(s.key) & mask;
            while (m_slots[i].key != kEmpty) i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }
    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
};

// Sums are kept in long double (64-bit mantissa on x86-64) so that a million additions lose no
// digit that a double result would show.
struct Accumulator {
    std::array<long double, 12> month{};
    long double quantity = 0;
    long double variance = 0;
    std::uint32_t records = 0;
    bool defaulted = false;
};

}  // namespace

double GasInventory::mass(const InventoryCell& cell, GasIndex gas) const {
    const auto& f = factors[cell.factor];
    double m = 0;
    for (std::uint8_t i = 0; i < f.termCount; ++i)
        if (f.terms[i].gas == gas) m += cell.weighted * f.terms[i].perUnit;
    return m;
}

std::vector<std::uint32_t> GasInventory::recordsOf(std::uint32_t cell) const {
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < recordCells.size(); ++i)
        if (recordCells[i] == cell) rows.push_back(i);
    return rows;
}

GasInventory GasInventory::calculate(const ActivityBatch& batch, FactorResolver& resolver) {
    if (resolver.year() != batch.year())
        throw ValidationError({{"year", "year_mismatch",
                                "the factors are pinned for " + std::to_string(resolver.year()) + ", the records are for " +
                                    std::to_string(batch.year())}});
    // Resolve every distinct activity key once; refuse the whole calculation if one cannot be.
    struct Plan {
        std::uint32_t factor = 0;
        std::uint8_t mask = 0;
        bool uniform = true;
    };
    std::vector<Plan> plans(batch.keys().size());
    std::vector<FieldIssue> problems;
    std::vector<std::uint32_t> keyRecords(batch.keys().size(), 0);
    for (const auto& row : batch.rows()) ++keyRecords[row.key];
    auto describe = [&](const ActivityKey& key, std::uint32_t records, std::vector<FieldIssue>& issues) {
        for (auto& i : issues)
            problems.push_back({i.field, i.code,
                                std::to_string(records) + " record(s) " + std::string(toString(key.sourceType)) + " '" +
                                    key.activity + "' in " + key.unit + ": " + i.message});
    };
    for (std::size_t k = 0; k < batch.keys().size(); ++k) {
        std::vector<FieldIssue> issues;
        const auto& key = batch.keys()[k];
        if (auto p = resolver.resolveParametric(ActivityKeyView::of(key), issues)) plans[k] = {p->factor, p->multiplierMask, p->uniform};
        else describe(key, keyRecords[k], issues);
    }
    if (!problems.empty()) throw ValidationError(std::move(problems));

    if (batch.sites().size() >= (1u << 24)) throw std::length_error("more than 16 million sites in one batch");

    // Day-of-year → month, and the first day of each month, for splitting periods over months.
    const int year = batch.year();
    std::array<int, 13> monthStart{};
    for (int m = 1; m <= 12; ++m) monthStart[m] = monthStart[m - 1] + daysInMonth(year, m);
    std::array<std::uint8_t, 366> dayMonth{};
    for (int m = 0; m < 12; ++m)
        for (int d = monthStart[m]; d < monthStart[m + 1]; ++d) dayMonth[d] = static_cast<std::uint8_t>(m);

    std::array<double, 3> qualityPct = {resolver.settings().activityPct(DataQuality::Measured),
                                        resolver.settings().activityPct(DataQuality::Calculated),
                                        resolver.settings().activityPct(DataQuality::Estimated)};

    GasInventory out;
    out.year = year;
    out.pin = resolver.pin();
    out.sites = batch.sites();
    out.recordCount = batch.size();
    out.recordCells.resize(batch.size());

    CellMap map;
    std::vector<Accumulator> acc;
    std::vector<InventoryCell> cells;
    std::uint64_t lastKey = std::numeric_limits<std::uint64_t>::max();
    std::uint32_t lastCell = 0;
    const auto& rows = batch.rows();
    FactorOverrides scratch;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const Plan& plan = plans[row.key];
        std::uint32_t factor = plan.factor;
        double multiplier = 1.0;
        if (row.parameters != ActivityBatch::kNoParameters) {
            const auto& values = batch.parameters(row.parameters);
            if (plan.uniform) {
                multiplier = record_parameters::multiplier(values, plan.mask);
            } else {
                // The parameters act on the gases differently: this record needs its own factor.
                const auto& key = batch.keys()[row.key];
                record_parameters::restore(key.overrides, values, scratch);
                ActivityKeyView view = ActivityKeyView::of(key);
                view.overrides = &scratch;
                std::vector<FieldIssue> issues;
                auto idx = resolver.resolve(view, issues);
                if (!idx) {
                    describe(key, 1, issues);
                    continue;
                }
                factor = *idx;
            }
        }
        const std::uint64_t key = (std::uint64_t{factor} << 32) | (std::uint64_t{row.site} << 8) | row.isoCategory;
        std::uint32_t c;
        if (key == lastKey) {
            c = lastCell;  // sorted or grouped input: most rows land where the previous one did
        } else {
            c = map.findOrInsert(key, [&] {
                InventoryCell cell;
                cell.factor = factor;
                cell.site = row.site;
                cell.isoCategory = row.isoCategory;
                cells.push_back(cell);
                acc.emplace_back();
                return static_cast<std::uint32_t>(cells.size() - 1);
            });
            lastKey = key;
            lastCell = c;
        }
        out.recordCells[r] = c;
        Accumulator& a = acc[c];
        a.quantity += row.quantity;
        const double q = row.quantity * multiplier;
        const int m0 = dayMonth[row.firstDay], m1 = dayMonth[row.lastDay];
        if (m0 == m1) {
            a.month[static_cast<std::size_t>(m0)] += q;
        } else {
            const long double days = row.lastDay - row.firstDay + 1;
            for (int m = m0; m <= m1; ++m) {
                const int from = std::max<int>(row.firstDay, monthStart[m]);
                const int to = std::min<int>(row.lastDay, monthStart[m + 1] - 1);
                a.month[static_cast<std::size_t>(m)] += static_cast<long double>(q) * (to - from + 1) / days;
            }
        }
        const bool defaulted = std::isnan(row.uncertaintyPct);
        const double u = defaulted ? qualityPct[static_cast<std::size_t>(row.quality)] : row.uncertaintyPct;
        a.defaulted = a.defaulted || defaulted;
        const long double uq = static_cast<long double>(u) / 100.0L * q;
        a.variance += uq * uq;
        ++a.records;
    }

    if (!problems.empty()) throw ValidationError(std::move(problems));

    // Only the factors that cells use travel with the result, renumbered in order of first use.
    std::vector<std::uint32_t> renumber(resolver.factors().size(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        auto& cell = cells[c];
        if (renumber[cell.factor] == std::numeric_limits<std::uint32_t>::max()) {
            renumber[cell.factor] = static_cast<std::uint32_t>(out.factors.size());
            out.factors.push_back(resolver.factor(cell.factor));
        }
        cell.factor = renumber[cell.factor];
        long double total = 0;
        for (std::size_t m = 0; m < 12; ++m) {
            cell.monthWeighted[m] = static_cast<double>(acc[c].month[m]);
            total += acc[c].month[m];
        }
        cell.weighted = static_cast<double>(total);
        cell.quantity = static_cast<double>(acc[c].quantity);
        cell.activityVariance = static_cast<double>(acc[c].variance);
        cell.recordCount = acc[c].records;
        cell.activityUncertaintyDefaulted = acc[c].defaulted;
    }
    out.cells = std::move(cells);
    return out;
}

}  // namespace cnms::accounting
