// SPDX-License-Identifier: MIT
#include "IdText.h"

#include <cctype>

#include "cnms/core/TextUtil.h"

namespace cnms::detail {

std::optional<std::int64_t> parseRecordId(std::string_view text, std::string_view prefix) {
    text = text::trim(text);
    if (!prefix.empty() && text.size() > prefix.size() &&
        text::toLower(text.substr(0, prefix.size())) == text::toLower(prefix))
        text.remove_prefix(prefix.size());
    if (text.empty() || text.size() > 18) return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value <= 0) return std::nullopt;
    return value;
}

}  // namespace cnms::detail
