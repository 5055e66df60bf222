// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "CommandRegistration.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cnms/core/Errors.h"
#include "cnms/core/Version.h"
#include "cnms/io/ImportIssue.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "SignIn.h"

namespace cnms::cli {

// Registered here rather than in Cli.h so that adding them did not recompile every sub-command;
// move them beside the others when Cli.h changes anyway.
void addUserCommand(CLI::App& app, Context& ctx);
void addAuthCommand(CLI::App& app, Context& ctx);

namespace {

void setUpLogging(bool verbose) {
    static auto logger = spdlog::stderr_color_st("cnms");
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_pattern("[%l] %v");
}

}  // namespace

// Declared here rather than in Cli.h so adding it does not recompile every command.
void addRebaseTargetsCommand(CLI::App& app, Context& ctx);
void addOutputCommand(CLI::App& app, Context& ctx);

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    return run(argc, argv, out, err, {});
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const std::vector<CommandRegistration>& extra) {
    CLI::App app{"CNMS Workbench command line: carbon neutrality management system projects", "cnms"};
    app.set_version_flag("--version", std::string("cnms ") + kVersion);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log what is done to stderr");
    std::string user;
    app.add_option("--user", user,
                   "Sign in as NAME to a project that requires sign-in (password: CNMS_PASSWORD or a prompt)");
    // Lets --user follow the sub-command too: `cnms site add P ... --user wang`.
    app.fallthrough();
    app.require_subcommand(1);

    Context ctx{out, err, {}};
    addInitCommand(app, ctx);
    addInfoCommand(app, ctx);
    addSiteCommand(app, ctx);
    addImportCommand(app, ctx);
    addInventoryCommand(app, ctx);
    addOutputCommand(app, ctx);
    addFactorsCommand(app, ctx);
    addNeutralityCommand(app, ctx);
    addRebaseTargetsCommand(app, ctx);
    addRegisterCommand(app, ctx);
    addReadinessCommand(app, ctx);
    addChecklistCommand(app, ctx);
    addAuditCommand(app, ctx);
    addNcCommand(app, ctx);
    addActionCommand(app, ctx);
    addExportCommand(app, ctx);
    addRepinCommand(app, ctx);
    addUserCommand(app, ctx);
    addAuthCommand(app, ctx);
    for (CommandRegistration registration : extra) registration(app, ctx);
    addVerifyCommand(app, ctx);
    addExportEvidenceCommand(app, ctx);
    addBackupCommand(app, ctx);
    addRestoreCommand(app, ctx);
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
    setSignInUser(user);

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
        if (e.kind() == storage::ProjectFileError::Kind::Damaged) {
            auto backups = storage::listBackups(e.path());
            if (!backups.empty())
                err << "cnms: the newest good backup is " << backups.front().path << "; 'cnms restore " << e.path()
                    << "' puts it in place (the damaged file is kept)\n";
        }
        return DataError;
    } catch (const NotFoundError& e) {
        err << "cnms: " << e.what() << "\n";
        return DataError;
    } catch (const RefusedError& e) {
        err << "cnms: refused: " << e.what() << "\n";
        return DataError;
    } catch (const sqlite::Error& e) {
        // The unit of work was rolled back: say so, in words that tell the user what to do.
        if (e.isFull())
            err << "cnms: the disk is full (or the project reached its size limit); nothing was stored. Free some "
                   "space and try again. (" << e.what() << ")\n";
        else if (e.isReadOnly())
            err << "cnms: the project cannot be written (read-only file, folder or disk); nothing was stored. ("
                << e.what() << ")\n";
        else if (e.isBusy())
            err << "cnms: the project is busy: another program is writing to it; nothing was stored. Try again. ("
                << e.what() << ")\n";
        else
            err << "cnms: storage error: " << e.what() << "\n";
        return DataError;
    } catch (const std::exception& e) {
        err << "cnms: error: " << e.what() << "\n";
        return DataError;
    }
}

}  // namespace cnms::cli
