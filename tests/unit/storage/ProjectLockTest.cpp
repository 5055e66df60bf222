// SPDX-License-Identifier: MIT
// Two processes on one project (issue 8): the second is refused for writing with a message naming
// the first, may still read, and gets the project once the first is gone, even if it was killed.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::storage;

namespace {

Organization org() {
    Organization o;
    o.name = "锁测试水泥";
    return o;
}

/** A child process that opens `path` for writing, says so on a pipe, and holds it until killed. */
class Holder {
public:
    explicit Holder(const std::string& path) {
        int ready[2];
        if (::pipe(ready) != 0) throw std::runtime_error("pipe");
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(ready[0]);
            try {
                auto store = openProject(path);
                char ok = 'y';
                [[maybe_unused]] auto n = ::write(ready[1], &ok, 1);
                for (;;) ::pause();
            } catch (...) {
                ::_exit(3);
            }
        }
        ::close(ready[1]);
        char c = 0;
        m_ready = ::read(ready[0], &c, 1) == 1 && c == 'y';
        ::close(ready[0]);
    }
    ~Holder() { kill(); }
    bool ready() const { return m_ready; }
    void kill() {
        if (m_pid <= 0) return;
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

private:
    pid_t m_pid = -1;
    bool m_ready = false;
};

}  // namespace

TEST(ProjectLock, ASecondProcessIsRefusedForWritingButMayRead) {
    test::TempDir dir;
    auto path = dir.file("shared.cnms");
    createProject(path, org());
    Holder first(path);
    ASSERT_TRUE(first.ready());

    try {
        openProject(path);
        FAIL() << "a second writer was let in";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), ProjectFileError::Kind::Locked);
        EXPECT_NE(std::string(e.what()).find("open for writing in another program"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("process "), std::string::npos) << "names the holder: " << e.what();
    }
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = openProject(path, readOnly);
    EXPECT_EQ(reader->organization().get().name, "锁测试水泥");
    EXPECT_THROW(reader->begin("add a site"), RefusedError);
}

TEST(ProjectLock, AKilledHolderLeavesNoLockBehind) {
    test::TempDir dir;
    auto path = dir.file("killed.cnms");
    createProject(path, org());
    {
        Holder first(path);
        ASSERT_TRUE(first.ready());
        EXPECT_THROW(openProject(path), ProjectFileError);
        first.kill();  // SIGKILL: no destructor ran, the lock file is still there
        EXPECT_TRUE(std::filesystem::exists(path + ".lock"));
    }
    auto store = openProject(path);
    SiteService(*store).addSite({0, "CLK", "熟料厂", "浙江", "", 100});
    EXPECT_EQ(store->sites().list().size(), 1u);
}

TEST(ProjectLock, StoresOfOneProcessShareTheLockAndTheLastRemovesIt) {
    test::TempDir dir;
    auto path = dir.file("one.cnms");
    auto first = createProject(path, org());
    auto second = openProject(path);  // the GUI's import worker does this beside the open session
    EXPECT_TRUE(std::filesystem::exists(path + ".lock"));
    first.reset();
    SiteService(*second).addSite({0, "HQ", "总部", "浙江", "", 100});
    second.reset();
    EXPECT_FALSE(std::filesystem::exists(path + ".lock"));
}

TEST(ProjectLock, ARestoreIsRefusedWhileTheProjectIsOpen) {
    test::TempDir dir;
    auto path = dir.file("open.cnms");
    auto store = createProject(path, org());
    store.reset();
    auto backup = backupProject(path);
    store = openProject(path);
    try {
        restoreProject(path, backup);
        FAIL() << "restored under an open store";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), ProjectFileError::Kind::Locked);
    }
}
