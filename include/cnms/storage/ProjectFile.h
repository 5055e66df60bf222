// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cnms/core/Organization.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::storage {

/** Why a file could not be opened or created as a project; the file is left untouched. */
class ProjectFileError : public std::runtime_error {
public:
    enum class Kind {
        NotFound,        ///< no file at that path
        AlreadyExists,   ///< create refused: a file is already there
        NotAProject,     ///< not SQLite, or SQLite without the CNMS application id
        Damaged,         ///< a CNMS or SQLite file whose content is corrupt
        TooNew,          ///< written by a newer version of the workbench
        NeedsMigration,  ///< older schema, but opened read-only so it cannot be upgraded
        Io,              ///< the operating system refused (permissions, disk full ...)
        Locked,          ///< open for writing in another process (the message names it)
    };
    ProjectFileError(Kind kind, std::string path, const std::string& message, int fileVersion = 0)
        : std::runtime_error(message), m_kind(kind), m_path(std::move(path)), m_fileVersion(fileVersion) {}
    Kind kind() const noexcept { return m_kind; }
    const std::string& path() const noexcept { return m_path; }
    int fileVersion() const noexcept { return m_fileVersion; }

private:
    Kind m_kind;
    std::string m_path;
    int m_fileVersion;
};

struct OpenOptions {
    bool readOnly = false;
    /** Run `PRAGMA quick_check` before use: thorough, but it reads the whole file. */
    bool checkIntegrity = false;
};

/** Creates a new project file holding `org`; refuses an existing path. */
std::unique_ptr<ProjectStore> createProject(const std::string& path, const Organization& org);

/**
 * Opens a project. Older files are copied aside to `PATH.bak-vN` (SQLite backup API), then
 * migrated; a file that is not a project, is damaged or is newer is refused with
 * ProjectFileError and not modified.
 */
std::unique_ptr<ProjectStore> openProject(const std::string& path, const OpenOptions& options = {});

/** The schema version a file would be opened at, after the same checks as openProject. */
int inspectSchemaVersion(const std::string& path);

/** A backup copy of a project, kept beside it (see docs/robustness.md). */
struct ProjectBackup {
    std::string path;
    /** "upgrade" for the copy made before a migration (PATH.bak-vN), "manual" for backupProject's. */
    std::string kind;
    std::int64_t modifiedUnix = 0;  ///< last write, seconds since 1970
    int schemaVersion = 0;
};

/**
 * Copies the project to `PATH.bak-YYYYMMDD-HHMMSS` with the SQLite backup API: a consistent
 * snapshot even while another process writes to it. The project is checked first (a damaged
 * file is refused with ProjectFileError, not copied). Returns the backup's path.
 */
std::string backupProject(const std::string& path);

/**
 * The backups of `path` beside it that open as projects (each passes the checks of openProject
 * and `PRAGMA quick_check`), newest first.
 */
std::vector<ProjectBackup> listBackups(const std::string& path);

/**
 * Puts a backup in the place of `path`: `backup`, or the newest good one of listBackups when
 * empty. The file it replaces is kept as `PATH.damaged-YYYYMMDD-HHMMSS` (with its journal), never
 * deleted. Refused with ProjectFileError when the project is open for writing elsewhere, when the
 * backup is not a readable project, or when there is no backup. Returns the backup used.
 */
std::string restoreProject(const std::string& path, const std::string& backup = {});

}  // namespace cnms::storage
