// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

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

}  // namespace cnms::storage
