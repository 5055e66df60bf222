// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/neutrality/TargetActual.h"

using namespace cnms;
using namespace cnms::neutrality;

namespace {

accounting::InventoryRow row(std::string site, int scope, double t) {
    accounting::InventoryRow r;
    r.site = std::move(site);
    r.scope = scope;
    r.isoCategory = scope == 1 ? 1 : (scope == 2 ? 2 : 4);
    r.tco2e = t;
    return r;
}

accounting::ProductionFigure figure(std::string site, double quantity, std::string unit) {
    accounting::ProductionFigure f;
    f.year = 2024;
    f.site = std::move(site);
    f.quantity = quantity;
    f.unit = std::move(unit);
    return f;
}

/** Clinker plant 800 (scope 1) + 100 (scope 2), grinding station 40 (scope 2), head office 10 (scope 3). */
accounting::Inventory inventory() {
    accounting::Inventory inv;
    inv.year = 2024;
    inv.rows = {row("CLK", 1, 800), row("CLK", 2, 100), row("GRD", 2, 40), row("HQ", 3, 10)};
    inv.byScopeTco2e = {800, 140, 10};
    inv.byIsoCategoryTco2e = {800, 140, 0, 10, 0, 0};
    inv.totalTco2e = 950;
    return inv;
}

Target intensityTarget(std::string unit) {
    Target t;
    t.kind = TargetKind::Intensity;
    t.scopes = {1, 2};
    t.intensityUnit = std::move(unit);
    return t;
}

}  // namespace

// Hand calculation: scope 1+2 of the organization = 800 + 100 + 40 = 940 tCO2e over its own
// 2 000 t cement = 0.47 tCO2e/t; of the clinker plant alone 900 over 1 500 t clinker = 0.6.
TEST(TargetActual, AnIntensityTargetUsesTheFigureInItsUnit) {
    const auto d = accounting::resolveDenominators(
        {figure("", 2'000, "t cement"), figure("CLK", 1'500, "t clinker"), figure("GRD", 2'000, "t cement")}, 2024);
    auto inv = inventory();
    inv.intensityPerOutput = accounting::Intensity{*d.organization.output, 950.0 / 2'000, 940.0 / 2'000};
    EXPECT_NEAR(*targetActual(intensityTarget("t cement"), inv, d), 0.47, 1e-12);
    EXPECT_NEAR(*targetActual(intensityTarget(" t clinker "), inv, d), 0.6, 1e-12);
    EXPECT_FALSE(targetActual(intensityTarget("MWh"), inv, d));

    Target absolute = intensityTarget("");
    absolute.kind = TargetKind::Absolute;
    EXPECT_NEAR(*targetActual(absolute, inv, d), 940, 1e-12);
}

TEST(TargetActual, WithoutFiguresAnIntensityTargetHasNoActual) {
    EXPECT_FALSE(targetActual(intensityTarget("t clinker"), inventory(), accounting::resolveDenominators({}, 2024)));
}
