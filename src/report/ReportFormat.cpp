// SPDX-License-Identifier: MIT
#include "cnms/report/ReportFormat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cnms::report {

namespace {

QLocale localeFor(ReportLanguage language) {
    QLocale locale = language == ReportLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates);
    // Group separators on, and no locale-specific digit or sign quirks.
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

/// Rounds half away from zero at `decimals`, as an accountant rounds, instead of the binary value's
/// accident (2.675 is stored as 2.67499999... and would otherwise print as 2.67).
double roundHalfAway(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    // A relative nudge of a few ulps recovers ties that the multiplication pushed just below .5.
    const double nudged = scaled + std::copysign(std::abs(scaled) * 4 * std::numeric_limits<double>::epsilon(), scaled);
    return std::round(nudged) / scale;
}

}  // namespace

ReportFormat::ReportFormat(ReportLanguage language) : m_language(language), m_locale(localeFor(language)) {}

QString ReportFormat::integer(qint64 value) const {
    return m_locale.toString(value);
}

QString ReportFormat::number(double value, int decimals) const {
    if (!std::isfinite(value))
        return missing();
    decimals = std::clamp(decimals, 0, 10);
    double rounded = roundHalfAway(value, decimals);
    if (rounded == 0.0)
        rounded = 0.0;  // no "-0.00" for a tiny negative value
    return m_locale.toString(rounded, 'f', decimals);
}

QString ReportFormat::tonnesCo2e(double tonnes, int decimals) const {
    return number(tonnes, decimals);
}

QString ReportFormat::percent(double fraction, int decimals) const {
    if (!std::isfinite(fraction))
        return missing();
    return number(fraction * 100.0, decimals) + QLatin1Char('%');
}

QString ReportFormat::date(const QDate& date) const {
    if (!date.isValid())
        return {};
    if (m_language == ReportLanguage::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(m_locale.monthName(date.month())).arg(date.year());
}

QString ReportFormat::period(const QDate& from, const QDate& to) const {
    const auto day = [this](const QDate& d) { return d.isValid() ? date(d) : missing(); };
    if (m_language == ReportLanguage::Chinese)
        return QStringLiteral("%1至%2").arg(day(from), day(to));
    return QStringLiteral("%1 – %2").arg(day(from), day(to));
}

QString ReportFormat::missing() {
    return QStringLiteral("—");
}

}  // namespace cnms::report
