// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportLanguage.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace cnms::report {

/**
 * Formats numbers and dates for the text of a report, following the report's language (not the
 * user interface's locale), so that the same report prints the same figures on every machine.
 *
 * Every figure gets thousands separators; decimals are fixed per kind of figure so that columns of a
 * table line up; a value that is not a number (a missing figure) prints as an em dash, never "nan".
 * Chinese and English both use "," for thousands and "." for decimals, as GB/T 15835 and the usual
 * English convention do.
 */
class ReportFormat {
public:
    explicit ReportFormat(ReportLanguage language);

    ReportLanguage language() const { return m_language; }

    /** A whole number with thousands separators: 1234567 -> "1,234,567". */
    QString integer(qint64 value) const;

    /** A number with exactly `decimals` decimals, rounded half away from zero: 1234.5 -> "1,234.50". */
    QString number(double value, int decimals) const;

    /**
     * An amount of emissions in tonnes of CO2 equivalent (the unit goes in the column header, not here),
     * with `decimals` fixed decimals (two by default, the precision of the inventory tables).
     */
    QString tonnesCo2e(double tonnes, int decimals = 2) const;

    /** A share given as a fraction, printed as a percentage: 0.1234 -> "12.3%" (one decimal by default). */
    QString percent(double fraction, int decimals = 1) const;

    /** A date in words: "2025年3月31日" in Chinese, "31 March 2025" in English; empty for a null date. */
    QString date(const QDate& date) const;

    /** A reporting period: "2024年1月1日至2024年12月31日" / "1 January 2024 – 31 December 2024". */
    QString period(const QDate& from, const QDate& to) const;

    /** What a missing figure prints as (an em dash). */
    static QString missing();

private:
    ReportLanguage m_language;
    QLocale m_locale;
};

}  // namespace cnms::report
