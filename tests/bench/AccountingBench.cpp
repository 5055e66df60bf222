// SPDX-License-Identifier: MIT
// Accounting engine throughput on one core: a million activity rows parsed, validated, batched,
// calculated and weighed. Each benchmark reports records/s (items_per_second).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/RecordValidator.h"
#include "cnms/core/CsvReader.h"
#include "support/ActivityCsv.h"

using namespace cnms;
using namespace cnms::accounting;

namespace {

constexpr std::size_t kRows = 1'000'000;

const std::string& csvText() {
    static const std::string text = bench::activityCsv(kRows);
    return text;
}

struct Engine {
    FactorLibrary library;
    FactorResolver resolver{library, library.pin(FactorSelection::defaults(), 2024)};
    RecordValidator validator{resolver};
};

/** Import then inventory: CSV text → records → validated batch → gases → tCO2e. */
ActivityBatch importAll(Engine& e) {
    CsvReader reader(csvText());
    std::vector<std::string_view> fields;
    reader.next(fields);
    std::vector<std::size_t> columns;  // file column → import column, mapped once
    for (auto name : fields) columns.push_back(ActivityRow::columnIndex(name).value_or(SIZE_MAX));
    ActivityBatch batch(2024);
    batch.reserve(kRows);
    ActivityRecord record;
    ActivityRow row;
    std::vector<FieldIssue> issues;
    while (reader.next(fields)) {
        for (std::size_t c = 0; c < fields.size() && c < columns.size(); ++c) row.set(columns[c], fields[c]);
        issues.clear();
        if (!parseActivityRow(row, record, issues) || !batch.add(record, e.validator, issues)) std::abort();
    }
    return batch;
}

void BM_ImportAndInventory(benchmark::State& state) {
    Engine e;
    csvText();
    for (auto _ : state) {
        ActivityBatch batch = importAll(e);
        Inventory inv = Inventory::weigh(GasInventory::calculate(batch, e.resolver), GwpSet::get("AR5"));
        benchmark::DoNotOptimize(inv.totalTco2e);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kRows));
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations() * kRows), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ImportAndInventory)->Unit(benchmark::kMillisecond)->MinTime(3.0);

/** Validation and batching of records already in memory (what an importer does per row after parsing). */
void BM_BatchAdd(benchmark::State& state) {
    Engine e;
    std::vector<ActivityRecord> records;
    {
        ActivityBatch warm = importAll(e);
        (void)warm;
    }
    CsvReader reader(csvText());
    std::vector<std::string_view> fields, header;
    reader.next(fields);
    header = fields;
    ActivityRow row;
    std::vector<FieldIssue> issues;
    records.reserve(kRows);
    while (reader.next(fields)) {
        for (std::size_t c = 0; c < fields.size(); ++c) row.set(header[c], fields[c]);
        records.emplace_back();
        parseActivityRow(row, records.back(), issues);
    }
    for (auto _ : state) {
        ActivityBatch batch(2024);
        batch.reserve(kRows);
        for (const auto& r : records) batch.add(r, e.validator, issues);
        benchmark::DoNotOptimize(batch.size());
    }
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations() * kRows), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BatchAdd)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/** Stage one and two on an imported batch: the "inventory on the stored project" path. */
void BM_Calculate(benchmark::State& state) {
    Engine e;
    ActivityBatch batch = importAll(e);
    for (auto _ : state) {
        GasInventory gases = GasInventory::calculate(batch, e.resolver);
        benchmark::DoNotOptimize(gases.cells.data());
    }
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations() * kRows), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Calculate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Weigh(benchmark::State& state) {
    Engine e;
    ActivityBatch batch = importAll(e);
    GasInventory gases = GasInventory::calculate(batch, e.resolver);
    for (auto _ : state) {
        Inventory inv = Inventory::weigh(gases, GwpSet::get("AR6"));
        benchmark::DoNotOptimize(inv.totalTco2e);
    }
    state.counters["cells"] = static_cast<double>(gases.cells.size());
}
BENCHMARK(BM_Weigh)->Unit(benchmark::kMillisecond);

/**
 * The expensive case: every record carries its own factor (e.g. a supplier factor per invoice), so
 * every row is a distinct activity key with its own effective factor and result row.
 */
void BM_DistinctRecordFactors(benchmark::State& state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    std::vector<ActivityRecord> records(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& r = records[i];
        r.recordId = "R" + std::to_string(i);
        r.site = "S" + std::to_string(i % 60);
        r.periodStart = {2024, static_cast<int>(i % 12) + 1, 1};
        r.periodEnd = {2024, static_cast<int>(i % 12) + 1, 28};
        r.sourceType = SourceType::PurchasedElectricity;
        r.activity = "supplier contract";
        r.quantity = 100.0 + static_cast<double>(i % 1000);
        r.unit = "MWh";
        r.overrides.factorValue = 0.3 + static_cast<double>(i) * 1e-7;
        r.overrides.factorUnit = "tCO2/MWh";
    }
    for (auto _ : state) {
        Engine e;
        ActivityBatch batch(2024);
        std::vector<FieldIssue> issues;
        for (const auto& r : records) batch.add(r, e.validator, issues);
        Inventory inv = Inventory::weigh(GasInventory::calculate(batch, e.resolver), GwpSet::get("AR5"));
        benchmark::DoNotOptimize(inv.totalTco2e);
    }
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations() * n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DistinctRecordFactors)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace
