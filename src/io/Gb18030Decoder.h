// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cnms::io::detail {

/**
 * Appends the UTF-8 of GB18030 (GBK, GB2312) text to `out`. ASCII is copied as is and two-byte
 * characters come from a table that iconv fills once, so a large Chinese CSV decodes at close
 * to copying speed; four-byte characters go through iconv. A lone 0x80 is CP936's euro sign.
 * Returns npos, or the offset of the first byte that cannot be decoded.
 */
std::size_t decodeGb18030(std::string_view bytes, std::string& out);

}  // namespace cnms::io::detail
