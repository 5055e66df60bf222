// SPDX-License-Identifier: MIT
#include "cnms/core/DemoProject.h"

#include "cnms/audit/AuditDemo.h"
#include "cnms/core/SiteService.h"
#include "demo/DemoParts.h"
#include "cnms/records/DemoRegisters.h"

namespace cnms::demo {

Organization organization() {
    Organization org;
    org.name = "浙江钱塘水泥有限公司";
    org.creditCode = "91330522MA2B3C4D57";
    org.industryCode = "C3011";  // GB/T 4754-2017: 水泥制造 cement manufacturing
    org.address = "浙江省湖州市长兴县煤山镇工业园区8号";
    org.consolidation = Consolidation::OperationalControl;
    return org;
}

std::vector<Site> sites() {
    return {{0, "CX-CLK", "长兴熟料生产基地", "浙江", "浙江省湖州市长兴县煤山镇工业园区8号", 100.0},
            {0, "HZ-GRD", "杭州粉磨站", "浙江", "浙江省杭州市钱塘区临江工业园区经五路1688号", 100.0},
            {0, "HZ-HQ", "杭州总部", "浙江", "浙江省杭州市上城区钱江路58号", 100.0}};
}

void populate(ProjectStore& store) {
    auto work = store.begin("create demo project");
    SiteService siteService(store);
    for (const auto& site : sites()) siteService.addSite(site);
    records::populateDemoRegisters(store, records::SystemToday());
    populateInventory(store);
    populateProduction(store);
    populateNeutrality(store);
    populateAudit(store);
    populateReviews(store);
    work->commit();
}

}  // namespace cnms::demo
