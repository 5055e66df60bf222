// SPDX-License-Identifier: MIT
#include "DemoParts.h"

#include "cnms/accounting/ProductionFigureService.h"

namespace cnms::demo {
using namespace cnms::accounting;

// Plausible for one 4 000 t/d clinker line feeding its own grinding station: about 1.2 Mt clinker
// and, at a clinker factor near 0.8, 1.45–1.5 Mt cement a year; revenue at 340–350 CNY/t cement.
void populateProduction(ProjectStore& store) {
    ProductionFigureService service(store);
    auto add = [&](FigureKind kind, int year, std::string site, double quantity, std::string unit, std::string product,
                   std::string evidence) {
        ProductionFigure f;
        f.kind = kind;
        f.year = year;
        f.site = std::move(site);
        f.quantity = quantity;
        f.unit = std::move(unit);
        f.product = std::move(product);
        f.evidence = std::move(evidence);
        service.add(f);
    };
    add(FigureKind::Output, 2023, "CX-CLK", 1'180'000, "t clinker", "硅酸盐水泥熟料", "2023 年生产统计年报 表 3");
    add(FigureKind::Output, 2023, "HZ-GRD", 1'450'000, "t cement", "P·O 42.5 / P·C 42.5 水泥", "2023 年生产统计年报 表 4");
    add(FigureKind::Output, 2023, "", 1'450'000, "t cement", "水泥（公司合计）", "2023 年生产统计年报 表 1");
    add(FigureKind::Revenue, 2023, "", 50'750, std::string(kDefaultRevenueUnit), "营业收入", "2023 年度审计报告 利润表");
    add(FigureKind::Output, 2024, "CX-CLK", 1'210'000, "t clinker", "硅酸盐水泥熟料", "2024 年生产统计年报 表 3");
    add(FigureKind::Output, 2024, "HZ-GRD", 1'480'000, "t cement", "P·O 42.5 / P·C 42.5 水泥", "2024 年生产统计年报 表 4");
    add(FigureKind::Output, 2024, "", 1'480'000, "t cement", "水泥（公司合计）", "2024 年生产统计年报 表 1");
    add(FigureKind::Revenue, 2024, "", 49'580, std::string(kDefaultRevenueUnit), "营业收入", "2024 年度审计报告 利润表");
}

}  // namespace cnms::demo
