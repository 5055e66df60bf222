// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "cnms/core/ClauseCatalogue.h"
#include "cnms/report/ReportLanguage.h"

namespace cnms::gui {

/**
 * The catalogue's texts in the language the workbench shows (QLocale's default, which
 * LanguageManager sets): the catalogue carries its own Chinese and English, so these are not
 * tr() strings.
 */
namespace catalogue_text {
bool chinese();
/** The same language as the reports name it, for texts the report library translates. */
report::ReportLanguage reportLanguage();
QString title(const Clause& clause);
/** "4.3 Determining the scope ..." : the catalogue's number and title. */
QString numberedTitle(const Clause& clause);
QString guidance(const Clause& clause);
QString record(const ClauseRecord& record);
}  // namespace catalogue_text

}  // namespace cnms::gui
