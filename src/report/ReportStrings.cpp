// SPDX-License-Identifier: MIT
#include "ReportStrings.h"

#include "cnms/report/ReportText.h"

#include <QCoreApplication>

#include <array>

namespace cnms::report {

namespace {

constexpr const char* kContext = "cnms::report::ReportStrings";

struct Entry {
    const char* source;   // English, as lupdate extracts it
    const char* chinese;  // the wording a Chinese report uses when no translation file says otherwise
};

const std::array<Entry, ReportStrings::KeyCount> kEntries = {{
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Contents"), "目  录"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Page %1 of %2"), "第 %1 页 / 共 %2 页"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Organization"), "组织名称"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Reporting period"), "报告期"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Prepared by"), "编制"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Approved by"), "批准"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Approval date"), "批准日期"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Report date"), "报告日期"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Appendix %1"), "附录%1"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Table %1"), "表%1"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Figure %1"), "图%1"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Note"), "说明"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "Warning"), "注意"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings", "No records"), "无记录"},
    {QT_TRANSLATE_NOOP("cnms::report::ReportStrings",
                       "%1 more rows are not printed; export the full list from the workbench."),
     "另有 %1 行未打印，完整清单请从工作台导出。"},
}};

}  // namespace

QString ReportStrings::text(Key key) const {
    const Entry& entry = kEntries.at(static_cast<std::size_t>(key));
    const QString text = reportText(m_language, kContext, entry.source);
    if (text != QLatin1String(entry.source))
        return text;
    return m_language == ReportLanguage::Chinese ? QString::fromUtf8(entry.chinese) : QString::fromUtf8(entry.source);
}

}  // namespace cnms::report
