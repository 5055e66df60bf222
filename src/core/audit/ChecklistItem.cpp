// SPDX-License-Identifier: MIT
#include "cnms/audit/ChecklistItem.h"

#include <array>
#include <utility>

namespace cnms {
namespace {
constexpr std::array<std::pair<FindingResult, std::string_view>, 7> kNames{{
    {FindingResult::Open, "open"},
    {FindingResult::Conforming, "conforming"},
    {FindingResult::MajorNonconformity, "major"},
    {FindingResult::MinorNonconformity, "minor"},
    {FindingResult::Observation, "observation"},
    {FindingResult::Improvement, "ofi"},
    {FindingResult::NotApplicable, "na"},
}};
}  // namespace

std::string_view toString(FindingResult result) {
    for (const auto& [r, name] : kNames)
        if (r == result) return name;
    return "open";
}

std::optional<FindingResult> findingResultFromString(std::string_view text) {
    for (const auto& [r, name] : kNames)
        if (name == text) return r;
    return std::nullopt;
}

bool isNonconformity(FindingResult result) {
    return result == FindingResult::MajorNonconformity || result == FindingResult::MinorNonconformity;
}

const std::string& ChecklistItem::question(std::string_view lang) const {
    if (lang == "en") return questionEn.empty() ? questionZh : questionEn;
    return questionZh.empty() ? questionEn : questionZh;
}

}  // namespace cnms
