// SPDX-License-Identifier: MIT
#include "cnms/core/RecordRef.h"

#include "cnms/core/TextUtil.h"

namespace cnms {

std::optional<RecordRef> RecordRef::parse(std::string_view text) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    auto type = text::trim(text.substr(0, colon));
    auto id = text::trim(text.substr(colon + 1));
    if (type.empty() || id.empty()) return std::nullopt;
    return RecordRef{std::string(type), std::string(id)};
}

}  // namespace cnms
