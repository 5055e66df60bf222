// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cnms::detail {

/**
 * Reads a record id typed by a person: "7", or the display code with `prefix` such as "NC-0007"
 * (prefix compared case-insensitively). Nullopt when it is neither.
 */
std::optional<std::int64_t> parseRecordId(std::string_view text, std::string_view prefix);

}  // namespace cnms::detail
