// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "TempDir.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/ProductionFigureService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/SiteService.h"
#include "cnms/security/Session.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Trust.h"

using namespace cnms;
using namespace cnms::accounting;

namespace {

class ProductionFigureServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "产量测试";
        path = dir.file("p.cnms");
        store = storage::createProject(path, org);
        SiteService(*store).addSite({0, "CLK", "熟料厂", "浙江", "", 100});
    }
    static ProductionFigure output(int year, std::string site, double quantity, std::string unit) {
        ProductionFigure f;
        f.year = year;
        f.site = std::move(site);
        f.quantity = quantity;
        f.unit = std::move(unit);
        return f;
    }
    static bool hasIssue(const std::vector<FieldIssue>& issues, const std::string& field, const std::string& code) {
        for (const auto& i : issues)
            if (i.field == field && i.code == code) return true;
        return false;
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<ProjectStore> store;
};

}  // namespace

TEST_F(ProductionFigureServiceTest, EveryIssueNamesItsField) {
    ProductionFigureService service(*store);
    auto f = output(1800, "NOPE", 0, " ");
    const auto issues = service.check(f);
    EXPECT_TRUE(hasIssue(issues, "year", "out_of_range"));
    EXPECT_TRUE(hasIssue(issues, "quantity", "value_not_positive"));
    EXPECT_TRUE(hasIssue(issues, "unit", "required"));
    EXPECT_TRUE(hasIssue(issues, "site", "unknown_site"));
    EXPECT_THROW(service.add(f), ValidationError);
    EXPECT_TRUE(service.list().empty());
}

TEST_F(ProductionFigureServiceTest, ARevenueWithoutUnitIsInTenThousandYuan) {
    ProductionFigureService service(*store);
    auto f = output(2024, "", 52'000, "");
    f.kind = FigureKind::Revenue;
    service.add(f);
    const auto stored = service.list(2024);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].unit, "10^4 CNY");
    EXPECT_TRUE(stored[0].organizationWide());
}

TEST_F(ProductionFigureServiceTest, OneFigurePerYearSiteKindAndUnit) {
    ProductionFigureService service(*store);
    service.add(output(2024, "CLK", 100, "t clinker"));
    try {
        service.add(output(2024, " CLK ", 200, "t clinker "));
        FAIL() << "a second figure of the same key was stored";
    } catch (const ValidationError& e) {
        EXPECT_TRUE(hasIssue(e.issues(), "unit", "duplicate"));
    }
    service.add(output(2024, "CLK", 90, "t cement"));  // another unit: allowed
    service.add(output(2024, "", 100, "t clinker"));    // the organization: allowed
    EXPECT_EQ(service.list(2024).size(), 3u);
}

TEST_F(ProductionFigureServiceTest, SetReplacesTheFigureOfItsKeyAndTheLogKeepsTheOldValue) {
    ProductionFigureService service(*store);
    const auto first = service.set(output(2024, "CLK", 100, "t clinker"));
    auto again = output(2024, "CLK", 120, "t clinker");
    again.evidence = "统计年报";
    const auto second = service.set(again);
    EXPECT_EQ(second.id, first.id);
    const auto stored = service.list();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].quantity, 120);
    EXPECT_EQ(stored[0].evidence, "统计年报");
    const auto log = store->changeLog().recent(1, "production_figure");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, "update");
    EXPECT_EQ(nlohmann::json::parse(log[0].oldValue).at("quantity"), 100);
    EXPECT_EQ(nlohmann::json::parse(log[0].newValue).at("quantity"), 120);
}

TEST_F(ProductionFigureServiceTest, RemoveDeletesAndASiteWithFiguresStays) {
    ProductionFigureService service(*store);
    const auto id = service.add(output(2024, "CLK", 100, "t clinker"));
    EXPECT_THROW(SiteService(*store).removeSiteByCode("CLK"), RefusedError);
    EXPECT_EQ(service.remove(id).quantity, 100);
    EXPECT_TRUE(service.list().empty());
    EXPECT_THROW(service.remove(id), NotFoundError);
    SiteService(*store).removeSiteByCode("CLK");
}

TEST_F(ProductionFigureServiceTest, AReadOnlyUserCannotEnterFigures) {
    security::setSessionOf(*store, security::Session::signedIn("guest", "", security::Role::ReadOnly));
    EXPECT_THROW(ProductionFigureService(*store).add(output(2024, "", 1, "t")), RefusedError);
    security::setSessionOf(*store, security::Session::signedIn("li", "", security::Role::InternalAuditor));
    EXPECT_THROW(ProductionFigureService(*store).add(output(2024, "", 1, "t")), RefusedError);
    security::setSessionOf(*store, security::Session::signedIn("zhang", "", security::Role::SustainabilityOfficer));
    ProductionFigureService(*store).add(output(2024, "", 1, "t"));
    EXPECT_EQ(store->productionFigures().list().size(), 1u);
}

TEST_F(ProductionFigureServiceTest, TheChainCoversFiguresAndVerifyFindsATamperedOne) {
    ProductionFigureService service(*store);
    service.add(output(2024, "CLK", 100, "t clinker"));
    store.reset();
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("UPDATE production_figure SET quantity = 1000");
    }
    const auto report = storage::verifyProjectFile(path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.findings[0].table, "production_figure");
}

// Hand calculation from the demo data (src/core/demo/DemoProduction.cpp): the 2024 inventory's
// total divided by the organization's 1 480 000 t cement, and by its revenue of 49 580 (10^4 CNY);
// the clinker plant's own emissions over its 1 210 000 t clinker.
TEST(DemoIntensity, TheDemoYearsHaveOrganizationAndSiteIntensities) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    EXPECT_EQ(store->productionFigures().list().size(), 8u);
    const auto d = resolveDenominators(*store, 2024);
    const auto inv = InventoryService(*store).inventory(2024, std::nullopt, d.organization);
    ASSERT_TRUE(inv.intensityPerOutput);
    ASSERT_TRUE(inv.intensityPerRevenue);
    EXPECT_EQ(inv.intensityPerOutput->base.unit, "t cement");
    EXPECT_NEAR(inv.intensityPerOutput->totalPerUnit, inv.totalTco2e / 1'480'000.0, 1e-12);
    EXPECT_NEAR(inv.intensityPerRevenue->totalPerUnit, inv.totalTco2e / 49'580.0, 1e-12);
    // A cement company's intensity is of the order of 0.5–0.8 tCO2e per tonne of cement.
    EXPECT_GT(inv.intensityPerOutput->totalPerUnit, 0.4);
    EXPECT_LT(inv.intensityPerOutput->totalPerUnit, 0.9);
    const auto sites = d.siteIntensities(inv);
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[0].site, "CX-CLK");
    EXPECT_EQ(sites[0].intensity.base.unit, "t clinker");
    EXPECT_NEAR(sites[0].intensity.totalPerUnit, inv.siteTco2e("CX-CLK") / 1'210'000.0, 1e-12);
}
