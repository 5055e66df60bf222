// SPDX-License-Identifier: MIT
#include "Iconv.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace cnms::io::detail {

Iconv::Iconv(const char* to, const char* from) : m_cd(iconv_open(to, from)) {
    if (m_cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error(std::string("the C library cannot convert from ") + from + " to " + to + ": " +
                                 std::strerror(errno));
}

Iconv::~Iconv() { iconv_close(m_cd); }

std::size_t Iconv::convert(std::string_view in, std::string& out, bool cp936Euro) {
    iconv(m_cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
    char* inPtr = const_cast<char*>(in.data());  // iconv's signature; it does not write the input
    std::size_t inLeft = in.size();
    std::size_t used = out.size();
    // 3/2 covers GB18030 and UTF-16 to UTF-8; E2BIG grows it for the rarer wider cases.
    out.resize(used + in.size() + in.size() / 2 + 16);
    while (inLeft > 0) {
        char* outPtr = out.data() + used;
        std::size_t outLeft = out.size() - used;
        std::size_t r = iconv(m_cd, &inPtr, &inLeft, &outPtr, &outLeft);
        used = static_cast<std::size_t>(outPtr - out.data());
        if (r != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() + inLeft * 2 + 16);
            continue;
        }
        if (errno == EILSEQ && cp936Euro && static_cast<unsigned char>(*inPtr) == 0x80) {
            if (out.size() - used < 3) out.resize(out.size() + inLeft * 2 + 16);
            std::memcpy(out.data() + used, "\xE2\x82\xAC", 3);
            used += 3;
            ++inPtr;
            --inLeft;
            continue;
        }
        out.resize(used);
        return static_cast<std::size_t>(inPtr - in.data());
    }
    out.resize(used);
    return std::string_view::npos;
}

}  // namespace cnms::io::detail
