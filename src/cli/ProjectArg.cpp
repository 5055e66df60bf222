// SPDX-License-Identifier: MIT
#include "ProjectArg.h"

#include "cnms/storage/ProjectFile.h"

namespace cnms::cli {

std::unique_ptr<ProjectStore> openProjectArg(const std::string& path, bool readOnly) {
    storage::OpenOptions options;
    options.readOnly = readOnly;
    return storage::openProject(path, options);
}

}  // namespace cnms::cli
