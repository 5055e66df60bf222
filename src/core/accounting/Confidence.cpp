// SPDX-License-Identifier: MIT
#include "cnms/accounting/Confidence.h"

namespace cnms::accounting {

std::string_view toString(Confidence c) {
    switch (c) {
    case Confidence::High: return "high";
    case Confidence::Medium: return "medium";
    case Confidence::Low: return "low";
    }
    return "low";
}

std::optional<Confidence> confidenceFromString(std::string_view s) {
    if (s == "high") return Confidence::High;
    if (s == "medium") return Confidence::Medium;
    if (s == "low") return Confidence::Low;
    return std::nullopt;
}

}  // namespace cnms::accounting
