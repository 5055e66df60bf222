// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cnms {

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * "0123456789ABCDEFGHJKLMNPQRTUWXY", the last a check character computed from the first 17
 * with weights 3^i mod 31.
 */
namespace credit_code {
/** The check character for the first 17 characters, or nullopt when they are not valid. */
std::optional<char> checkCharacter(std::string_view first17);
/** True when `code` has 18 valid characters and a matching check character. */
bool isValid(std::string_view code);
/** Why `code` is not valid, or an empty string when it is. */
std::string problem(std::string_view code);
}  // namespace credit_code

/**
 * Industry code of GB/T 4754-2017: a section letter A–T, optionally followed by a 2-digit
 * division, 3-digit group or 4-digit class code (e.g. "C", "C30", "C301", "C3011").
 */
namespace industry_code {
bool isValid(std::string_view code);
}

}  // namespace cnms
