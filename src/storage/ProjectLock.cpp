// SPDX-License-Identifier: MIT
#include "ProjectLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "cnms/storage/ProjectFile.h"

namespace cnms::storage {
namespace fs = std::filesystem;
namespace {

std::mutex& registryMutex() {
    static std::mutex m;
    return m;
}

/** The locks this process holds, by canonical project path. */
std::map<std::string, std::weak_ptr<ProjectLock>>& registry() {
    static std::map<std::string, std::weak_ptr<ProjectLock>> r;
    return r;
}

std::string firstLine(const std::string& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

std::string holderText() {
    std::string user = "unknown";
    for (const char* var : {"CNMS_USER", "USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v) {
            user = v;
            break;
        }
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) std::strcpy(host, "unknown host");
    std::string program = firstLine("/proc/self/comm");
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char when[32] = {};
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    std::ostringstream out;
    out << (program.empty() ? "a program" : program) << " of " << user << " on " << host << " (process "
        << ::getpid() << ", since " << when << ")\n";
    return out.str();
}

}  // namespace

std::shared_ptr<ProjectLock> ProjectLock::acquire(const std::string& projectPath, bool exclusive) {
    std::error_code ec;
    auto canonical = fs::weakly_canonical(projectPath, ec);
    const std::string key = ec ? projectPath : canonical.string();
    std::lock_guard guard(registryMutex());
    if (auto held = registry()[key].lock()) {
        if (!exclusive) return held;
        throw ProjectFileError(ProjectFileError::Kind::Locked, projectPath,
                               projectPath + " is open in this program; close it first");
    }

    const std::string path = key + ".lock";
    // The holder removes the file on release; a lock taken on a file that was removed meanwhile
    // is worthless, so check that the path still names the locked file and retry if not.
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return nullptr;  // read-only folder or file system: the project opens read-only
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int err = errno;
            ::close(fd);
            if (err != EWOULDBLOCK) return nullptr;
            std::string holder = firstLine(path);
            throw ProjectFileError(ProjectFileError::Kind::Locked, projectPath,
                                   projectPath + " is open for writing in another program" +
                                       (holder.empty() ? std::string() : ": " + holder) +
                                       "; close it there first (reading it is still possible)");
        }
        struct stat byFd {}, byPath {};
        if (::fstat(fd, &byFd) != 0 || ::stat(path.c_str(), &byPath) != 0 || byFd.st_ino != byPath.st_ino ||
            byFd.st_dev != byPath.st_dev) {
            ::close(fd);
            continue;
        }
        std::string text = holderText();
        if (::ftruncate(fd, 0) == 0) {
            [[maybe_unused]] auto written = ::pwrite(fd, text.data(), text.size(), 0);
        }
        std::shared_ptr<ProjectLock> lock(new ProjectLock(fd, path));
        registry()[key] = lock;
        return lock;
    }
    return nullptr;
}

ProjectLock::~ProjectLock() {
    // Under the registry's mutex, so that another thread of this process cannot meanwhile open a
    // second descriptor and find the file still locked by this one.
    std::lock_guard guard(registryMutex());
    // Remove while still holding the lock, so that nobody takes a lock on a file about to vanish.
    ::unlink(m_path.c_str());
    ::close(m_fd);
}

}  // namespace cnms::storage
