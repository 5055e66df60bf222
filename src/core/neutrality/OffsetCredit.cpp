// SPDX-License-Identifier: MIT
#include "cnms/neutrality/OffsetCredit.h"

#include <cmath>

#include "cnms/core/TextUtil.h"
#include "cnms/core/IsoDate.h"

namespace cnms::neutrality {

std::string_view toString(CreditType t) { return t == CreditType::Removal ? "removal" : "avoidance"; }

std::string_view toString(CreditStatus s) {
    switch (s) {
        case CreditStatus::Active: return "active";
        case CreditStatus::Pending: return "pending";
        case CreditStatus::Retired: return "retired";
        case CreditStatus::Cancelled: return "cancelled";
    }
    return "active";
}

std::optional<CreditType> creditTypeFromString(std::string_view s) {
    auto v = text::toLower(text::trim(s));
    if (v == "avoidance" || v == "reduction" || v == "减排") return CreditType::Avoidance;
    if (v == "removal" || v == "清除" || v == "移除") return CreditType::Removal;
    return std::nullopt;
}

std::optional<CreditStatus> creditStatusFromString(std::string_view s) {
    auto v = text::toLower(text::trim(s));
    for (auto st : {CreditStatus::Active, CreditStatus::Pending, CreditStatus::Retired, CreditStatus::Cancelled})
        if (toString(st) == v) return st;
    if (v == "已注销" || v == "retirement") return CreditStatus::Retired;
    if (v == "有效" || v == "持有") return CreditStatus::Active;
    if (v == "待定" || v == "审核中") return CreditStatus::Pending;
    if (v == "作废" || v == "已取消") return CreditStatus::Cancelled;
    return std::nullopt;
}

Registry recogniseRegistry(std::string_view name) {
    std::string key;
    for (char c : text::trim(name)) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    struct Alias {
        std::string_view alias;
        std::string_view key;
        bool offset;
    };
    static const Alias aliases[] = {
        {"CCER", "CCER", true},
        {"国家核证自愿减排量", "CCER", true},
        {"CHINA CERTIFIED EMISSION REDUCTION", "CCER", true},
        {"VCS", "VCS", true},
        {"VERRA", "VCS", true},
        {"VERRA VCS", "VCS", true},
        {"VERIFIED CARBON STANDARD", "VCS", true},
        {"VCU", "VCS", true},
        {"GS", "GS", true},
        {"GOLD STANDARD", "GS", true},
        {"GOLD STANDARD (GS)", "GS", true},
        {"GS VER", "GS", true},
        {"CDM", "CDM", true},
        {"CER", "CDM", true},
        {"CLEAN DEVELOPMENT MECHANISM", "CDM", true},
        {"GEC", "GEC", false},
        {"绿证", "GEC", false},
        {"绿色电力证书", "GEC", false},
        {"I-REC", "I-REC", false},
        {"IREC", "I-REC", false},
    };
    for (const auto& a : aliases)
        if (key == a.alias) return {std::string(a.key), a.offset};
    return {key, true};
}

std::vector<FieldIssue> validate(const OffsetCredit& c) {
    std::vector<FieldIssue> issues;
    if (text::trim(c.registry).empty()) issues.push_back({"registry", "required", "the registry is required"});
    else if (!recogniseRegistry(c.registry).isOffsetProgramme)
        issues.push_back({"registry", "not_an_offset",
                          "green electricity certificates (GEC, I-REC) are not offsets; they count only toward "
                          "market-based scope 2"});
    if (text::trim(c.serial).empty()) issues.push_back({"serial", "required", "the serial number is required"});
    else if (!SerialRange::parse(c.serial))
        issues.push_back({"serial", "serial_invalid", "serial '" + c.serial + "' is not a serial or a serial block"});
    if (c.vintage < 1990 || c.vintage > 2100)
        issues.push_back({"vintage", "out_of_range", "the vintage must be a year between 1990 and 2100"});
    if (!std::isfinite(c.quantityTco2e) || c.quantityTco2e <= 0)
        issues.push_back({"quantity_tco2e", "must_be_positive", "the quantity must be a number above 0 tCO2e"});
    if (!c.retirementDate.empty() && !iso_date::isValid(c.retirementDate))
        issues.push_back({"retirement_date", "date_invalid", "'" + c.retirementDate + "' is not a date YYYY-MM-DD"});
    if (c.status == CreditStatus::Retired && c.retirementDate.empty())
        issues.push_back({"retirement_date", "required", "a retired credit needs its retirement date"});
    return issues;
}

std::optional<OffsetCredit> findDoubleCounted(const OffsetCredit& credit, const std::vector<OffsetCredit>& recorded) {
    auto range = SerialRange::parse(credit.serial);
    if (!range) return std::nullopt;
    auto registry = recogniseRegistry(credit.registry).key;
    for (const auto& other : recorded) {
        if (other.id != 0 && other.id == credit.id) continue;
        if (recogniseRegistry(other.registry).key != registry) continue;
        auto otherRange = SerialRange::parse(other.serial);
        if (otherRange && range->overlaps(*otherRange)) return other;
    }
    return std::nullopt;
}

}  // namespace cnms::neutrality
