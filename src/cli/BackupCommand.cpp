// SPDX-License-Identifier: MIT
#include <ctime>

#include "Cli.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::cli {
namespace {

std::string localTime(std::int64_t unixSeconds) {
    auto t = static_cast<std::time_t>(unixSeconds);
    char text[32] = {};
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", std::localtime(&t));
    return text;
}

}  // namespace

void addBackupCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path;
        bool list = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("backup", "Copy a project to PROJECT.bak-YYYYMMDD-HHMMSS beside it, or list its backups");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_flag("--list", opt->list, "List the good backups beside the project, newest first; copy nothing");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            if (opt->list) {
                auto backups = storage::listBackups(opt->path);
                if (backups.empty()) ctx.out << "no backups of " << opt->path << "\n";
                for (const auto& b : backups)
                    ctx.out << localTime(b.modifiedUnix) << "  " << b.kind << "  schema v" << b.schemaVersion << "  "
                            << b.path << "\n";
                return static_cast<int>(Success);
            }
            const auto backup = storage::backupProject(opt->path);  // before any output: it may throw
            ctx.out << "backed up " << opt->path << " to " << backup << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addRestoreCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, from;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "restore", "Put a backup in the place of a (damaged) project; the replaced file is kept as PROJECT.damaged-...");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--from", opt->from, "Backup to restore (default: the newest good backup beside the project)")
        ->check(CLI::ExistingFile);
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto used = storage::restoreProject(opt->path, opt->from);
            ctx.out << "restored " << opt->path << " from " << used << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
