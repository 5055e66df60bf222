// SPDX-License-Identifier: MIT
#include "cnms/accounting/FactorResolver.h"

#include <cmath>
#include <unordered_map>

#include "ActivityKeyHash.h"
#include "FactorFormulas.h"

namespace cnms::accounting {

namespace record_parameters {

namespace {
// Placeholders sit inside every validity range (an oxidation rate of 1 % would be refused as a fraction);
// the probe values differ from them by a known ratio.
constexpr Values kPlaceholder = {1.0, 1.0, 100.0, 1.0, 1.0, 1.0};
constexpr Values kProbeRatio = {2.0, 2.0, 0.5, 2.0, 2.0, 2.0};

std::array<std::optional<double> FactorOverrides::*, kCount> members() {
    return {&FactorOverrides::ncv, &FactorOverrides::carbonContent, &FactorOverrides::oxidationPct,
            &FactorOverrides::ch4KgPerTj, &FactorOverrides::n2oKgPerTj, &FactorOverrides::factorValue};
}
}  // namespace

bool any(const FactorOverrides& o) { return o.any(); }

Values values(const FactorOverrides& o) {
    Values v;
    const auto m = members();
    for (std::size_t i = 0; i < kCount; ++i) v[i] = (o.*m[i]) ? *(o.*m[i]) : std::nan("");
    return v;
}

void makeParametric(const FactorOverrides& in, FactorOverrides& out) {
    out.ncvUnit.assign(in.ncvUnit);
    out.factorUnit.assign(in.factorUnit);
    const auto m = members();
    for (std::size_t i = 0; i < kCount; ++i) {
        if (in.*m[i]) out.*m[i] = kPlaceholder[i];
        else (out.*m[i]).reset();
    }
}

void restore(const FactorOverrides& parametric, const Values& v, FactorOverrides& out) {
    out.ncvUnit.assign(parametric.ncvUnit);
    out.factorUnit.assign(parametric.factorUnit);
    const auto m = members();
    for (std::size_t i = 0; i < kCount; ++i) {
        if (parametric.*m[i]) out.*m[i] = v[i];
        else (out.*m[i]).reset();
    }
}

double multiplier(const Values& v, std::uint8_t mask) {
    double f = 1.0;
    for (std::size_t i = 0; i < kCount; ++i)
        if (mask & (1u << i)) f *= v[i] / kPlaceholder[i];
    return f;
}

}  // namespace record_parameters

struct FactorResolver::Cache {
    struct Entry {
        std::optional<std::uint32_t> index;
        std::vector<FieldIssue> issues;  // why the key failed, replayed for every record that uses it
    };
    struct ParametricEntry {
        std::optional<Parametric> result;
        std::vector<FieldIssue> issues;
    };
    std::unordered_map<ActivityKey, Entry, detail::KeyHash, detail::KeyEqual> entries;
    std::unordered_map<ActivityKey, ParametricEntry, detail::KeyHash, detail::KeyEqual> parametric;
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
        if (ef) entry.index = store(std::move(*ef), identity);
        it = m_cache->entries.emplace(key.toKey(), std::move(entry)).first;
    }
    if (!it->second.index) issues.insert(issues.end(), it->second.issues.begin(), it->second.issues.end());
    return it->second.index;
}

std::uint32_t FactorResolver::store(EffectiveFactor&& ef, const std::string& identity) {
    auto [g, inserted] = m_cache->correlationGroups.emplace(identity, static_cast<std::uint32_t>(m_cache->correlationGroups.size()));
    ef.correlationGroup = g->second;
    m_factors.push_back(std::move(ef));
    return static_cast<std::uint32_t>(m_factors.size() - 1);
}

std::optional<FactorResolver::Parametric> FactorResolver::resolveParametric(const ActivityKeyView& key,
                                                                            std::vector<FieldIssue>& issues) {
    auto it = m_cache->parametric.find(key);
    if (it == m_cache->parametric.end()) {
        Cache::ParametricEntry entry;
        std::string identity;
        auto ef = detail::buildEffectiveFactor(m_library, m_pin, m_settings, key, entry.issues, identity, true);
        if (ef) {
            // Probe each present parameter: a term that scales by the probe ratio depends on it, one that stays
            // put does not. The parameters can become per-record multipliers only if every term agrees.
            Parametric p;
            const auto& o = *key.overrides;
            const auto base = record_parameters::values(o);
            std::array<int, 3> termMask{};  // -1: term is 0 and says nothing
            for (std::uint8_t t = 0; t < ef->termCount; ++t) termMask[t] = ef->terms[t].perUnit == 0 ? -1 : 0;
            for (std::size_t i = 0; i < record_parameters::kCount && p.uniform; ++i) {
                if (std::isnan(base[i])) continue;
                auto probeValues = base;
                probeValues[i] *= record_parameters::kProbeRatio[i];
                FactorOverrides probe;
                record_parameters::restore(o, probeValues, probe);
                ActivityKeyView probeKey = key;
                probeKey.overrides = &probe;
                std::vector<FieldIssue> ignored;
                std::string ignoredIdentity;
                auto pf = detail::buildEffectiveFactor(m_library, m_pin, m_settings, probeKey, ignored, ignoredIdentity);
                if (!pf || pf->termCount != ef->termCount) {
                    p.uniform = false;
                    break;
                }
                for (std::uint8_t t = 0; t < ef->termCount; ++t) {
                    if (termMask[t] < 0) continue;
                    const double ratio = pf->terms[t].perUnit / ef->terms[t].perUnit;
                    if (std::fabs(ratio - record_parameters::kProbeRatio[i]) < 1e-9) termMask[t] |= 1 << i;
                    else if (std::fabs(ratio - 1.0) >= 1e-9) p.uniform = false;  // not a plain product: keep values in the key
                }
            }
            int mask = -1;
            for (std::uint8_t t = 0; t < ef->termCount && p.uniform; ++t) {
                if (termMask[t] < 0) continue;
                if (mask < 0) mask = termMask[t];
                else if (mask != termMask[t]) p.uniform = false;
            }
            p.multiplierMask = static_cast<std::uint8_t>(mask < 0 ? 0 : mask);
            p.factor = store(std::move(*ef), identity);
            entry.result = p;
        }
        it = m_cache->parametric.emplace(key.toKey(), std::move(entry)).first;
    }
    if (!it->second.result) issues.insert(issues.end(), it->second.issues.begin(), it->second.issues.end());
    return it->second.result;
}

}  // namespace cnms::accounting
