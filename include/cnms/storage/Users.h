// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/security/UserService.h"

namespace cnms::storage {

/** The users and sign-in mode of a project opened with createProject/openProject. */
security::UserRepository& usersOf(ProjectStore& store);

/** A UserService on the project's users: what the CLI and the GUI use. */
security::UserService userService(ProjectStore& store);

}  // namespace cnms::storage
