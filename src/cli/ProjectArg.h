// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "cnms/core/ProjectStore.h"

namespace cnms::cli {

/** Opens the PROJECT argument of a sub-command; ProjectFileError explains a refusal. */
std::unique_ptr<ProjectStore> openProjectArg(const std::string& path, bool readOnly = false);

}  // namespace cnms::cli
