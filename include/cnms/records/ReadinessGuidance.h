// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "cnms/records/Readiness.h"

namespace cnms::records {

/** A worked example for one clause, written for a first-time user. */
struct ClauseExample {
    std::string zh;
    std::string en;
};

/**
 * The navigator's guidance beyond the catalogue: a good example per leaf clause (zh and en) and
 * the record filters that tell apart requirements sharing one record type (e.g. a list of
 * external documents among all documents). Data: resources/records/readiness-guidance.json.
 */
class ReadinessGuidance {
public:
    /** Parses guidance JSON; throws std::runtime_error when an entry is malformed. */
    static ReadinessGuidance fromJson(std::string_view json);
    static const ReadinessGuidance& shipped();

    /** The example for a clause, or nullptr. */
    const ClauseExample* example(std::string_view clauseId) const;
    /** Catalogue record id → filter. */
    const std::map<std::string, RecordFilter, std::less<>>& filters() const { return m_filters; }

private:
    std::map<std::string, ClauseExample, std::less<>> m_examples;
    std::map<std::string, RecordFilter, std::less<>> m_filters;
};

}  // namespace cnms::records
