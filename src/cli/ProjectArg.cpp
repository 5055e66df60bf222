// SPDX-License-Identifier: MIT
#include "ProjectArg.h"

#include "SignIn.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>

#include "cnms/core/Errors.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Users.h"

namespace cnms::cli {
namespace {

std::string& signInUser() {
    static std::string name;
    return name;
}

/** One line from the controlling terminal with echo off; nullopt when there is no terminal. */
std::optional<std::string> promptWithoutEcho(const std::string& prompt) {
    int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    termios saved{};
    bool restore = tcgetattr(fd, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    (void)!::write(fd, prompt.data(), prompt.size());
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
    if (restore) tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace

void setSignInUser(std::string name) { signInUser() = std::move(name); }

std::string readPassword(const char* envVar, const std::string& prompt, bool confirm) {
    if (const char* value = std::getenv(envVar); value && *value) return value;
    auto first = promptWithoutEcho(prompt);
    if (!first)
        throw RefusedError("no_password", std::string("no password: set ") + envVar + " or run cnms in a terminal");
    if (confirm) {
        auto second = promptWithoutEcho("Repeat the password: ");
        if (!second || *second != *first) throw RefusedError("no_password", "the two passwords differ; nothing changed");
    }
    return *first;
}

std::unique_ptr<ProjectStore> openProjectArg(const std::string& path, bool readOnly) {
    storage::OpenOptions options;
    options.readOnly = readOnly;
    auto store = storage::openProject(path, options);
    if (security::sessionOf(*store).mode() == security::Session::Mode::SignedOut) {
        if (signInUser().empty())
            throw RefusedError("sign_in_required", path + " requires sign-in: give --user NAME (the password is read "
                                                          "from CNMS_PASSWORD or asked for)");
        auto password = readPassword("CNMS_PASSWORD", "Password for " + signInUser() + ": ");
        storage::userService(*store).signIn(signInUser(), password);
    }
    return store;
}

}  // namespace cnms::cli
