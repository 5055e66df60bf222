// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/RecordValidator.h"

namespace cnms::accounting::test {

inline ActivityRecord record(std::string site, SourceType type, std::string activity, double quantity, std::string unit,
                             std::string start = "2024-01-01", std::string end = "2024-01-31") {
    ActivityRecord r;
    r.recordId = site + "-" + activity + "-" + start;
    r.site = std::move(site);
    r.sourceType = type;
    r.activity = std::move(activity);
    r.quantity = quantity;
    r.unit = std::move(unit);
    r.periodStart = *CivilDate::parse(start);
    r.periodEnd = *CivilDate::parse(end);
    return r;
}

inline bool hasIssue(const std::vector<FieldIssue>& issues, const std::string& field, const std::string& code) {
    for (const auto& i : issues)
        if (i.field == field && i.code == code) return true;
    return false;
}

inline std::string describe(const std::vector<FieldIssue>& issues) {
    std::string s;
    for (const auto& i : issues) s += i.field + "/" + i.code + ": " + i.message + "\n";
    return s;
}

/** Calculates records end to end: pin, validate, batch, stage one, weigh. Fails the test on any issue. */
inline Inventory inventoryOf(const std::vector<ActivityRecord>& records, const FactorSelection& selection = FactorSelection::defaults(),
                             int year = 2024, const FactorLibrary& library = FactorLibrary(), const InventoryOptions& options = {},
                             const UncertaintySettings& settings = {}) {
    FactorResolver resolver(library, library.pin(selection, year), settings);
    RecordValidator validator(resolver);
    ActivityBatch batch(year);
    for (const auto& r : records) {
        std::vector<FieldIssue> issues;
        EXPECT_TRUE(batch.add(r, validator, issues)) << r.recordId << "\n" << describe(issues);
    }
    return Inventory::weigh(GasInventory::calculate(batch, resolver), GwpSet::get(selection.gwpSet), options);
}

inline FactorSelection selection(std::vector<std::string> sets, std::string gwp) { return {std::move(sets), std::move(gwp)}; }

}  // namespace cnms::accounting::test
