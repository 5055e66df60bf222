// SPDX-License-Identifier: MIT
#pragma once

#include <iconv.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace cnms::io::detail {

/** An iconv conversion descriptor, closed on destruction. */
class Iconv {
public:
    /** Throws std::runtime_error when the C library has no such conversion. */
    Iconv(const char* to, const char* from);
    ~Iconv();
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    /**
     * Appends the conversion of `in` to `out`. Returns npos when all of `in` converted, else the
     * offset in `in` of the first byte that cannot be (invalid or cut-off sequence). With
     * `cp936Euro`, a lone 0x80 byte (the euro sign of Windows code page 936, unknown to GB18030)
     * becomes U+20AC; only meaningful when converting to UTF-8.
     */
    std::size_t convert(std::string_view in, std::string& out, bool cp936Euro = false);

private:
    iconv_t m_cd;
};

}  // namespace cnms::io::detail
