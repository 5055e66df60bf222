// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/accounting/IntensityDenominators.h"

using namespace cnms::accounting;

namespace {

ProductionFigure figure(std::int64_t id, FigureKind kind, int year, std::string site, double quantity, std::string unit) {
    ProductionFigure f;
    f.id = id;
    f.kind = kind;
    f.year = year;
    f.site = std::move(site);
    f.quantity = quantity;
    f.unit = std::move(unit);
    return f;
}

}  // namespace

TEST(IntensityDenominators, TheOrganizationsOwnFigureWinsOverTheSites) {
    const std::vector<ProductionFigure> figures = {
        figure(1, FigureKind::Output, 2024, "CLK", 1'000, "t clinker"),
        figure(2, FigureKind::Output, 2024, "", 1'500, "t cement"),
        figure(3, FigureKind::Revenue, 2024, "", 50'000, "10^4 CNY"),
        figure(4, FigureKind::Output, 2023, "", 9'999, "t cement"),  // another year: ignored
    };
    const auto d = resolveDenominators(figures, 2024);
    ASSERT_TRUE(d.organization.output);
    EXPECT_EQ(d.organization.output->value, 1'500);
    EXPECT_EQ(d.organization.output->unit, "t cement");
    EXPECT_EQ(d.outputSource, DenominatorSource::Organization);
    ASSERT_TRUE(d.organization.revenue);
    EXPECT_EQ(d.organization.revenue->value, 50'000);
    EXPECT_EQ(d.revenueSource, DenominatorSource::Organization);
    ASSERT_EQ(d.siteFigures.size(), 1u);
    EXPECT_EQ(d.siteFigures[0].site, "CLK");
}

TEST(IntensityDenominators, OfSeveralOrganizationUnitsTheFirstEnteredIsUsed) {
    const auto d = resolveDenominators({figure(7, FigureKind::Output, 2024, "", 2, "t cement"),
                                        figure(5, FigureKind::Output, 2024, "", 3, "t clinker")},
                                       2024);
    ASSERT_TRUE(d.organization.output);
    EXPECT_EQ(d.organization.output->unit, "t clinker");
}

TEST(IntensityDenominators, SitesSharingOneUnitAreSummed) {
    const auto d = resolveDenominators({figure(1, FigureKind::Output, 2024, "A", 600, "t cement"),
                                        figure(2, FigureKind::Output, 2024, "B", 400, "t cement"),
                                        figure(3, FigureKind::Revenue, 2024, "A", 10, "10^4 CNY")},
                                       2024);
    ASSERT_TRUE(d.organization.output);
    EXPECT_EQ(d.organization.output->value, 1'000);
    EXPECT_EQ(d.outputSource, DenominatorSource::SumOfSites);
    ASSERT_TRUE(d.organization.revenue);
    EXPECT_EQ(d.organization.revenue->value, 10);
    EXPECT_EQ(d.revenueSource, DenominatorSource::SumOfSites);
}

TEST(IntensityDenominators, SitesInDifferentUnitsAreNotAddedUp) {
    const auto d = resolveDenominators({figure(1, FigureKind::Output, 2024, "A", 600, "t clinker"),
                                        figure(2, FigureKind::Output, 2024, "B", 400, "t cement")},
                                       2024);
    EXPECT_FALSE(d.organization.output);
    EXPECT_EQ(d.outputSource, DenominatorSource::UnitsDiffer);
    EXPECT_FALSE(d.organization.revenue);
    EXPECT_EQ(d.revenueSource, DenominatorSource::Missing);
    EXPECT_EQ(toString(d.outputSource), "units_differ");
}

// Hand calculation: site A emits 300 (scope 1) + 100 (scope 2) + 50 (scope 3) = 450 tCO2e for
// 600 t → 0.75 tCO2e/t total, 400 / 600 = 0.6667 scope 1+2; site B has no emission → 0.
TEST(IntensityDenominators, SiteIntensityIsTheSitesEmissionsOverItsOwnFigure) {
    Inventory inv;
    inv.year = 2024;
    inv.bySiteTco2e = {{"A", 450}};
    auto row = [](int scope, double t) {
        InventoryRow r;
        r.site = "A";
        r.scope = scope;
        r.tco2e = t;
        return r;
    };
    inv.rows = {row(1, 300), row(2, 100), row(3, 50)};
    const auto d = resolveDenominators({figure(1, FigureKind::Output, 2024, "A", 600, "t"),
                                        figure(2, FigureKind::Output, 2024, "B", 10, "t")},
                                       2024);
    const auto sites = d.siteIntensities(inv);
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[0].site, "A");
    EXPECT_NEAR(sites[0].intensity.totalPerUnit, 0.75, 1e-12);
    EXPECT_NEAR(sites[0].intensity.scope12PerUnit, 400.0 / 600.0, 1e-12);
    EXPECT_EQ(sites[1].site, "B");
    EXPECT_EQ(sites[1].intensity.totalPerUnit, 0.0);
}
