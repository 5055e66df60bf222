// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <QString>

#include "cnms/report/ReportLanguage.h"

namespace cnms::report {

/**
 * The accounting engine's calculation warnings (accounting::Inventory::warnings) in a language of
 * the reports or the workbench. The engine, which has no Qt, words them in English; the kinds it
 * writes are recognized and translated here, and any other is shown as it is.
 */
class InventoryWarningText {
public:
    explicit InventoryWarningText(ReportLanguage language) : m_language(language) {}

    QString text(const std::string& warning) const;
    /** Whether `warning` names a low-confidence factor, which accounting::Inventory::lowConfidence also lists. */
    static bool isLowConfidence(const std::string& warning);

private:
    QString tr(const char* source) const;
    ReportLanguage m_language;
};

}  // namespace cnms::report
