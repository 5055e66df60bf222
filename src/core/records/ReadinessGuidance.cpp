// SPDX-License-Identifier: MIT
#include "cnms/records/ReadinessGuidance.h"

#include <nlohmann/json.hpp>

#include "cnms/core/Embedded.h"

namespace cnms::records {

ReadinessGuidance ReadinessGuidance::fromJson(std::string_view json) {
    auto doc = nlohmann::json::parse(json);
    ReadinessGuidance g;
    for (const auto& [clause, example] : doc.at("examples").items())
        g.m_examples[clause] = {example.at("zh").get<std::string>(), example.at("en").get<std::string>()};
    const auto filters = doc.value("record_filters", nlohmann::json::object());
    for (const auto& [record, filter] : filters.items())
        g.m_filters[record] = {filter.at("field").get<std::string>(),
                               filter.at("values").get<std::vector<std::string>>()};
    return g;
}

const ReadinessGuidance& ReadinessGuidance::shipped() {
    static const ReadinessGuidance guidance = fromJson(embedded::readinessGuidanceJson());
    return guidance;
}

const ClauseExample* ReadinessGuidance::example(std::string_view clauseId) const {
    auto it = m_examples.find(clauseId);
    return it == m_examples.end() ? nullptr : &it->second;
}

}  // namespace cnms::records
