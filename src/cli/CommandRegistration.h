// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "Cli.h"

namespace cnms::cli {

/**
 * Registers a sub-command that lives outside cnms_cli, because it needs libraries the Qt-free CLI does not
 * link (e.g. `cnms report`, which renders with Qt: src/cli/ReportCommand.cpp).
 */
using CommandRegistration = void (*)(CLI::App& app, Context& ctx);

/** Runs the command line with the sub-commands of cnms_cli and the `extra` ones; never throws. */
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const std::vector<CommandRegistration>& extra);

}  // namespace cnms::cli
