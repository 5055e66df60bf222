// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cnms::test {

/**
 * Writes at PATH (replacing what is there) an empty project as the build of schema `version`
 * wrote it: the migration steps up to `version` and none after, for the upgrade tests.
 */
void writeProjectAtVersion(const std::string& path, int version);

}  // namespace cnms::test
