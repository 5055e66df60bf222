// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/security/Permissions.h"

namespace cnms::gui {

class ProjectSession;

/**
 * Whether the person working now may do `permission` in the session's project: the file is
 * writable and the role allows it (always, in a single-user project). Pages disable what this
 * refuses; the services refuse it regardless.
 */
bool may(ProjectSession& session, security::Permission permission);

}  // namespace cnms::gui
