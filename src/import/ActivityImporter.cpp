// SPDX-License-Identifier: MIT
#include "cnms/import/ActivityImporter.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/RecordValidator.h"
#include "cnms/import/RecordIdSet.h"
#include "cnms/security/Session.h"
#include "cnms/import/WriterThread.h"

namespace cnms::import {
using namespace cnms::accounting;

const std::vector<io::ColumnSpec>& activityColumns() {
    // Chinese headers a plant's spreadsheet uses; the English names are the canonical ones.
    static const std::vector<io::ColumnSpec> specs = [] {
        const std::map<std::string_view, std::vector<std::string>> aliases = {
            {"record_id", {"记录编号", "编号"}},
            {"site", {"场所", "场所代码", "站点"}},
            {"period_start", {"开始日期", "起始日期", "期间开始"}},
            {"period_end", {"结束日期", "截止日期", "期间结束"}},
            {"source_type", {"排放源类型", "源类型"}},
            {"activity", {"活动", "燃料", "活动名称"}},
            {"quantity", {"数量", "活动数据"}},
            {"unit", {"单位"}},
            {"iso_category", {"iso类别", "类别"}},
            {"ncv", {"低位发热量"}},
            {"ncv_unit", {"低位发热量单位"}},
            {"carbon_content", {"单位热值含碳量"}},
            {"oxidation_rate", {"碳氧化率"}},
            {"ch4_kg_per_tj", {"ch4排放因子"}},
            {"n2o_kg_per_tj", {"n2o排放因子"}},
            {"factor_value", {"排放因子"}},
            {"factor_unit", {"排放因子单位"}},
            {"data_quality", {"数据质量"}},
            {"uncertainty_pct", {"不确定性", "不确定性(%)"}},
            {"evidence", {"证据", "凭证"}},
            {"note", {"备注"}},
        };
        const std::unordered_set<std::string_view> required = {"site",     "period_start", "period_end", "source_type",
                                                               "activity", "quantity",     "unit"};
        std::vector<io::ColumnSpec> out;
        for (auto column : ActivityRow::columns()) {
            auto it = aliases.find(column);
            out.push_back({std::string(column), it == aliases.end() ? std::vector<std::string>{} : it->second,
                           required.count(column) > 0});
        }
        return out;
    }();
    return specs;
}

namespace {

constexpr std::size_t kMaxIssues = 10'000;

std::string nowUtc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

/** Everything one reporting year of the file needs: its pinned factors and its batch. */
struct YearWork {
    FactorPin pin;
    std::unique_ptr<FactorResolver> resolver;
    std::unique_ptr<RecordValidator> validator;
    std::unique_ptr<ActivityBatch> batch;
    bool hadRecords = false;
    RecordIdSet recordIds;
};

}  // namespace

ImportSummary importActivities(ProjectStore& store, const std::string& path, const ImportOptions& options,
                               const ImportProgress& progress) {
    security::require(store, security::Permission::EditActivityData);
    auto reader = io::TabularReader::open(path, options.file);
    auto map = io::ColumnMap::fromReader(*reader, activityColumns());
    map.throwIfErrors();
    std::vector<std::pair<std::size_t, std::size_t>> columns;  // file column → import column
    for (std::size_t i = 0; i < activityColumns().size(); ++i)
        if (auto at = map.index(activityColumns()[i].name); at != io::ColumnMap::npos) columns.emplace_back(at, i);

    std::unordered_map<std::string, std::int64_t> siteIds;
    for (const auto& site : store.sites().list()) siteIds.emplace(site.code, site.id);

    InventoryService inventory(store);
    std::map<int, YearWork> years;
    WriterThread* writing = nullptr;  // set while records are written on the second thread
    auto yearWork = [&](int year) -> YearWork& {
        auto [it, created] = years.try_emplace(year);
        if (created) {
            if (writing) writing->drain();  // the queries below need the connection
            auto& w = it->second;
            w.pin = inventory.pinFor(year);
            w.resolver = std::make_unique<FactorResolver>(inventory.library(), w.pin);
            w.validator = std::make_unique<RecordValidator>(*w.resolver);
            w.batch = std::make_unique<ActivityBatch>(year);
            w.hadRecords = store.activities().countInYear(year) > 0;
            for (const auto& id : store.activities().recordIdsInYear(year)) w.recordIds.insert(id);
        }
        return it->second;
    };

    std::unique_ptr<UnitOfWork> work;
    std::unique_ptr<ActivityWriter> writer;
    auto batchName = std::filesystem::path(path).filename().string();
    if (!options.dryRun) {
        work = store.beginBulk("import activity data");
        writer = store.activities().beginBatch(batchName);
    }
    // Declared after the writer, so that it is stopped before the writer is destroyed.
    std::unique_ptr<WriterThread> pipeline;
    if (writer) {
        pipeline = std::make_unique<WriterThread>(*writer);
        writing = pipeline.get();
    }

    std::vector<io::ImportIssue> issues;
    std::size_t moreIssues = 0;
    auto report = [&](const io::TabularRow& row, const FieldIssue& issue) {
        if (issues.size() >= kMaxIssues) {
            ++moreIssues;
            return;
        }
        std::string column = issue.field.empty() ? std::string() : map.has(issue.field) ? map.headerOf(issue.field) : issue.field;
        std::string value = map.has(issue.field) ? std::string(map.get(row, issue.field)) : std::string();
        issues.push_back({path, row.number, column, value, issue.message});
    };

    const std::string actor = store.actor();
    const std::string enteredAt = nowUtc();
    ActivityRow fields;
    ActivityRecord record;
    std::vector<FieldIssue> rowIssues;
    io::TabularRow row;
    std::size_t rows = 0;
    YearWork* lastYear = nullptr;
    while (reader->next(row)) {
        ++rows;
        if (progress && rows % 8192 == 0 && !progress(rows)) throw ImportCancelled();
        for (auto [fileColumn, importColumn] : columns) fields.set(importColumn, row.cell(fileColumn));
        if (lastYear && !fields.recordId.empty()) lastYear->recordIds.prefetch(fields.recordId);  // most rows share a year
        rowIssues.clear();
        bool ok = parseActivityRow(fields, record, rowIssues);
        auto site = siteIds.find(record.site);
        if (ok && site == siteIds.end()) {
            rowIssues.push_back({"site", "unknown_site", "site '" + record.site + "' is not a site of this project"});
            ok = false;
        }
        if (ok) {
            auto& year = yearWork(record.periodStart.year);
            lastYear = &year;
            if (!record.recordId.empty() && !year.recordIds.insert(record.recordId)) {
                rowIssues.push_back({"record_id", "duplicate_record_id",
                                     "record id '" + record.recordId + "' is already used in " +
                                         std::to_string(record.periodStart.year)});
                ok = false;
            }
            ok = year.batch->add(record, *year.validator, rowIssues) && ok;
        }
        if (!ok) {
            for (const auto& issue : rowIssues) report(row, issue);
            writing = nullptr;
            pipeline.reset();  // stop writing: the unit of work will roll back
            writer.reset();
            continue;
        }
        if (pipeline) {
            record.enteredBy = actor;
            record.enteredAt = enteredAt;
            writer->prepare(record, site->second);  // here, so that the writer thread only writes
            pipeline->push(std::move(record), site->second);
            record = {};
        }
    }
    if (pipeline) {
        pipeline->finish();  // every record written (or the writer's error thrown)
        writing = nullptr;
        pipeline.reset();
    }
    // The file's text and the id sets are done with: free them before the batch's change-log
    // entry and the inventory, which need memory of their own (a 1,000,000-row file is 100 MB).
    reader.reset();
    for (auto& [year, w] : years) w.recordIds = {};
    if (!issues.empty()) {
        if (moreIssues > 0)
            issues.push_back({path, 0, {}, {}, "and " + std::to_string(moreIssues) + " more problems not listed"});
        throw io::ImportError(std::move(issues));
    }
    if (rows == 0) throw io::ImportError(path, 0, "has no data rows below the header");

    ImportSummary summary{path, rows, false, batchName + " (" + std::to_string(rows) + " rows)"};
    if (options.dryRun) return summary;
    writer->finish();
    for (auto& [year, w] : years) {
        if (w.hadRecords) inventory.recalculate(year);  // the cache must cover the year's older records too
        else inventory.storeCache(year, w.pin, GasInventory::calculate(*w.batch, *w.resolver));
    }
    work->commit();
    summary.stored = true;
    return summary;
}

}  // namespace cnms::import
