// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

namespace cnms::storage {

/**
 * The write lock of one project file: at most one process at a time opens a project for writing,
 * so two workbenches (or a workbench and `cnms`) can never overwrite each other's edits. It is an
 * flock(2) on `PROJECT.lock` beside the file, which names its holder (program, user, host, pid,
 * time) for the refusal message; the kernel releases it when the holder exits or is killed, and
 * the holder removes the file when it closes the project.
 *
 * Every store of one process on the same file shares one lock (the GUI imports on a worker thread
 * through a second store of the project it has open).
 */
class ProjectLock {
public:
    /**
     * Takes (or shares, within this process) the lock of `projectPath`. Throws ProjectFileError
     * (Kind::Locked) naming the holder when another process has it; returns nullptr when no lock
     * file can be created beside the project (a read-only folder or file system), in which case
     * the project can only be opened read-only. `exclusive`: refuse (Locked) even when this
     * process holds the lock, for replacing the file (restore) under no open store at all.
     */
    static std::shared_ptr<ProjectLock> acquire(const std::string& projectPath, bool exclusive = false);

    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /** Path of the lock file. */
    const std::string& path() const { return m_path; }

private:
    ProjectLock(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd;
    std::string m_path;
};

}  // namespace cnms::storage
