// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace cnms::cli {

/** Exit codes of `cnms`, as documented in docs/cli.md. */
enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

/** What every sub-command gets: output streams (injectable for tests) and the action to run. */
struct Context {
    std::ostream& out;
    std::ostream& err;
    /** Set by the sub-command that was chosen; run after parsing. */
    std::function<int()> action;
};

/** Runs the command line; never throws, returns an ExitCode. */
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// One registration function per sub-command file.
void addInitCommand(CLI::App& app, Context& ctx);
void addInfoCommand(CLI::App& app, Context& ctx);
void addSiteCommand(CLI::App& app, Context& ctx);
void addImportCommand(CLI::App& app, Context& ctx);
void addInventoryCommand(CLI::App& app, Context& ctx);
void addFactorsCommand(CLI::App& app, Context& ctx);
void addNeutralityCommand(CLI::App& app, Context& ctx);
void addRegisterCommand(CLI::App& app, Context& ctx);
void addReadinessCommand(CLI::App& app, Context& ctx);
void addChecklistCommand(CLI::App& app, Context& ctx);
void addAuditCommand(CLI::App& app, Context& ctx);
void addNcCommand(CLI::App& app, Context& ctx);
void addActionCommand(CLI::App& app, Context& ctx);
void addExportCommand(CLI::App& app, Context& ctx);
void addRepinCommand(CLI::App& app, Context& ctx);
void addVerifyCommand(CLI::App& app, Context& ctx);
void addExportEvidenceCommand(CLI::App& app, Context& ctx);
void addBackupCommand(CLI::App& app, Context& ctx);
void addRestoreCommand(CLI::App& app, Context& ctx);
void addReviewCommand(CLI::App& app, Context& ctx);

}  // namespace cnms::cli
