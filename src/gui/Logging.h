// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cnms::gui {

/**
 * Sends spdlog (and Qt's own warnings) to `cnms-workbench.log` in the application's local data
 * folder, rotated at 5 MB with 3 old files kept, and warnings to stderr as well. When the folder
 * cannot be written the log goes to stderr only. Returns the log file's path, or empty.
 */
QString startLogging();

}  // namespace cnms::gui
