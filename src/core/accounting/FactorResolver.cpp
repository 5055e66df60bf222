// SPDX-License-Identifier: MIT
#include "cnms/accounting/FactorResolver.h"

#include <unordered_map>

#include "ActivityKeyHash.h"
#include "FactorFormulas.h"

namespace cnms::accounting {

struct FactorResolver::Cache {
    struct Entry {
        std::optional<std::uint32_t> index;
        std::vector<FieldIssue> issues;  // why the key failed, replayed for every record that uses it
    };
    std::unordered_map<ActivityKey, Entry, detail::KeyHash, detail::KeyEqual> entries;
    std::unordered_map<std::string, std::uint32_t> correlationGroups;
};

FactorResolver::FactorResolver(const FactorLibrary& library, FactorPin pin, UncertaintySettings settings)
    : m_library(library), m_pin(std::move(pin)), m_settings(settings), m_cache(std::make_unique<Cache>()) {}

FactorResolver::~FactorResolver() = default;

std::optional<std::uint32_t> FactorResolver::resolve(const ActivityKeyView& key, std::vector<FieldIssue>& issues) {
    auto it = m_cache->entries.find(key);
    if (it == m_cache->entries.end()) {
        Cache::Entry entry;
        std::string identity;
        auto ef = detail::buildEffectiveFactor(m_library, m_pin, m_settings, key, entry.issues, identity);
        if (ef) {
            auto [g, inserted] = m_cache->correlationGroups.emplace(identity, static_cast<std::uint32_t>(m_cache->correlationGroups.size()));
            ef->correlationGroup = g->second;
            entry.index = static_cast<std::uint32_t>(m_factors.size());
            m_factors.push_back(std::move(*ef));
        }
        it = m_cache->entries.emplace(key.toKey(), std::move(entry)).first;
    }
    if (!it->second.index) issues.insert(issues.end(), it->second.issues.begin(), it->second.issues.end());
    return it->second.index;
}

}  // namespace cnms::accounting
