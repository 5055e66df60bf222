// SPDX-License-Identifier: MIT
#include "cnms/audit/Nonconformity.h"

#include <array>
#include <cstdio>
#include <utility>

#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"

namespace cnms {
namespace {
template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
    for (const auto& [v, name] : names)
        if (v == value) return name;
    return {};
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view text) {
    for (const auto& [v, name] : names)
        if (name == text) return v;
    return std::nullopt;
}

constexpr std::array<std::pair<NcSource, std::string_view>, 6> kSources{{
    {NcSource::Audit, "audit"},
    {NcSource::Monitoring, "monitoring"},
    {NcSource::ComplianceEvaluation, "compliance"},
    {NcSource::Complaint, "complaint"},
    {NcSource::ManagementReview, "review"},
    {NcSource::Other, "other"},
}};
constexpr std::array<std::pair<NcSeverity, std::string_view>, 2> kSeverities{{
    {NcSeverity::Major, "major"},
    {NcSeverity::Minor, "minor"},
}};
constexpr std::array<std::pair<NcState, std::string_view>, 7> kStates{{
    {NcState::Raised, "raised"},
    {NcState::Contained, "contained"},
    {NcState::CauseAnalysed, "cause_analysed"},
    {NcState::ActionPlanned, "action_planned"},
    {NcState::Implemented, "implemented"},
    {NcState::Verified, "verified"},
    {NcState::Closed, "closed"},
}};
constexpr std::array<std::pair<CauseCategory, std::string_view>, 7> kCategories{{
    {CauseCategory::People, "people"},
    {CauseCategory::Method, "method"},
    {CauseCategory::Equipment, "equipment"},
    {CauseCategory::Material, "material"},
    {CauseCategory::Measurement, "measurement"},
    {CauseCategory::Environment, "environment"},
    {CauseCategory::Management, "management"},
}};
}  // namespace

std::string_view toString(NcSource v) { return nameOf(kSources, v); }
std::optional<NcSource> ncSourceFromString(std::string_view t) { return valueOf(kSources, t); }
std::string_view toString(NcSeverity v) { return nameOf(kSeverities, v); }
std::optional<NcSeverity> ncSeverityFromString(std::string_view t) { return valueOf(kSeverities, t); }
std::string_view toString(NcState v) { return nameOf(kStates, v); }
std::optional<NcState> ncStateFromString(std::string_view t) { return valueOf(kStates, t); }
std::string_view toString(CauseCategory v) { return nameOf(kCategories, v); }
std::optional<CauseCategory> causeCategoryFromString(std::string_view t) { return valueOf(kCategories, t); }

const std::vector<NcState>& allNcStates() {
    static const std::vector<NcState> states = [] {
        std::vector<NcState> out;
        for (const auto& [s, name] : kStates) out.push_back(s);
        return out;
    }();
    return states;
}

const std::vector<CauseCategory>& allCauseCategories() {
    static const std::vector<CauseCategory> categories = [] {
        std::vector<CauseCategory> out;
        for (const auto& [c, name] : kCategories) out.push_back(c);
        return out;
    }();
    return categories;
}

std::string Nonconformity::code() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "NC-%04lld", static_cast<long long>(id));
    return buf;
}

std::vector<FieldIssue> validateRaise(const Nonconformity& nc) {
    std::vector<FieldIssue> issues;
    if (text::trim(nc.clauseId).empty())
        issues.push_back({"clause", "required", "the nonconformity must name the clause it breaches"});
    if (text::trim(nc.description).empty())
        issues.push_back({"description", "required", "the nonconformity needs a description of what was found"});
    if (!nc.raisedOn.empty() && !iso_date::isValid(nc.raisedOn))
        issues.push_back({"raised_on", "date_invalid", "'" + nc.raisedOn + "' is not a date (YYYY-MM-DD)"});
    if (nc.source == NcSource::Audit && !nc.finding)
        issues.push_back({"source", "audit_without_finding",
                          "nonconformities from audits are raised by completing the audit, from its findings"});
    return issues;
}

}  // namespace cnms
