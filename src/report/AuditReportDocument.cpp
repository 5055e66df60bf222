// SPDX-License-Identifier: MIT
// The audit report carries its own Chinese and English wording (as docs/reports.md allows): it is
// built by the workbench and by `cnms report audit`, and the latter has no translator installed.
#include "cnms/report/AuditReportDocument.h"

#include <QDate>

#include <map>

#include "cnms/audit/AuditReport.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/report/ReportFormat.h"

namespace cnms::report {
namespace {

class Words {
public:
    explicit Words(ReportLanguage language) : m_zh(language == ReportLanguage::Chinese) {}
    /** The text in the report's language. */
    QString operator()(const char* en, const char* zh) const { return QString::fromUtf8(m_zh ? zh : en); }
    bool chinese() const { return m_zh; }

    QString result(FindingResult result) const {
        switch (result) {
            case FindingResult::Open: return (*this)("Not answered", "未回答");
            case FindingResult::Conforming: return (*this)("Conforming", "符合");
            case FindingResult::MajorNonconformity: return (*this)("Major nonconformity", "严重不符合");
            case FindingResult::MinorNonconformity: return (*this)("Minor nonconformity", "一般不符合");
            case FindingResult::Observation: return (*this)("Observation", "观察项");
            case FindingResult::Improvement: return (*this)("Opportunity for improvement", "改进机会");
            case FindingResult::NotApplicable: return (*this)("Not applicable", "不适用");
        }
        return {};
    }
    QString state(NcState state) const {
        switch (state) {
            case NcState::Raised: return (*this)("Raised", "已提出");
            case NcState::Contained: return (*this)("Contained", "已纠正");
            case NcState::CauseAnalysed: return (*this)("Cause analysed", "已分析原因");
            case NcState::ActionPlanned: return (*this)("Action planned", "已制定措施");
            case NcState::Implemented: return (*this)("Implemented", "已实施");
            case NcState::Verified: return (*this)("Verified", "已验证");
            case NcState::Closed: return (*this)("Closed", "已关闭");
        }
        return {};
    }
    QString severity(NcSeverity severity) const {
        return severity == NcSeverity::Major ? (*this)("Major", "严重") : (*this)("Minor", "一般");
    }
    QString status(AuditStatus status) const {
        switch (status) {
            case AuditStatus::Planned: return (*this)("Planned", "已计划");
            case AuditStatus::InProgress: return (*this)("In progress", "进行中");
            case AuditStatus::Completed: return (*this)("Completed", "已完成");
        }
        return {};
    }

private:
    bool m_zh;
};

QString qs(const std::string& text) { return QString::fromStdString(text); }
QDate qdate(const std::string& iso) { return QDate::fromString(qs(iso), Qt::ISODate); }

QString joined(const std::vector<std::string>& parts, const QString& separator) {
    QStringList list;
    for (const auto& p : parts) list << qs(p);
    return list.join(separator);
}

QString clauseTitle(const std::string& id, const Words& w) {
    const auto clause = ClauseCatalogue::shipped().find(id);
    if (!clause) return qs(id);
    return qs(id) + QLatin1Char(' ') + qs(w.chinese() || clause->titleEn.empty() ? clause->titleZh : clause->titleEn);
}

QString auditorText(const Auditor& a) {
    return a.department.empty() ? qs(a.name) : QStringLiteral("%1 (%2)").arg(qs(a.name), qs(a.department));
}

void addSummary(ReportDocument& doc, const AuditReport& r, const Words& w, const ReportFormat& fmt) {
    const Audit& a = r.audit;
    doc.addHeading(1, w("Summary", "概述"));
    doc.addKeyValues({{w("Audit", "审核编号"), qs(a.code)},
                      {w("Title", "审核名称"), qs(a.title)},
                      {w("Status", "状态"), w.status(a.status)},
                      {w("Dates", "审核日期"), fmt.period(qdate(a.startDate), qdate(a.endDate))},
                      {w("Objective", "审核目的"), qs(a.objective)},
                      {w("Criteria", "审核准则"), qs(a.criteria)}});
    ReportTable counts;
    counts.caption = w("Checklist items by result", "检查项结果统计");
    counts.columns = {{w("Result", "结果"), ColumnAlign::Left, 3.0}, {w("Items", "项数"), ColumnAlign::Right, 1.0}};
    int total = 0;
    for (FindingResult result : {FindingResult::Conforming, FindingResult::MajorNonconformity,
                                 FindingResult::MinorNonconformity, FindingResult::Observation,
                                 FindingResult::Improvement, FindingResult::NotApplicable, FindingResult::Open}) {
        const auto it = r.counts.find(result);
        const int n = it == r.counts.end() ? 0 : it->second;
        total += n;
        if (n > 0 || result != FindingResult::Open) counts.rows.push_back({w.result(result), fmt.integer(n)});
    }
    counts.totals = QStringList{w("Total", "合计"), fmt.integer(total)};
    doc.addTable(std::move(counts));
}

void addScope(ReportDocument& doc, const AuditReport& r, const Words& w) {
    const Audit& a = r.audit;
    doc.addHeading(1, w("Scope", "审核范围"));
    doc.addKeyValues({{w("Clause selection", "条款范围"), qs(a.clauseSelection)},
                      {w("Sites", "场所"), joined(a.sites, QStringLiteral(", "))},
                      {w("Rationale", "审核依据"), qs(a.rationale)}});
    ReportTable processes;
    processes.caption = w("Audited processes", "受审核过程");
    processes.columns = {{w("Process", "过程"), ColumnAlign::Left, 2.0},
                         {w("Department", "部门"), ColumnAlign::Left, 1.5},
                         {w("Owner", "负责人"), ColumnAlign::Left, 1.0}};
    for (const auto& p : a.processes) processes.rows.push_back({qs(p.name), qs(p.department), qs(p.owner)});
    doc.addTable(std::move(processes));

    doc.addHeading(1, w("Audit team and auditees", "审核组和受审核方"));
    QStringList team;
    for (const auto& t : a.team) team << auditorText(t);
    doc.addKeyValues({{w("Lead auditor", "审核组长"), auditorText(a.lead)},
                      {w("Auditors", "审核员"), team.join(QStringLiteral(", "))},
                      {w("Auditees", "受审核人员"), joined(a.auditees, QStringLiteral(", "))}});
    for (const auto& d : a.independence)
        doc.addCallout(CalloutKind::Note,
                       w("%1: %2 Acknowledged by %3: %4", "%1：%2 已由%3确认，理由：%4")
                           .arg(qs(d.auditor), qs(d.conflict), qs(d.acknowledgedBy), qs(d.reason)),
                       w("Independence", "审核独立性"));
}

void addFindings(ReportDocument& doc, const AuditReport& r, const Words& w, const ReportFormat& fmt) {
    doc.addHeading(1, w("Findings by clause", "按条款的审核发现"));
    // Clauses in checklist order, each with its counts; then the items that are not simply conforming.
    std::vector<std::string> order;
    std::map<std::string, std::map<FindingResult, int>> byClause;
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const auto& clause = r.items[i].clauseId;
        if (!byClause.count(clause)) order.push_back(clause);
        ++byClause[clause][r.effectiveResults[i]];
    }
    std::map<std::string, int> scores;
    for (const auto& s : r.scores) scores[s.clauseId] = s.score;
    ReportTable table;
    table.caption = w("Results per clause", "各条款检查结果");
    table.columns = {{w("Clause", "条款"), ColumnAlign::Left, 4.0},
                     {w("Items", "项数"), ColumnAlign::Right, 1.0},
                     {w("Conforming", "符合"), ColumnAlign::Right, 1.0},
                     {w("Major", "严重"), ColumnAlign::Right, 1.0},
                     {w("Minor", "一般"), ColumnAlign::Right, 1.0},
                     {w("Obs./OFI", "观察/改进"), ColumnAlign::Right, 1.0},
                     {w("Score", "评分"), ColumnAlign::Right, 1.0}};
    for (const auto& clause : order) {
        auto& c = byClause[clause];
        int items = 0;
        for (const auto& [result, n] : c) items += n;
        const auto score = scores.find(clause);
        table.rows.push_back({clauseTitle(clause, w), fmt.integer(items),
                              fmt.integer(c[FindingResult::Conforming]),
                              fmt.integer(c[FindingResult::MajorNonconformity]),
                              fmt.integer(c[FindingResult::MinorNonconformity]),
                              fmt.integer(c[FindingResult::Observation] + c[FindingResult::Improvement]),
                              score == scores.end() ? ReportFormat::missing()
                                                    : QStringLiteral("%1/%2").arg(score->second).arg(kMaxClauseScore)});
    }
    doc.addTable(std::move(table));

    ReportTable details;
    details.caption = w("Findings other than conforming", "非“符合”的审核发现");
    details.columns = {{w("Item", "检查项"), ColumnAlign::Left, 0.8},
                       {w("Question", "检查内容"), ColumnAlign::Left, 3.0},
                       {w("Result", "结果"), ColumnAlign::Left, 1.2},
                       {w("Evidence", "证据"), ColumnAlign::Left, 3.0}};
    details.emptyText = w("Every item was found conforming.", "所有检查项均为符合。");
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const auto& item = r.items[i];
        const FindingResult effective = r.effectiveResults[i];
        if (effective == FindingResult::Conforming) continue;
        QString result = w.result(effective);
        if (effective != item.result)
            result += w(" (corrected from %1)", "（由“%1”更正）").arg(w.result(item.result));
        details.rows.push_back({qs(item.ref), qs(item.question(w.chinese() ? "zh" : "en")), result, qs(item.evidence)});
    }
    doc.addTable(std::move(details));

    if (!r.corrections.empty()) {
        ReportTable corrections;
        corrections.caption = w("Corrections after completion", "审核完成后的更正");
        corrections.columns = {{w("Item", "检查项"), ColumnAlign::Left, 0.8},
                               {w("Result", "结果"), ColumnAlign::Left, 1.2},
                               {w("Reason", "理由"), ColumnAlign::Left, 3.0},
                               {w("By", "更正人"), ColumnAlign::Left, 1.0}};
        for (const auto& c : r.corrections)
            corrections.rows.push_back({qs(c.itemRef), w.result(c.result), qs(c.reason), qs(c.correctedBy)});
        doc.addTable(std::move(corrections));
    }
}

void addNonconformities(ReportDocument& doc, const AuditReport& r, const Words& w, const ReportFormat& fmt) {
    doc.addHeading(1, w("Nonconformities", "不符合项"));
    ReportTable table;
    table.caption = w("Nonconformities raised from the audit", "本次审核提出的不符合项");
    table.columns = {{w("NC", "编号"), ColumnAlign::Left, 0.9},
                     {w("Clause", "条款"), ColumnAlign::Left, 0.6},
                     {w("Severity", "严重程度"), ColumnAlign::Left, 0.8},
                     {w("Description", "描述"), ColumnAlign::Left, 3.5},
                     {w("State", "状态"), ColumnAlign::Left, 1.0},
                     {w("Raised", "提出日期"), ColumnAlign::Right, 1.0}};
    table.emptyText = w("The audit raised no nonconformity.", "本次审核未提出不符合项。");
    for (const auto& nc : r.nonconformities)
        table.rows.push_back({qs(nc.code()), qs(nc.clauseId), w.severity(nc.severity), qs(nc.description),
                              w.state(nc.state), fmt.date(qdate(nc.raisedOn))});
    doc.addTable(std::move(table));
}

}  // namespace

ReportDocument buildAuditReportDocument(ProjectStore& store, AuditId audit, ReportLanguage language) {
    const AuditReport r = buildAuditReport(store, audit);
    const Words w(language);
    const ReportFormat fmt(language);
    const Organization org = store.organization().get();

    ReportDocument doc;
    ReportCover& cover = doc.cover();
    cover.title = w("Internal Audit Report", "内部审核报告");
    cover.subtitle = QStringLiteral("%1 %2").arg(qs(r.audit.code), qs(r.audit.title));
    cover.organization = qs(org.name);
    cover.period = fmt.period(qdate(r.audit.startDate), qdate(r.audit.endDate));
    cover.preparedBy = qs(r.audit.lead.name);
    cover.approvedBy = qs(r.audit.completedBy);
    cover.approvedOn = qdate(r.audit.completedOn);
    cover.reportDate = r.audit.isCompleted() ? qdate(r.audit.completedOn) : QDate::currentDate();
    if (!org.standardNumber.empty())
        cover.standardLine = w("According to %1", "依据 %1").arg(qs(org.standardNumber));

    if (!r.audit.isCompleted())
        doc.addCallout(CalloutKind::Warning,
                       w("The audit is not completed: %1 of %2 checklist items are answered and the findings may "
                         "still change.",
                         "审核尚未完成：%2 个检查项中已回答 %1 个，审核发现仍可能变化。")
                           .arg(fmt.integer(r.answered()), fmt.integer(static_cast<qint64>(r.items.size()))),
                       w("Draft", "草稿"));
    addSummary(doc, r, w, fmt);
    addScope(doc, r, w);
    addFindings(doc, r, w, fmt);
    addNonconformities(doc, r, w, fmt);

    doc.addHeading(1, w("Conclusion", "审核结论"));
    doc.addParagraph(r.audit.conclusion.empty() ? w("No conclusion recorded yet.", "尚未记录审核结论。")
                                                : qs(r.audit.conclusion));
    if (r.audit.isCompleted())
        doc.addParagraph(w("Completed by %1 on %2.", "由%1于%2完成。")
                             .arg(qs(r.audit.completedBy), fmt.date(qdate(r.audit.completedOn))));
    return doc;
}

}  // namespace cnms::report
