// SPDX-License-Identifier: MIT
#include "cnms/report/ManagementReviewReportDocument.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QValueAxis>

#include <algorithm>
#include <memory>

#include "cnms/core/Errors.h"
#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportStyle.h"

namespace cnms::report {
namespace {

using review::InputKind;
using review::ManagementReview;

// The report's own words in both languages: a review is printed in the language asked for, whatever
// the language of the user interface (see docs/reports.md, "Language").
struct Words {
    ReportLanguage language;
    QString operator()(const char* english, const char* chinese) const {
        return QString::fromUtf8(language == ReportLanguage::Chinese ? chinese : english);
    }
    std::string code() const { return language == ReportLanguage::Chinese ? "zh" : "en"; }
};

QString q(const std::string& text) { return QString::fromStdString(text); }

QDate dateOf(const std::string& iso) { return QDate::fromString(q(iso.substr(0, 10)), Qt::ISODate); }

QString inputTitle(InputKind kind, const Words& w) {
    switch (kind) {
    case InputKind::PreviousActions: return w("Status of actions from previous reviews", "以往管理评审所采取措施的状况");
    case InputKind::Changes:
        return w("Changes in issues, interested parties, compliance obligations, risks and opportunities",
                 "内外部问题、相关方需求、合规义务、风险和机遇的变化");
    case InputKind::CarbonPerformance: return w("Carbon performance", "碳绩效");
    case InputKind::AuditResults: return w("Internal audit results", "内部审核结果");
    case InputKind::Nonconformities: return w("Nonconformities and corrective actions", "不符合和纠正措施");
    case InputKind::ComplianceEvaluation: return w("Results of the evaluation of compliance", "合规性评价结果");
    case InputKind::MonitoringResults: return w("Monitoring and measurement results", "监视和测量结果");
    case InputKind::Resources: return w("Adequacy of resources", "资源的充分性");
    case InputKind::Communications: return w("Communications from interested parties", "来自相关方的信息交流");
    case InputKind::Improvement: return w("Opportunities for continual improvement", "持续改进的机会");
    }
    return {};
}

/** The years and totals of the compiled "year_total" facts, in year order. */
std::vector<std::pair<int, double>> emissionTrend(const ManagementReview& r) {
    std::vector<std::pair<int, double>> out;
    if (const auto* in = r.input(InputKind::CarbonPerformance))
        for (const auto& f : in->facts)
            if (f.code == "year_total" && f.args.size() == 2) out.emplace_back(std::stoi(f.args[0]), std::stod(f.args[1]));
    std::sort(out.begin(), out.end());
    return out;
}

void addTrend(ReportDocument& doc, const std::vector<std::pair<int, double>>& trend, const Words& w) {
    const ReportFormat fmt(w.language);
    ReportTable table;
    table.caption = w("Emissions by year", "各年度排放量");
    table.columns = {{w("Year", "年度"), ColumnAlign::Left, 1.0},
                     {w("Emissions (tCO₂e)", "排放量（tCO₂e）"), ColumnAlign::Right, 1.5},
                     {w("Change against the year before", "较上年变化"), ColumnAlign::Right, 1.5}};
    for (std::size_t i = 0; i < trend.size(); ++i) {
        QString change = i == 0 || trend[i - 1].second <= 0
                             ? ReportFormat::missing()
                             : fmt.percent((trend[i].second - trend[i - 1].second) / trend[i - 1].second);
        table.rows.push_back({QString::number(trend[i].first), fmt.tonnesCo2e(trend[i].second), change});
    }
    doc.addTable(std::move(table));

    const ReportStyle style = ReportStyle::standard(w.language);
    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setTheme(QChart::ChartThemeLight);
    chart.setBackgroundRoundness(0);
    chart.setTitle(w("Total emissions (tCO₂e)", "排放总量（tCO₂e）"));
    chart.setTitleFont(style.font(11, true));
    chart.legend()->hide();
    auto* set = new QBarSet(w("Emissions", "排放量"));
    set->setColor(style.accentColor);
    QStringList years;
    double top = 0;
    for (const auto& [year, tonnes] : trend) {
        *set << tonnes;
        years << QString::number(year);
        top = std::max(top, tonnes);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(years);
    axisX->setLabelsFont(style.font(9));
    chart.addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, top * 1.15);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelsFont(style.font(8));
    chart.addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    doc.addChart(&chart, w("Emission trend", "排放趋势"), {150.0, 80.0});
}

QString orDash(const std::string& text) { return text.empty() ? ReportFormat::missing() : q(text); }

}  // namespace

ReportDocument buildManagementReviewReportDocument(ProjectStore& store, review::ReviewId reviewId,
                                                   ReportLanguage language) {
    auto found = store.managementReviews().find(reviewId);
    if (!found) throw NotFoundError("no management review with id " + std::to_string(reviewId));
    const ManagementReview& r = *found;
    const Words w{language};
    const ReportFormat fmt(language);
    const auto organization = store.organization().get();

    ReportDocument doc;
    ReportCover& cover = doc.cover();
    cover.title = w("Management Review Report", "管理评审报告");
    cover.subtitle = q(r.title) + QStringLiteral("  ") + q(r.code());
    cover.organization = q(organization.name);
    cover.period = fmt.period(dateOf(r.periodFrom), dateOf(r.periodTo));
    cover.preparedBy = q(r.createdBy);
    cover.approvedBy = q(r.chair);
    if (r.isHeld()) cover.approvedOn = dateOf(r.meetingDate);
    cover.reportDate = QDate::currentDate();

    if (!r.isHeld())
        doc.addCallout(CalloutKind::Warning,
                       w("This review is a draft: it has not been held, and its inputs and outputs may still change.",
                         "本次管理评审为草稿，尚未召开确认，其输入和输出仍可能变更。"),
                       w("Draft", "草稿"));

    doc.addHeading(1, w("Review record", "评审概况"));
    QStringList attendees;
    for (const auto& a : r.attendees) attendees << q(a);
    doc.addKeyValues({
        {w("Review", "评审编号"), q(r.code())},
        {w("Title", "名称"), q(r.title)},
        {w("Meeting date", "评审日期"), fmt.date(dateOf(r.meetingDate))},
        {w("Chair", "主持人"), q(r.chair)},
        {w("Attendees", "参加人员"), attendees.isEmpty() ? ReportFormat::missing() : attendees.join(w("; ", "、"))},
        {w("Period covered", "评审期间"), fmt.period(dateOf(r.periodFrom), dateOf(r.periodTo))},
        {w("Status", "状态"), r.isHeld() ? w("Held", "已召开") : w("Draft", "草稿")},
        {w("Held recorded by", "确认人"), orDash(r.heldBy)},
    });

    doc.addHeading(1, w("Review inputs", "评审输入"));
    doc.addParagraph(w("The inputs were compiled from the project's records for the period covered; each is followed "
                       "by the comment recorded at the review.",
                       "以下输入依据评审期间的体系记录自动汇总，每项输入后附评审时记录的意见。"));
    const auto trend = emissionTrend(r);
    for (auto kind : review::allInputKinds()) {
        doc.addHeading(2, inputTitle(kind, w));
        const auto* in = r.input(kind);
        if (!in) {
            doc.addCallout(CalloutKind::Warning, w("This input was not compiled.", "该项输入尚未汇总。"));
            continue;
        }
        QStringList lines;
        for (const auto& fact : in->facts) lines << QStringLiteral("• ") + q(review::factText(fact, w.code()));
        doc.addParagraph(lines.join(QLatin1Char('\n')));
        if (kind == InputKind::CarbonPerformance && !trend.empty()) addTrend(doc, trend, w);
        doc.addKeyValues({{w("Comment", "评审意见"),
                           in->comment.empty() ? w("No comment recorded.", "未记录意见。") : q(in->comment)}});
    }

    doc.addHeading(1, w("Review outputs", "评审输出"));
    doc.addHeading(2, w("Conclusions", "结论"));
    doc.addKeyValues({{w("Suitability", "适宜性"), orDash(r.suitability)},
                      {w("Adequacy", "充分性"), orDash(r.adequacy)},
                      {w("Effectiveness", "有效性"), orDash(r.effectiveness)}});
    doc.addHeading(2, w("Decisions", "决定"));
    ReportTable decisions;
    decisions.caption = w("Decisions of the review", "评审决定");
    decisions.columns = {{w("No.", "序号"), ColumnAlign::Right, 0.5}, {w("Decision", "决定事项"), ColumnAlign::Left, 6.0}};
    decisions.emptyText = w("No decision recorded.", "未记录决定。");
    int n = 0;
    for (const auto& d : r.decisions) decisions.rows.push_back({QString::number(++n), q(d)});
    doc.addTable(std::move(decisions));
    doc.addHeading(2, w("Resource needs", "资源需求"));
    doc.addParagraph(r.resourceNeeds.empty() ? w("None recorded.", "未记录。") : q(r.resourceNeeds));
    doc.addHeading(2, w("Changes to policy or targets", "方针或目标的变更"));
    doc.addParagraph(r.policyChanges.empty() ? w("None.", "无。") : q(r.policyChanges));

    doc.addHeading(1, w("Actions", "改进措施"));
    ReportTable actions;
    actions.caption = w("Actions decided by the review (actions register)", "评审确定的措施（措施台账）");
    actions.columns = {{w("Action", "编号"), ColumnAlign::Left, 1.0},
                       {w("Description", "措施"), ColumnAlign::Left, 4.0},
                       {w("Owner", "负责人"), ColumnAlign::Left, 1.2},
                       {w("Due", "期限"), ColumnAlign::Center, 1.2},
                       {w("Status", "状态"), ColumnAlign::Center, 1.0}};
    actions.emptyText = w("No actions.", "无措施。");
    for (const auto& a : store.actions().listBySource(review::kRecordType, r.id))
        actions.rows.push_back({q(a.code()), q(a.description), q(a.owner), q(a.dueDate),
                                a.status == ActionStatus::Implemented ? w("implemented", "已实施") : w("open", "未完成")});
    doc.addTable(std::move(actions));
    return doc;
}

}  // namespace cnms::report
