// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportLanguage.h"

#include <QString>

namespace cnms::report {

/**
 * The words the engine itself prints (cover labels, "Contents", the page footer ...) in the report's
 * language, which may differ from the user interface's: the UI's installed translator cannot be used.
 * Each source text is in the "cnms::report::ReportStrings" context of the translation files; a report
 * looks its text up in that language's translation (`:/i18n/cnms_<lang>.qm`) and, for Chinese, falls back
 * to the wording built in here, so a Chinese report is never printed with English labels.
 */
class ReportStrings {
public:
    enum Key {
        Contents,
        PageOfPages,    ///< "Page %1 of %2"
        Organization,
        ReportingPeriod,
        PreparedBy,
        ApprovedBy,
        ApprovalDate,
        ReportDate,
        AppendixLetter,  ///< "Appendix %1"
        TableNumber,     ///< "Table %1"
        FigureNumber,    ///< "Figure %1"
        Note,
        Warning,
        NoRows,
        RowsNotPrinted,  ///< "%1 more rows are not printed; ..."
        KeyCount
    };

    explicit ReportStrings(ReportLanguage language) : m_language(language) {}

    QString text(Key key) const;

private:
    ReportLanguage m_language;
};

}  // namespace cnms::report
