// SPDX-License-Identifier: MIT
#include "cnms/import/CreditImporter.h"

#include <filesystem>

#include "cnms/core/TextUtil.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/security/Session.h"

namespace cnms::import {
using namespace cnms::neutrality;

const std::vector<io::ColumnSpec>& creditColumns() {
    static const std::vector<io::ColumnSpec> specs = {
        {"registry", {"登记系统", "注册登记系统", "签发机构", "标准", "programme", "program"}, true},
        {"serial", {"序列号", "序号", "编号", "serial number", "serial range"}, true},
        {"vintage", {"年份", "减排年份", "签发年份", "vintage year"}, true},
        {"quantity_tco2e", {"数量", "数量(tco2e)", "数量（tco2e）", "quantity"}, true},
        {"status", {"状态"}, true},
        {"project_id", {"项目编号", "项目id"}, false},
        {"project_name", {"项目名称"}, false},
        {"credit_type", {"类型", "减排量类型", "type"}, false},
        {"retirement_date", {"注销日期", "retired on"}, false},
        {"beneficiary", {"受益方", "注销受益人", "受益人"}, false},
        {"claim", {"声明", "用于声明"}, false},
    };
    return specs;
}

namespace {

struct RowReader {
    const io::ColumnMap& map;
    const io::TabularRow& row;
    const std::string& file;
    std::vector<io::ImportIssue>& issues;

    std::string text(std::string_view column) const { return std::string(cnms::text::trim(map.get(row, column))); }
    void fail(std::string_view column, const std::string& reason) const {
        issues.push_back({file, row.number, map.headerOf(column), text(column), reason});
    }
};

OffsetCredit parseCredit(const RowReader& r) {
    OffsetCredit c;
    c.registry = r.text("registry");
    c.serial = r.text("serial");
    c.projectId = r.text("project_id");
    c.projectName = r.text("project_name");
    c.retirementDate = r.text("retirement_date");
    c.beneficiary = r.text("beneficiary");
    c.claim = r.text("claim");
    // A cell that is not a number is reported here; the record then gets a neutral value so
    // that validation does not report the same cell a second time.
    double vintage = 0;
    if (!parseNumber(r.text("vintage"), vintage) || vintage != static_cast<int>(vintage)) {
        r.fail("vintage", "is not a year");
        c.vintage = 2000;
    } else {
        c.vintage = static_cast<int>(vintage);
    }
    if (!parseNumber(r.text("quantity_tco2e"), c.quantityTco2e)) {
        r.fail("quantity_tco2e", "is not a number");
        c.quantityTco2e = 1;
    }
    if (auto status = creditStatusFromString(r.text("status"))) c.status = *status;
    else r.fail("status", "must be active, pending, retired or cancelled");
    if (!r.text("credit_type").empty()) {
        if (auto type = creditTypeFromString(r.text("credit_type"))) c.type = *type;
        else r.fail("credit_type", "must be avoidance or removal");
    }
    return c;
}

}  // namespace

ImportSummary importCredits(ProjectStore& store, const std::string& path, const ImportOptions& options) {
    security::require(store, security::Permission::EditNeutrality);
    auto reader = io::TabularReader::open(path, options.file);
    auto map = io::ColumnMap::fromReader(*reader, creditColumns());
    map.throwIfErrors();

    NeutralityService service(store);
    std::vector<io::ImportIssue> issues;
    std::vector<OffsetCredit> credits;
    std::vector<std::size_t> rowNumbers;
    io::TabularRow row;
    while (reader->next(row)) {
        RowReader r{map, row, path, issues};
        auto before = issues.size();
        OffsetCredit credit = parseCredit(r);
        for (const auto& issue : validate(credit)) r.fail(issue.field, issue.message);
        if (issues.size() == before) {
            if (auto earlier = service.doubleCounted(credit)) {
                r.fail("serial", "is already recorded as credit #" + std::to_string(earlier->id) + " (" +
                                     earlier->registry + " " + earlier->serial + ")");
            } else {
                for (std::size_t i = 0; i < credits.size(); ++i) {
                    if (findDoubleCounted(credit, {credits[i]})) {
                        r.fail("serial", "overlaps the credit on row " + std::to_string(rowNumbers[i]) + " (" +
                                             credits[i].serial + ")");
                        break;
                    }
                }
            }
        }
        credits.push_back(std::move(credit));
        rowNumbers.push_back(row.number);
    }
    if (!issues.empty()) throw io::ImportError(std::move(issues));
    if (credits.empty()) throw io::ImportError(path, 0, "has no data rows below the header");

    ImportSummary summary{path, credits.size(), false, {}};
    summary.batch = std::filesystem::path(path).filename().string() + " (" + std::to_string(credits.size()) + " rows)";
    if (options.dryRun) return summary;
    auto work = store.begin("import offset credits");
    store.credits().insertBatch(credits, summary.batch);
    work->commit();
    summary.stored = true;
    return summary;
}

}  // namespace cnms::import
