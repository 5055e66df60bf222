// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace cnms::gui {

/**
 * Runs CNMS Workbench in `app`: application identity and style, log file, command line,
 * language, the main window, and the --screenshot mode. Returns the process exit code
 * (0 ok, 1 usage, 2 the project could not be opened or the screenshot not written).
 */
int runWorkbench(QApplication& app);

}  // namespace cnms::gui
