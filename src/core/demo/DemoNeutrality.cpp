// SPDX-License-Identifier: MIT
#include "DemoParts.h"

#include <cmath>

#include "cnms/accounting/InventoryService.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::demo {
using namespace cnms::neutrality;

void populateNeutrality(ProjectStore& store) {
    NeutralityService service(store);

    auto measure = [&](std::string title, std::string site, std::string affects, MeasureType type, MeasureStatus status,
                       std::string owner, std::string start, double capex, double opex, int life, double expected,
                       std::optional<double> realised = std::nullopt) {
        ReductionMeasure m;
        m.title = std::move(title);
        m.siteCode = std::move(site);
        m.affects = std::move(affects);
        m.type = type;
        m.status = status;
        m.owner = std::move(owner);
        m.startDate = std::move(start);
        m.capex = capex;
        m.annualOpexChange = opex;
        m.lifetimeYears = life;
        m.expectedAnnualTco2e = expected;
        m.realisedAnnualTco2e = realised;
        service.addMeasure(m);
    };
    measure("熟料线余热发电（9 MW）", "CX-CLK", "purchased_electricity", MeasureType::EnergyEfficiency,
            MeasureStatus::Done, "能源环保部 李工", "2023-06-30", 42'000'000, -9'800'000, 20, 9'500, 10'200);
    measure("厂房屋顶分布式光伏（6 MWp）", "CX-CLK", "purchased_electricity", MeasureType::RenewableElectricity,
            MeasureStatus::Implementing, "能源环保部 李工", "2025-03-01", 21'000'000, -2'600'000, 25, 3'400);
    measure("高效风机与变频改造", "HZ-GRD", "purchased_electricity", MeasureType::EnergyEfficiency,
            MeasureStatus::Done, "粉磨站 设备科", "2024-02-01", 3'600'000, -1'100'000, 15, 1'500, 1'350);
    measure("生物质替代燃料（稻壳、木屑）替代 15 % 燃煤", "CX-CLK", "fuel_combustion", MeasureType::FuelSwitch,
            MeasureStatus::Planned, "生产技术部", "2026-01-01", 18'000'000, 4'500'000, 15, 38'000);
    measure("窑尾烟气碳捕集示范（5 万吨/年）", "CX-CLK", "process", MeasureType::Ccus, MeasureStatus::Idea,
            "总经理办公室", "", 160'000'000, 12'000'000, 20, 50'000);

    accounting::InventoryService inventory(store);
    auto base = inventory.inventory(2023);
    Target absolute;
    absolute.name = "2030 年范围一和范围二排放比 2023 年下降 20 %";
    absolute.scopes = {1, 2};
    absolute.baseYear = 2023;
    absolute.baseValue = std::round(base.scopeTco2e(1) + base.scopeTco2e(2));
    absolute.targetYear = 2030;
    absolute.reductionPct = 20;
    absolute.milestones = {{2025, 6}, {2027, 12}};
    absolute.neutralityYear = 2060;
    absolute.baseNote = "基准年数值取自 2023 年温室气体排放清单（AR5）";
    service.addTarget(absolute);

    auto credit = [&](std::string registry, std::string projectId, std::string project, CreditType type, int vintage,
                      std::string serial, double qty, CreditStatus status, std::string retired) {
        OffsetCredit c;
        c.registry = std::move(registry);
        c.projectId = std::move(projectId);
        c.projectName = std::move(project);
        c.type = type;
        c.vintage = vintage;
        c.serial = std::move(serial);
        c.quantityTco2e = qty;
        c.status = status;
        c.retirementDate = std::move(retired);
        c.beneficiary = status == CreditStatus::Retired ? "浙江钱塘水泥有限公司" : "";
        c.claim = status == CreditStatus::Retired ? "2024 年度总部运营碳中和" : "";
        service.addCredit(c);
    };
    credit("CCER", "CCER-33-0042", "浙江安吉竹林经营碳汇项目", CreditType::Removal, 2023,
           "CCER-33-0042-2023-000001~CCER-33-0042-2023-001500", 1500, CreditStatus::Retired, "2025-03-18");
    credit("Verra", "VCS-1529", "Fujian offshore wind", CreditType::Avoidance, 2022,
           "VCS-1529-2022-000001~VCS-1529-2022-000800", 800, CreditStatus::Retired, "2025-04-02");
    credit("Gold Standard", "GS-11802", "Yunnan efficient cookstoves", CreditType::Avoidance, 2023,
           "GS-11802-2023-000001~GS-11802-2023-000200", 200, CreditStatus::Active, "");
    credit("CDM", "CDM-0417", "Gansu wind farm", CreditType::Avoidance, 2014, "CER-0417-2014-000001~CER-0417-2014-000150",
           150, CreditStatus::Retired, "2025-02-10");
}

}  // namespace cnms::demo
