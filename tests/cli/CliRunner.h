// SPDX-License-Identifier: MIT
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "Cli.h"

/** Runs `cnms` for the CLI tests: in-process with captured streams, or as the built binary. */
namespace cnms::test {

struct CliResult {
    int code;
    std::string out, err;
};

inline CliResult cnmsRun(std::vector<std::string> args) {
    args.insert(args.begin(), "cnms");
    std::vector<const char*> argv;
    for (auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    int code = cnms::cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

/** The built binary, as a user runs it; stderr is folded into `out`. */
inline CliResult cnmsBinary(const std::string& args) {
    std::string cmd = std::string(CNMS_CLI_PATH) + " " + args + " 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (auto n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
    int status = pclose(pipe);
    return {WEXITSTATUS(status), out, {}};
}

}  // namespace cnms::test
