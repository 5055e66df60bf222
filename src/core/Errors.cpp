// SPDX-License-Identifier: MIT
#include "cnms/core/Errors.h"

namespace cnms {
namespace {
std::string joined(const std::vector<FieldIssue>& issues) {
    std::string text;
    for (const auto& issue : issues) {
        if (!text.empty()) text += "; ";
        text += issue.field + ": " + issue.message;
    }
    return text;
}
}  // namespace

ValidationError::ValidationError(std::vector<FieldIssue> issues)
    : std::runtime_error(joined(issues)), m_issues(std::move(issues)) {}

}  // namespace cnms
