// SPDX-License-Identifier: MIT
#include "cnms/accounting/ActivityBatch.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "ActivityKeyHash.h"

namespace cnms::accounting {

static_assert(sizeof(ActivityBatch::Row) == 32, "a batch row is meant to stay 32 bytes");

struct ActivityBatch::Index {
    std::unordered_map<ActivityKey, std::uint32_t, detail::KeyHash, detail::KeyEqual> keys;
    std::unordered_map<std::string, std::uint32_t, detail::StringHash, std::equal_to<>> sites;
};

ActivityBatch::ActivityBatch(int year) : m_year(year), m_index(std::make_unique<Index>()) {}
ActivityBatch::~ActivityBatch() = default;
ActivityBatch::ActivityBatch(ActivityBatch&&) noexcept = default;
ActivityBatch& ActivityBatch::operator=(ActivityBatch&&) noexcept = default;

void ActivityBatch::reserve(std::size_t records) {
    m_rows.reserve(records);
    m_idEnds.reserve(records);
}

bool ActivityBatch::add(const ActivityRecord& r, RecordValidator& validator, std::vector<FieldIssue>& issues) {
    if (validator.year() != m_year)
        throw std::logic_error("the validator is for " + std::to_string(validator.year()) + ", the batch for " + std::to_string(m_year));
    const auto before = issues.size();
    validator.checkFields(r, issues);
    const bool hasParameters = r.overrides.any();
    auto view = ActivityKeyView::of(r);
    if (hasParameters) {
        record_parameters::makeParametric(r.overrides, m_scratch);
        view.overrides = &m_scratch;
    }
    auto keyIt = m_index->keys.find(view);
    if (keyIt == m_index->keys.end()) {
        if (!validator.resolver().resolveParametric(view, issues)) return false;
        if (issues.size() != before) return false;
        keyIt = m_index->keys.emplace(view.toKey(), static_cast<std::uint32_t>(m_keys.size())).first;
        m_keys.push_back(keyIt->first);
    }
    if (issues.size() != before) return false;

    auto siteIt = m_index->sites.find(std::string_view(r.site));
    if (siteIt == m_index->sites.end()) {
        siteIt = m_index->sites.emplace(r.site, static_cast<std::uint32_t>(m_sites.size())).first;
        m_sites.push_back(r.site);
    }
    if (m_idChars.size() + r.recordId.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("record ids of the batch exceed 4 GB");
    m_idChars += r.recordId;
    m_idEnds.push_back(static_cast<std::uint32_t>(m_idChars.size()));

    Row row;
    row.key = keyIt->second;
    row.site = siteIt->second;
    row.quantity = r.quantity;
    if (hasParameters) {
        row.parameters = static_cast<std::uint32_t>(m_parameters.size());
        m_parameters.push_back(record_parameters::values(r.overrides));
    }
    row.uncertaintyPct = r.uncertaintyPct ? static_cast<float>(*r.uncertaintyPct) : std::numeric_limits<float>::quiet_NaN();
    row.firstDay = static_cast<std::uint16_t>(r.periodStart.dayOfYear());
    row.lastDay = static_cast<std::uint16_t>(r.periodEnd.dayOfYear());
    row.isoCategory = static_cast<std::uint8_t>(r.effectiveIsoCategory());
    row.quality = r.dataQuality;
    m_rows.push_back(row);
    return true;
}

std::string_view ActivityBatch::recordId(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : m_idEnds[i - 1];
    return std::string_view(m_idChars).substr(begin, m_idEnds[i] - begin);
}

}  // namespace cnms::accounting
