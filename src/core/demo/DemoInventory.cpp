// SPDX-License-Identifier: MIT
#include "DemoParts.h"

#include <cmath>

#include "cnms/accounting/InventoryService.h"

namespace cnms::demo {
using namespace cnms::accounting;

namespace {

// Monthly production pattern of a Zhejiang cement plant: a dip at the Spring Festival
// (February) and in the plum-rain and typhoon months, a peak in the autumn building season.
constexpr double kSeason[12] = {0.96, 0.62, 0.98, 1.04, 1.06, 0.92, 0.95, 0.97, 1.06, 1.12, 1.10, 1.02};

struct Line {
    const char* site;
    SourceType type;
    const char* activity;
    const char* unit;
    double perMonth2023;  ///< quantity in an average month of 2023
    double change2024;    ///< 2024 relative to 2023 (measures, output)
    bool seasonal;
    DataQuality quality;
    const char* evidence;
    std::optional<double> factorValue = std::nullopt;
    const char* factorUnit = "";
    std::optional<int> isoCategory = std::nullopt;
};

// Clinker output ≈ 1.0 Mt/yr; coal about 0.13 t per t clinker; process CO2 of clinker 0.525
// tCO2/t (a typical calcination factor); the waste-heat power unit commissioned in mid-2023 cuts
// purchased electricity in 2024.
const Line kLines[] = {
    {"CX-CLK", SourceType::FuelCombustion, "bituminous_coal", "t", 11200, -0.03, true, DataQuality::Measured, "入厂煤计量台账"},
    {"CX-CLK", SourceType::Process, "CO2", "t", 84000, -0.02, true, DataQuality::Calculated, "熟料产量统计表",
     0.525, "tCO2/t"},
    {"CX-CLK", SourceType::FuelCombustion, "diesel", "t", 38, -0.05, true, DataQuality::Measured, "油料领用单"},
    {"CX-CLK", SourceType::PurchasedElectricity, "east_2023", "MWh", 6900, -0.22, true, DataQuality::Measured, "国网电费结算单"},
    {"CX-CLK", SourceType::Fugitive, "HFC-134a", "kg", 6, 0.0, false, DataQuality::Estimated, "空调维保记录"},
    {"HZ-GRD", SourceType::PurchasedElectricity, "east_2023", "MWh", 3100, -0.04, true, DataQuality::Measured, "国网电费结算单"},
    {"HZ-GRD", SourceType::FuelCombustion, "diesel", "t", 6.5, 0.0, true, DataQuality::Measured, "油料领用单"},
    {"HZ-HQ", SourceType::PurchasedElectricity, "east_2023", "MWh", 62, -0.06, false, DataQuality::Measured, "物业电费分摊单"},
    {"HZ-HQ", SourceType::FuelCombustion, "natural_gas", "10^4 Nm3", 0.35, -0.05, false, DataQuality::Measured, "燃气账单"},
    {"HZ-HQ", SourceType::IndirectOther, "水泥公路运输", "tkm", 2'400'000, 0.0, true, DataQuality::Estimated,
     "物流结算单", 0.000062, "tCO2e/tkm", 3},
};

int daysIn(int year, int month) { return daysInMonth(year, month); }

}  // namespace

void populateInventory(ProjectStore& store) {
    InventoryService inventory(store);
    const std::string actor = store.actor();
    for (int year : {2023, 2024}) {
        inventory.ensurePinned(year);
        auto writer = store.activities().beginBatch("demo activity data " + std::to_string(year));
        std::unordered_map<std::string, std::int64_t> siteIds;
        for (const auto& s : store.sites().list()) siteIds[s.code] = s.id;
        int n = 0;
        for (const auto& line : kLines) {
            for (int month = 1; month <= 12; ++month) {
                ActivityRecord r;
                r.recordId = "D" + std::to_string(year) + "-" + std::to_string(++n);
                r.site = line.site;
                r.periodStart = {year, month, 1};
                r.periodEnd = {year, month, daysIn(year, month)};
                r.sourceType = line.type;
                r.activity = line.activity;
                double q = line.perMonth2023 * (line.seasonal ? kSeason[month - 1] : 1.0);
                if (year == 2024) q *= 1.0 + line.change2024;
                r.quantity = std::round(q * 100.0) / 100.0;
                r.unit = line.unit;
                r.isoCategory = line.isoCategory;
                r.overrides.factorValue = line.factorValue;
                r.overrides.factorUnit = line.factorUnit;
                r.dataQuality = line.quality;
                r.evidence = line.evidence;
                r.enteredBy = actor;
                r.enteredAt = std::to_string(year + 1) + "-01-15T09:00:00Z";
                writer->store(r, siteIds.at(line.site));
            }
        }
        writer->finish();
        inventory.recalculate(year);
    }
}

}  // namespace cnms::demo
