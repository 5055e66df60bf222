// SPDX-License-Identifier: MIT
#include "CatalogueText.h"

#include <QLocale>

namespace cnms::gui::catalogue_text {
namespace {
QString pick(const std::string& zh, const std::string& en) {
    const std::string& text = chinese() || en.empty() ? zh : en;
    return QString::fromStdString(text);
}
}  // namespace

bool chinese() { return QLocale().language() == QLocale::Chinese; }

report::ReportLanguage reportLanguage() { return chinese() ? report::ReportLanguage::Chinese : report::ReportLanguage::English; }

QString title(const Clause& clause) { return pick(clause.titleZh, clause.titleEn); }

QString numberedTitle(const Clause& clause) {
    return QString::fromStdString(clause.id) + QLatin1Char(' ') + title(clause);
}

QString guidance(const Clause& clause) { return pick(clause.guidanceZh, clause.guidanceEn); }

QString record(const ClauseRecord& record) { return pick(record.zh, record.en); }

}  // namespace cnms::gui::catalogue_text
