// SPDX-License-Identifier: MIT
#include "cnms/report/ReportStyle.h"

#include <QFontDatabase>

#include <algorithm>

namespace cnms::report {

namespace {

// CJK families by platform. The first installed one carries the Chinese text and is embedded in the PDF.
const QStringList kCjkFamilies = {
    QStringLiteral("WenQuanYi Micro Hei"),  // Debian: fonts-wqy-microhei (scripts/deps.sh)
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Source Han Sans SC"),
    QStringLiteral("Microsoft YaHei"),
    QStringLiteral("PingFang SC"),
    QStringLiteral("SimSun"),
};

// Latin families for English reports; Chinese names inside an English report fall back to the CJK font.
const QStringList kLatinFamilies = {
    QStringLiteral("DejaVu Sans"),
    QStringLiteral("Liberation Sans"),
    QStringLiteral("Arial"),
    QStringLiteral("Helvetica"),
};

QStringList installed(const QStringList& wanted) {
    const QStringList families = QFontDatabase::families();
    QStringList result;
    for (const QString& family : wanted) {
        if (families.contains(family, Qt::CaseInsensitive))
            result << family;
    }
    return result;
}

}  // namespace

ReportStyle ReportStyle::standard(ReportLanguage language) {
    ReportStyle style;
    QStringList families;
    // A Chinese report sets Latin text in the CJK font too: one typeface, one baseline, no mixed look.
    if (language == ReportLanguage::English)
        families << installed(kLatinFamilies).mid(0, 1);
    families << installed(kCjkFamilies);
    if (families.isEmpty())
        families << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    style.fontFamilies = families;
    return style;
}

QFont ReportStyle::font(double pointSize, bool bold) const {
    QFont f;
    f.setFamilies(fontFamilies);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

bool ReportStyle::hasCjkFont() const {
    return std::any_of(fontFamilies.cbegin(), fontFamilies.cend(), [](const QString& family) {
        return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
    });
}

}  // namespace cnms::report
