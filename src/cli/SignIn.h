// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cnms::cli {

/** The `--user` of this run, empty when none was given; Cli.cpp sets it after parsing, openProjectArg uses it. */
void setSignInUser(std::string name);

/**
 * Reads a password: `envVar` when it is set, else from the terminal without echo (asking twice
 * when `confirm`). RefusedError "no_password" when neither is available or the two entries differ.
 */
std::string readPassword(const char* envVar, const std::string& prompt, bool confirm = false);

}  // namespace cnms::cli
