// SPDX-License-Identifier: MIT
#include <iostream>

#include "CommandRegistration.h"
#ifdef CNMS_WITH_REPORT_COMMAND
#include "ReportCommand.h"
#endif

int main(int argc, char** argv) {
#ifdef CNMS_WITH_REPORT_COMMAND
    // `cnms report` renders with Qt; it is built only with the GUI (CNMS_BUILD_GUI), see docs/cli.md.
    return cnms::cli::run(argc, argv, std::cout, std::cerr, {cnms::cli::addReportCommand});
#else
    return cnms::cli::run(argc, argv, std::cout, std::cerr);
#endif
}
