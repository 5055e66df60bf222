// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cnms::report {

/**
 * The language a report is rendered in. It is chosen per report (`--lang zh|en`), independently of
 * the language of the workbench's user interface: a Chinese-speaking manager may print the English
 * inventory report for a foreign customer.
 */
enum class ReportLanguage { Chinese, English };

/**
 * Parses a language code as given on the command line or stored in settings: "zh", "zh_CN", "zh-CN",
 * "en", "en_US", "en-GB" ... (case-insensitive). Returns nothing for any other code.
 */
std::optional<ReportLanguage> parseReportLanguage(QStringView code);

/** The short code of a language: "zh" or "en". */
QString languageCode(ReportLanguage language);

}  // namespace cnms::report
