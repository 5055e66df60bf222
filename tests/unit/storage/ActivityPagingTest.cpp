// SPDX-License-Identifier: MIT
// ActivityRepository::forEachInYearPage: keyset pages of a year's records, in id order, that together
// visit exactly what forEachInYear visits.
#include <gtest/gtest.h>

#include "cnms/core/SiteService.h"

#include "TempDir.h"
#include "cnms/core/DemoProject.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

TEST(ActivityPagingTest, PagesVisitEveryRecordOfTheYearOnceInIdOrder) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("p.cnms"), demo::organization());
    SiteService sites(*store);  // the sites the records name, and no other records
    for (const auto* code : {"CX-CLK", "HZ-GRD", "HZ-HQ"}) sites.addSite({0, code, code, "", "", 100.0});
    std::string body = "record_id,site,period_start,period_end,source_type,activity,quantity,unit,data_quality\n";
    for (int i = 0; i < 25; ++i)
        body += "R" + std::to_string(i) + ",CX-CLK,2024-03-01,2024-03-31,purchased_electricity,cn_2023_avg,1,MWh,measured\n";
    body += "O1,CX-CLK,2023-03-01,2023-03-31,purchased_electricity,cn_2023_avg,1,MWh,measured\n";  // another year
    test::writeFile(dir.file("a.csv"), body);
    import::importActivities(*store, dir.file("a.csv"));

    std::vector<accounting::ActivityId> all;
    store->activities().forEachInYear(2024, [&](accounting::ActivityId id, const auto&) { all.push_back(id); });
    ASSERT_EQ(all.size(), 25u);

    std::vector<accounting::ActivityId> paged;
    std::vector<std::string> recordIds;
    accounting::ActivityId last = 0;
    std::vector<std::size_t> pageSizes;
    for (;;) {
        std::size_t n = store->activities().forEachInYearPage(2024, last, 10, [&](accounting::ActivityId id, const auto& r) {
            paged.push_back(id);
            recordIds.push_back(r.recordId);
            last = id;
        });
        pageSizes.push_back(n);
        if (n < 10) break;
    }
    EXPECT_EQ(pageSizes, (std::vector<std::size_t>{10, 10, 5}));
    EXPECT_EQ(paged, all);
    EXPECT_EQ(recordIds.front(), "R0");
    EXPECT_EQ(recordIds.back(), "R24");
    EXPECT_EQ(store->activities().forEachInYearPage(2024, all.back(), 10, [](auto, const auto&) {}), 0u);
}
