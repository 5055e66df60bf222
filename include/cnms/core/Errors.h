// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace cnms {

/** One problem with one field of a record; `code` is stable so front ends can translate it. */
struct FieldIssue {
    std::string field;
    std::string code;
    std::string message;  ///< English, for logs and the CLI
};

/** Input refused by validation; carries every issue found, not only the first. */
class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(std::vector<FieldIssue> issues);
    const std::vector<FieldIssue>& issues() const noexcept { return m_issues; }

private:
    std::vector<FieldIssue> m_issues;
};

/** A record that was asked for by id or code does not exist. */
class NotFoundError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** A rule of the domain refuses the action (duplicate code, forbidden transition ...). */
class RefusedError : public std::runtime_error {
public:
    RefusedError(std::string code, const std::string& message)
        : std::runtime_error(message), m_code(std::move(code)) {}
    const std::string& code() const noexcept { return m_code; }

private:
    std::string m_code;
};

}  // namespace cnms
