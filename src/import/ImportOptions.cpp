// SPDX-License-Identifier: MIT
#include "cnms/import/ImportOptions.h"

#include <charconv>
#include <cmath>

#include "cnms/core/TextUtil.h"

namespace cnms::import {

bool parseNumber(std::string_view cell, double& out) {
    auto s = text::trim(cell);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

}  // namespace cnms::import
