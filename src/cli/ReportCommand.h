// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "CommandRegistration.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

namespace cnms::cli {

/** What `cnms report` hands a report type's builder. */
struct ReportRequest {
    ProjectStore& store;
    int year = 0;                         ///< --year, else the latest year with activity data
    report::ReportLanguage language;      ///< --lang
    std::vector<std::string> registers;   ///< --register (register reports)
    std::int64_t id = 0;                  ///< --id: the record a report is about (an audit, a review), 0 if not given
};

/** One TYPE of `cnms report`: its name, a line of help, and how its document is built. */
struct ReportType {
    std::string name;
    std::string description;
    std::function<report::ReportDocument(const ReportRequest&)> build;
};

/** Every report type built into this program. */
const std::vector<ReportType>& reportTypes();

/** Every TYPE name `cnms report` accepts, available in this build or not (those answer with exit code 2). */
const std::vector<std::string>& reportTypeNames();

/** Registers `cnms report TYPE PROJECT [--year YYYY] [--lang zh|en] --out FILE.pdf` (needs Qt). */
void addReportCommand(CLI::App& app, Context& ctx);

}  // namespace cnms::cli
