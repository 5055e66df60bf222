// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportLanguage.h"

#include <QString>

namespace cnms::report {

/**
 * Looks a report builder's text up in the translation of the report's language, which may differ from the
 * user interface's (the installed QTranslator serves the UI, so `QObject::tr` cannot be used here). The
 * translations are the application's own (`:/i18n/cnms_zh_CN.qm`, `cnms_en.qm`, embedded by cnms_report);
 * without an entry the English source text is returned.
 *
 * A builder wraps it in a `tr()` member of its class, so lupdate files the strings under the class's name:
 * @code
 * QString tr(const char* s, const char* d = nullptr, int n = -1) const {
 *     return reportText(m_language, "cnms::report::InventoryReportBuilder", s, d, n);
 * }
 * @endcode
 * `n` >= 0 selects the numerus form and replaces "%n" as QCoreApplication::translate does.
 */
QString reportText(ReportLanguage language, const char* context, const char* source,
                   const char* disambiguation = nullptr, int n = -1);

/** Whether the translation file of `language` is available to reports (embedded in this program). */
bool hasReportTranslation(ReportLanguage language);

}  // namespace cnms::report
