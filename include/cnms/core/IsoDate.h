// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace cnms {

/** True for a real calendar date written YYYY-MM-DD. */
bool isIsoDate(std::string_view s);
/** The year of an ISO date, or nullopt. */
std::optional<int> isoYear(std::string_view s);

}  // namespace cnms
