// SPDX-License-Identifier: MIT
#include "Cli.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cnms/core/Errors.h"
#include "cnms/core/Version.h"
#include "cnms/io/ImportIssue.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::cli {
namespace {

void setUpLogging(bool verbose) {
    static auto logger = spdlog::stderr_color_st("cnms");
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_pattern("[%l] %v");
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"CNMS Workbench command line: carbon neutrality management system projects", "cnms"};
    app.set_version_flag("--version", std::string("cnms ") + kVersion);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log what is done to stderr");
    app.require_subcommand(1);

    Context ctx{out, err, {}};
    addInitCommand(app, ctx);
    addInfoCommand(app, ctx);
    addSiteCommand(app, ctx);
    addImportCommand(app, ctx);
    addInventoryCommand(app, ctx);
    addFactorsCommand(app, ctx);
    addNeutralityCommand(app, ctx);
    addRegisterCommand(app, ctx);
    addReadinessCommand(app, ctx);
    addChecklistCommand(app, ctx);
    addAuditCommand(app, ctx);
    addNcCommand(app, ctx);
    addActionCommand(app, ctx);
    addReviewCommand(app, ctx);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version arrive here too, with exit code 0.
        int code = app.exit(e, out, err);
        if (code == 0) return Success;
        err << "Run 'cnms --help' for usage.\n";
        return UsageError;
    }
    setUpLogging(verbose);

    try {
        return ctx.action ? ctx.action() : UsageError;
    } catch (const io::ImportError& e) {
        for (const auto& issue : e.issues()) err << "cnms: " << io::formatIssue(issue) << "\n";
        err << "cnms: nothing was imported (" << e.issues().size() << " problem" << (e.issues().size() == 1 ? "" : "s")
            << ")\n";
        return DataError;
    } catch (const ValidationError& e) {
        for (const auto& issue : e.issues()) err << "cnms: " << issue.field << ": " << issue.message << "\n";
        return DataError;
    } catch (const storage::ProjectFileError& e) {
        err << "cnms: " << e.what() << "\n";
        return DataError;
    } catch (const NotFoundError& e) {
        err << "cnms: " << e.what() << "\n";
        return DataError;
    } catch (const RefusedError& e) {
        err << "cnms: refused: " << e.what() << "\n";
        return DataError;
    } catch (const sqlite::Error& e) {
        err << "cnms: storage error: " << e.what() << "\n";
        return DataError;
    } catch (const std::exception& e) {
        err << "cnms: error: " << e.what() << "\n";
        return DataError;
    }
}

}  // namespace cnms::cli
