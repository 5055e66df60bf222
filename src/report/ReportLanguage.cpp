// SPDX-License-Identifier: MIT
#include "cnms/report/ReportLanguage.h"

#include <QRegularExpression>

namespace cnms::report {

std::optional<ReportLanguage> parseReportLanguage(QStringView code) {
    // Only the language part decides; the region (zh_CN, en-GB) does not change the report.
    const QString lang = code.trimmed().toString().toLower().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0);
    if (lang == u"zh")
        return ReportLanguage::Chinese;
    if (lang == u"en")
        return ReportLanguage::English;
    return std::nullopt;
}

QString languageCode(ReportLanguage language) {
    return language == ReportLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

}  // namespace cnms::report
