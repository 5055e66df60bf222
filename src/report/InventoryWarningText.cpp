// SPDX-License-Identifier: MIT
#include "cnms/report/InventoryWarningText.h"

#include <QRegularExpression>

#include "cnms/report/ReportText.h"

namespace cnms::report {
namespace {

// The two warnings of src/core/accounting (Inventory.cpp, FactorFormulas.cpp), word for word:
// InventoryWarningTextTest checks them against what the engine writes for the demo project.
const QRegularExpression& lowConfidencePattern() {
    static const QRegularExpression re(
        QStringLiteral("^low-confidence factor ([^:]+):(.+) used for '(.*)': verify it against the official table$"));
    return re;
}

const QRegularExpression& factorYearPattern() {
    static const QRegularExpression re(QStringLiteral("^factor '(.+)' describes (-?\\d+), the inventory year is (-?\\d+)$"));
    return re;
}

}  // namespace

QString InventoryWarningText::tr(const char* source) const {
    return reportText(m_language, "cnms::report::InventoryWarningText", source);
}

QString InventoryWarningText::text(const std::string& warning) const {
    const QString english = QString::fromStdString(warning);
    if (auto m = lowConfidencePattern().match(english); m.hasMatch())
        return tr("Low-confidence factor %1:%2 used for “%3”: verify it against the official table")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    if (auto m = factorYearPattern().match(english); m.hasMatch())
        return tr("Factor “%1” describes %2; the inventory year is %3").arg(m.captured(1), m.captured(2), m.captured(3));
    return english;
}

bool InventoryWarningText::isLowConfidence(const std::string& warning) {
    return lowConfidencePattern().match(QString::fromStdString(warning)).hasMatch();
}

}  // namespace cnms::report
