// SPDX-License-Identifier: MIT
#include "ActivityCsv.h"

#include <cstdio>

namespace cnms::bench {

std::string activityCsv(std::size_t rows) {
    std::string s;
    s.reserve(rows * 110);
    s += "record_id,site,period_start,period_end,source_type,activity,quantity,unit,iso_category,ncv,ncv_unit,"
         "carbon_content,oxidation_rate,ch4_kg_per_tj,n2o_kg_per_tj,factor_value,factor_unit,data_quality,evidence,note\n";
    static const char* kinds[] = {
        "fuel_combustion,diesel,%g,t,,,,,,,,,,measured",
        "fuel_combustion,natural_gas,%g,万Nm3,,,,,,,,,,measured",
        "fuel_combustion,bituminous_coal,%g,t,,23.5,GJ/t,,,,,,,calculated",
        "purchased_electricity,east_2023,%g,MWh,,,,,,,,,,measured",
        "purchased_electricity,cn_2023_avg,%g,kWh,,,,,,,,,,measured",
        "purchased_heat,heat_default,%g,GJ,,,,,,,,,,estimated",
        "fugitive,HFC-134a,%g,kg,,,,,,,,,,estimated",
        "process,CO2,%g,t,,,,,,,,0.52,tCO2/t,calculated",
        "co2_recovered,captured CO2,%g,t,,,,,,,,,,measured",
        "indirect_other,road freight,%g,tkm,3,,,,,,,0.000062,tCO2e/tkm,estimated",
    };
    char line[256], fmt[256];
    for (std::size_t i = 0; i < rows; ++i) {
        const int month = static_cast<int>(i % 12) + 1;
        const int site = static_cast<int>((i / 12) % kBenchSites);
        const double q = 1.0 + static_cast<double>((i * 7919) % 100000) / 100.0;
        std::snprintf(fmt, sizeof fmt, "R%zu,S%02d,2024-%02d-01,2024-%02d-28,%s,INV-%zu,\n", i, site, month, month,
                      kinds[i % 10], i % 9973);
        std::snprintf(line, sizeof line, fmt, q);
        s += line;
    }
    return s;
}

}  // namespace cnms::bench
