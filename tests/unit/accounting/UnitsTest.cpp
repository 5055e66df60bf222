// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/accounting/Units.h"

using namespace cnms::accounting;

TEST(Units, ParsesSymbolsAndAliases) {
    EXPECT_EQ(units::parse("t").dimension, Dimension::Mass);
    EXPECT_EQ(units::parse("kg").toBase, 1e-3);
    EXPECT_EQ(units::parse("万Nm3").symbol, "10^4 Nm3");
    EXPECT_EQ(units::parse("10^4 Nm3").symbol, "10^4 Nm3");
    EXPECT_EQ(units::parse("10^4Nm3").symbol, "10^4 Nm3");
    EXPECT_EQ(units::parse("万m3").symbol, "10^4 m3");
    EXPECT_EQ(units::parse("Nm³").symbol, "Nm3");
    EXPECT_EQ(units::parse("kwh").symbol, "kWh");
    EXPECT_EQ(units::parse("万kWh").symbol, "10^4 kWh");
    EXPECT_EQ(units::parse("t·km").symbol, "tkm");
    EXPECT_EQ(units::parse("吨").symbol, "t");
    EXPECT_EQ(units::parse("L").dimension, Dimension::Volume);
    EXPECT_FALSE(units::find("furlong").has_value());
    try {
        units::parse("furlong");
        FAIL();
    } catch (const UnitError& e) {
        EXPECT_EQ(e.code(), "unit_unknown");
        EXPECT_NE(std::string(e.what()).find("furlong"), std::string::npos);
    }
}

TEST(Units, ConvertsWithinADimension) {
    // 10^4 Nm3 = 10 000 Nm3 (the activity unit of natural gas in fuels_cn.csv).
    EXPECT_DOUBLE_EQ(units::convert(1.0, units::parse("万Nm3"), units::parse("Nm3")), 10000.0);
    EXPECT_DOUBLE_EQ(units::convert(250000.0, units::parse("Nm3"), units::parse("10^4 Nm3")), 25.0);
    // 1 kWh = 3.6 MJ, so 1 000 kWh = 1 MWh = 3.6 GJ.
    EXPECT_DOUBLE_EQ(units::convert(1000.0, units::parse("kWh"), units::parse("MWh")), 1.0);
    EXPECT_DOUBLE_EQ(units::convert(1.0, units::parse("MWh"), units::parse("GJ")), 3.6);
    EXPECT_DOUBLE_EQ(units::convert(1.0, units::parse("万kWh"), units::parse("MWh")), 10.0);
    // GB/T 2589-2020: 1 kgce = 29.3076 MJ, so 1 tce = 29.3076 GJ and 100 tce = 2930.76 GJ.
    EXPECT_DOUBLE_EQ(units::convert(100.0, units::parse("tce"), units::parse("GJ")), 2930.76);
    EXPECT_DOUBLE_EQ(units::convert(1.0, units::parse("TJ"), units::parse("GJ")), 1000.0);
    EXPECT_DOUBLE_EQ(units::convert(2500.0, units::parse("kg"), units::parse("t")), 2.5);
    EXPECT_DOUBLE_EQ(units::convert(1500.0, units::parse("L"), units::parse("m3")), 1.5);
}

TEST(Units, RefusesDimensionMismatchNamingBothUnits) {
    try {
        units::factor(units::parse("kWh"), units::parse("t"));
        FAIL();
    } catch (const UnitError& e) {
        EXPECT_EQ(e.code(), "unit_dimension_mismatch");
        std::string msg = e.what();
        EXPECT_NE(msg.find("kWh"), std::string::npos);
        EXPECT_NE(msg.find("energy"), std::string::npos);
        EXPECT_NE(msg.find("mass"), std::string::npos);
    }
}

TEST(Units, NeverMixesNormalAndMeasuredVolumes) {
    EXPECT_FALSE(units::convertible(units::parse("m3"), units::parse("Nm3")));
    try {
        units::factor(units::parse("万m3"), units::parse("10^4 Nm3"));
        FAIL();
    } catch (const UnitError& e) {
        EXPECT_EQ(e.code(), "volume_basis_mismatch");
    }
}

TEST(Units, ParsesFactorUnits) {
    auto ncv = units::parseFactorUnit("GJ/10^4 Nm3");
    EXPECT_EQ(ncv.numerator.symbol, "GJ");
    EXPECT_EQ(ncv.denominator.symbol, "10^4 Nm3");
    EXPECT_TRUE(ncv.species.empty());
    EXPECT_DOUBLE_EQ(ncv.toBase(), 1e-4);  // GJ per Nm3

    auto grid = units::parseFactorUnit("tCO2/MWh");
    EXPECT_EQ(grid.species, "CO2");
    EXPECT_EQ(grid.denominator.symbol, "MWh");
    EXPECT_EQ(grid.text(), "tCO2/MWh");

    auto kgtj = units::parseFactorUnit("kg/TJ");
    EXPECT_DOUBLE_EQ(kgtj.toBase(), 1e-6);  // t per GJ

    EXPECT_EQ(units::parseFactorUnit("tC/TJ").species, "C");
    EXPECT_EQ(units::parseFactorUnit("kg C/GJ").species, "C");
    EXPECT_EQ(units::parseFactorUnit("tCO2e/tkm").species, "CO2e");
    EXPECT_EQ(units::parseFactorUnit("kgCO2/kWh").numerator.symbol, "kg");
    EXPECT_EQ(units::parseFactorUnit("TJ/Gg").numerator.symbol, "TJ");
    EXPECT_DOUBLE_EQ(units::parseFactorUnit("TJ/Gg").toBase(), 1.0);  // TJ/Gg = GJ/t

    EXPECT_THROW(units::parseFactorUnit("tCO2"), UnitError);
    EXPECT_THROW(units::parseFactorUnit("tCO2/parsec"), UnitError);
    EXPECT_THROW(units::parseFactorUnit("tkm/t/t"), UnitError);
}

TEST(Units, ReadsSpeciesMasses) {
    auto s = units::findSpeciesMass("tCO2e");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->unit.symbol, "t");
    EXPECT_EQ(s->species, "CO2e");
    EXPECT_EQ(units::findSpeciesMass("kgCO2-eq")->species, "CO2e");
    EXPECT_FALSE(units::findSpeciesMass("tkm"));
    EXPECT_FALSE(units::findSpeciesMass("t"));
}
