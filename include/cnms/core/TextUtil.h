// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

/** Small string helpers the core needs and the standard library lacks. */
namespace cnms::text {

std::string_view trim(std::string_view s);
std::string toLower(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
/** True when `s` is valid UTF-8. */
bool isValidUtf8(std::string_view s);

}  // namespace cnms::text
