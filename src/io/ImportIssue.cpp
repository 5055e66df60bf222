// SPDX-License-Identifier: MIT
#include "cnms/io/ImportIssue.h"

namespace cnms::io {
namespace {

std::string joinIssues(const std::vector<ImportIssue>& issues) {
    std::string out;
    for (const auto& issue : issues) {
        if (!out.empty()) out += '\n';
        out += formatIssue(issue);
    }
    return out;
}

}  // namespace

std::string formatIssue(const ImportIssue& issue) {
    std::string out = issue.file;
    if (issue.row > 0) out += ':' + std::to_string(issue.row);
    out += ": ";
    if (!issue.column.empty()) out += "column '" + issue.column + "' ";
    if (!issue.value.empty()) out += "value '" + issue.value + "' ";
    if (!issue.column.empty() || !issue.value.empty()) {
        out.back() = ':';
        out += ' ';
    }
    out += issue.reason;
    return out;
}

ImportError::ImportError(std::vector<ImportIssue> issues)
    : std::runtime_error(joinIssues(issues)), m_issues(std::move(issues)) {}

ImportError::ImportError(std::string file, std::size_t row, std::string reason)
    : ImportError(std::vector<ImportIssue>{ImportIssue{std::move(file), row, {}, {}, std::move(reason)}}) {}

}  // namespace cnms::io
