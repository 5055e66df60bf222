// SPDX-License-Identifier: MIT
#include "SampleReport.h"

#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

namespace cnms::report::sample {

namespace {

bool zh(ReportLanguage language) {
    return language == ReportLanguage::Chinese;
}

QString pick(ReportLanguage language, const char* chinese, const char* english) {
    return zh(language) ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

void styleChart(QChart& chart, const ReportStyle& style, const QString& title) {
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setTheme(QChart::ChartThemeLight);
    chart.setBackgroundRoundness(0);
    chart.setTitle(title);
    chart.setTitleFont(style.font(11, true));
    chart.legend()->setFont(style.font(9));
    chart.legend()->setAlignment(Qt::AlignRight);
}

std::unique_ptr<QChart> categoryPie(ReportLanguage language, const ReportStyle& style) {
    auto chart = std::make_unique<QChart>();
    styleChart(*chart, style, pick(language, "按类别的排放构成", "Emissions by category"));
    auto* series = new QPieSeries;
    series->append(pick(language, "类别1 直接排放", "Cat. 1 Direct"), 812400.0);
    series->append(pick(language, "类别2 外购能源", "Cat. 2 Energy"), 96500.0);
    series->append(pick(language, "类别3 运输", "Cat. 3 Transport"), 41200.0);
    series->append(pick(language, "类别4 外购产品", "Cat. 4 Products"), 63800.0);
    const ReportFormat format(language);
    const double total = series->sum();
    // Shares in the legend rather than on the slices: small slices' labels would overlap.
    for (QPieSlice* slice : series->slices())
        slice->setLabel(slice->label() + QStringLiteral("  ") + format.percent(slice->value() / total));
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

std::unique_ptr<QChart> monthlyStackedBars(ReportLanguage language, const ReportStyle& style) {
    auto chart = std::make_unique<QChart>();
    styleChart(*chart, style, pick(language, "各月排放量（tCO₂e）", "Monthly emissions (tCO₂e)"));
    auto* direct = new QBarSet(pick(language, "范围1", "Scope 1"));
    auto* energy = new QBarSet(pick(language, "范围2", "Scope 2"));
    QStringList months;
    for (int month = 1; month <= 12; ++month) {
        months << (zh(language) ? QStringLiteral("%1月").arg(month) : QLocale(QLocale::English).monthName(month, QLocale::ShortFormat));
        // A kiln shut down for maintenance in February and August.
        const bool maintenance = month == 2 || month == 8;
        *direct << (maintenance ? 31000.0 : 72000.0 + 900.0 * month);
        *energy << (maintenance ? 3500.0 : 8200.0 + 60.0 * month);
    }
    auto* series = new QStackedBarSeries;
    series->append(direct);
    series->append(energy);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsFont(style.font(8));
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, 100000);
    axisY->setTickCount(6);
    axisY->setLabelsFont(style.font(8));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

}  // namespace

std::vector<SourceRow> sourceRegister(ReportLanguage language, int count) {
    const QStringList sites = {pick(language, "长兴熟料生产基地", "Changxing clinker plant"),
                               pick(language, "杭州粉磨站", "Hangzhou grinding station"),
                               pick(language, "杭州总部", "Hangzhou head office")};
    struct Kind {
        QString source;
        QString scope;
        QString unit;
        double factor;
    };
    const std::vector<Kind> kinds = {
        {pick(language, "回转窑燃煤", "Kiln coal"), pick(language, "范围1", "Scope 1"), QStringLiteral("t"), 1.9},
        {pick(language, "生料碳酸盐分解", "Raw meal calcination"), pick(language, "范围1", "Scope 1"), QStringLiteral("t"), 0.525},
        {pick(language, "外购电力", "Purchased electricity"), pick(language, "范围2", "Scope 2"), QStringLiteral("MWh"), 0.5703},
        {pick(language, "厂内车辆柴油", "Site vehicles diesel"), pick(language, "范围1", "Scope 1"), QStringLiteral("t"), 3.096},
    };
    std::vector<SourceRow> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int i = 1; i <= count; ++i) {
        const Kind& kind = kinds[static_cast<std::size_t>((i - 1) % kinds.size())];
        SourceRow row;
        row.number = i;
        row.site = sites[(i - 1) % sites.size()];
        row.source = kind.source + QStringLiteral(" #%1").arg((i - 1) / 4 + 1);
        row.scope = kind.scope;
        row.activity = i == 1 ? 86420.5 : 120.0 + ((i * 7919) % 9973) * 1.25;
        row.unit = kind.unit;
        row.factor = kind.factor;
        row.emissions = row.activity * row.factor;
        rows.push_back(row);
    }
    return rows;
}

double registerTotal(const std::vector<SourceRow>& rows) {
    return std::accumulate(rows.begin(), rows.end(), 0.0, [](double sum, const SourceRow& r) { return sum + r.emissions; });
}

ReportDocument build(ReportLanguage language, int registerRows) {
    const ReportFormat format(language);
    const ReportStyle style = ReportStyle::standard(language);
    ReportDocument doc;

    ReportCover& cover = doc.cover();
    cover.title = pick(language, "2024年度温室气体排放报告", "Greenhouse Gas Inventory Report 2024");
    cover.subtitle = pick(language, "依据 ISO 14064-1:2018 编制", "Prepared in accordance with ISO 14064-1:2018");
    cover.organization = QStringLiteral("浙江钱塘水泥有限公司");
    cover.period = format.period(QDate(2024, 1, 1), QDate(2024, 12, 31));
    cover.preparedBy = pick(language, "能源环保部 王晓明", "Energy & Environment Dept., Wang Xiaoming");
    cover.approvedBy = pick(language, "总经理 陈建国", "General Manager Chen Jianguo");
    cover.approvedOn = QDate(2025, 3, 28);
    cover.reportDate = QDate(2025, 3, 31);
    cover.standardLine = pick(language, "碳中和管理体系：《工业碳中和管理体系 要求》",
                              "Carbon neutrality management system: Industrial carbon neutrality management system — Requirements");

    doc.addHeading(1, pick(language, "概述", "Introduction"));
    doc.addParagraph(pick(language,
        "本报告依据《工业碳中和管理体系 要求》和 ISO 14064-1:2018，对浙江钱塘水泥有限公司2024年1月1日至12月31日"
        "期间的温室气体排放进行了量化和报告。报告边界采用运营控制法，涵盖长兴熟料生产基地、杭州粉磨站和杭州总部三个场所。"
        "熟料煅烧过程中碳酸盐分解产生的过程排放和回转窑燃煤产生的燃烧排放是本组织最主要的排放源，二者合计占直接排放的"
        "百分之九十以上。报告期内，公司完成了窑尾余热发电系统改造和两条粉磨线的变频改造，外购电力较上年下降百分之六点二。"
        "本报告所用排放因子取自国家发布的行业核算指南和《省级温室气体清单编制指南》，全球增温潜势取自IPCC第六次评估报告。"
        "活动数据来自企业能源计量台账、原燃料购进凭证和电力结算单，经能源环保部逐月核对。对于二月和八月窑系统检修期间"
        "缺失的部分计量数据，本报告采用相邻月份单位产品能耗进行估算，并在第5章说明了估算方法及其对结果不确定性的影响。"
        "本报告经公司总经理批准后发布，用于内部管理评审、对外信息披露以及第三方核查。",
        "This report quantifies and reports the greenhouse gas emissions of Zhejiang Qiantang Cement Co., Ltd. from "
        "1 January to 31 December 2024 in accordance with ISO 14064-1:2018 and the industrial carbon neutrality management "
        "system requirements. The boundary follows the operational control approach and covers the Changxing clinker "
        "plant, the Hangzhou grinding station and the Hangzhou head office. Process emissions from carbonate "
        "decomposition and combustion emissions from kiln coal are the largest sources, together more than ninety "
        "percent of direct emissions. Missing meter readings during the kiln maintenance in February and August were "
        "estimated from the specific energy use of adjacent months; chapter 5 describes the method."));
    doc.addParagraph(pick(language,
        "报告中的数值保留两位小数，单位为吨二氧化碳当量（tCO₂e）。",
        "Figures are rounded to two decimals and given in tonnes of CO₂ equivalent (tCO₂e)."));

    doc.addHeading(1, pick(language, "组织与报告边界", "Organization and boundaries"));
    doc.addHeading(2, pick(language, "组织基本信息", "The organization"));
    doc.addKeyValues({
        {pick(language, "组织名称", "Name"), QStringLiteral("浙江钱塘水泥有限公司")},
        {pick(language, "统一社会信用代码", "Unified social credit code"), QStringLiteral("91330522MA2B3C4D57")},
        {pick(language, "行业", "Industry"), pick(language, "C3011 水泥制造", "C3011 Cement manufacturing")},
        {pick(language, "地址", "Address"), QStringLiteral("浙江省湖州市长兴县煤山镇工业园区8号")},
        {pick(language, "合并方法", "Consolidation"), pick(language, "运营控制法", "Operational control")},
    });
    doc.addHeading(2, pick(language, "报告边界", "Reporting boundary"));
    doc.addParagraph(pick(language, "报告边界包括以下三个场所，均为100%运营控制。",
                          "The boundary includes the following three sites, all under 100% operational control."));

    doc.addHeading(1, pick(language, "排放量汇总", "Emissions summary"));
    ReportTable summary;
    summary.caption = pick(language, "按类别的温室气体排放量", "Emissions by ISO 14064-1 category");
    summary.columns = {{pick(language, "类别", "Category"), ColumnAlign::Left, 3.0},
                       {pick(language, "排放量（tCO₂e）", "Emissions (tCO₂e)"), ColumnAlign::Right, 1.6},
                       {pick(language, "占比", "Share"), ColumnAlign::Right, 1.0}};
    const std::vector<std::pair<QString, double>> categories = {
        {pick(language, "类别1 直接排放和清除", "Category 1 Direct emissions and removals"), 812400.0},
        {pick(language, "类别2 外购能源的间接排放", "Category 2 Indirect emissions from imported energy"), 96500.0},
        {pick(language, "类别3 运输的间接排放", "Category 3 Indirect emissions from transportation"), 41200.0},
        {pick(language, "类别4 组织使用的产品的间接排放", "Category 4 Indirect emissions from products used"), 63800.0},
        {pick(language, "类别5 与组织产品使用相关的间接排放", "Category 5 Indirect emissions from the use of products"),
         std::numeric_limits<double>::quiet_NaN()},
        {pick(language, "类别6 其他来源的间接排放", "Category 6 Indirect emissions from other sources"), 0.0},
    };
    double total = 0;
    for (const auto& [name, value] : categories)
        total += std::isfinite(value) ? value : 0.0;
    for (const auto& [name, value] : categories)
        summary.rows.push_back({name, format.tonnesCo2e(value), std::isfinite(value) ? format.percent(value / total) : format.missing()});
    summary.totals = QStringList{pick(language, "合计", "Total"), format.tonnesCo2e(total), format.percent(1.0)};
    doc.addTable(summary);

    {
        const auto pie = categoryPie(language, style);
        doc.addChart(pie.get(), pick(language, "按类别的排放构成", "Emissions by category"), {150.0, 85.0});
    }
    doc.addHeading(2, pick(language, "月度排放", "Monthly emissions"));
    doc.addParagraph(pick(language, "二月和八月为窑系统计划检修月份，排放量明显下降。",
                          "February and August were planned kiln maintenance months, with visibly lower emissions."));
    {
        const auto bars = monthlyStackedBars(language, style);
        doc.addChart(bars.get(), pick(language, "各月范围1和范围2排放量", "Scope 1 and scope 2 emissions by month"),
                     {160.0, 85.0});
    }

    doc.addHeading(1, pick(language, "排放源清单", "Emission source register"));
    doc.addParagraph(pick(language, "下表列出报告期内纳入核算的全部排放源及其活动数据、排放因子和排放量。",
                          "The table lists every source in the inventory with its activity data, factor and emissions."));
    const std::vector<SourceRow> sources = sourceRegister(language, registerRows);
    ReportTable register_;
    register_.caption = pick(language, "排放源清单", "Emission sources");
    register_.columns = {{pick(language, "序号", "No."), ColumnAlign::Right, 0.6},
                         {pick(language, "场所", "Site"), ColumnAlign::Left, 2.1},
                         {pick(language, "排放源", "Source"), ColumnAlign::Left, 2.4},
                         {pick(language, "范围", "Scope"), ColumnAlign::Center, 1.0},
                         {pick(language, "活动数据", "Activity"), ColumnAlign::Right, 1.5},
                         {pick(language, "单位", "Unit"), ColumnAlign::Center, 0.8},
                         {pick(language, "排放因子", "Factor"), ColumnAlign::Right, 1.0},
                         {pick(language, "排放量（tCO₂e）", "tCO₂e"), ColumnAlign::Right, 1.7}};
    for (const SourceRow& row : sources) {
        register_.rows.push_back({format.integer(row.number), row.site, row.source, row.scope,
                                  format.number(row.activity, 2), row.unit, format.number(row.factor, 4),
                                  format.tonnesCo2e(row.emissions)});
    }
    register_.totals = QStringList{QString(), pick(language, "合计", "Total"), QString(), QString(), QString(), QString(),
                                   QString(), format.tonnesCo2e(registerTotal(sources))};
    doc.addTable(register_);

    doc.addHeading(1, pick(language, "数据质量与不确定性", "Data quality and uncertainty"));
    doc.addCallout(CalloutKind::Warning,
                   pick(language, "长兴熟料生产基地2024年2月和8月的入窑煤计量数据缺失（共11天），已按相邻月份单位熟料煤耗估算。"
                                  "请在核查前补充计量记录或保留估算依据。",
                        "Kiln coal meter readings of the Changxing clinker plant are missing for February and August 2024 "
                        "(11 days); they were estimated from the specific coal use of adjacent months. Add the meter "
                        "records or keep the estimation basis before verification."),
                   pick(language, "数据缺失", "Missing data"));
    doc.addParagraph(pick(language, "采用误差传递法估算，报告期排放总量的不确定性约为±3.8%。",
                          "By error propagation, the uncertainty of total emissions is about ±3.8%."));
    doc.addCallout(CalloutKind::Note, pick(language, "类别5和类别6未量化，理由见重要性评估记录。",
                                           "Categories 5 and 6 were not quantified; see the significance assessment."));

    doc.beginAppendix(pick(language, "核算方法说明", "Quantification methods"));
    doc.addParagraph(pick(language, "燃料燃烧排放 = 活动数据 × 低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12。",
                          "Combustion emissions = activity data × net calorific value × carbon content × oxidation rate × 44/12."));
    ReportTable empty;
    empty.caption = pick(language, "碳清除项目", "Removals");
    empty.columns = {{pick(language, "项目", "Project")}, {pick(language, "清除量（tCO₂e）", "Removals (tCO₂e)"), ColumnAlign::Right}};
    doc.addTable(empty);
    return doc;
}

}  // namespace cnms::report::sample
