// SPDX-License-Identifier: MIT
#include "cnms/io/Encoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "Gb18030Decoder.h"
#include "Iconv.h"
#include "cnms/core/TextUtil.h"
#include "cnms/io/ImportIssue.h"

namespace cnms::io {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

Encoding bomEncoding(std::string_view bytes) {
    if (bytes.starts_with(kUtf8Bom)) return Encoding::Utf8;
    if (bytes.starts_with(kUtf16LeBom)) return Encoding::Utf16Le;
    if (bytes.starts_with(kUtf16BeBom)) return Encoding::Utf16Be;
    return Encoding::Auto;
}

std::size_t bomSize(Encoding e) { return e == Encoding::Utf8 ? 3 : e == Encoding::Auto ? 0 : 2; }

bool isUtf16(Encoding e) { return e == Encoding::Utf16Le || e == Encoding::Utf16Be; }

/** 1-based line holding byte `offset` of the raw file. */
std::size_t lineAt(std::string_view bytes, std::size_t offset, Encoding e) {
    offset = std::min(offset, bytes.size());
    if (!isUtf16(e)) return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
    std::size_t line = 1;
    const std::size_t lowByte = e == Encoding::Utf16Le ? 0 : 1;
    for (std::size_t i = 0; i + 1 < offset; i += 2)
        if (bytes[i + lowByte] == '\n' && bytes[i + 1 - lowByte] == '\0') ++line;
    return line;
}

std::string hexByte(unsigned char c) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

std::string describeByte(std::string_view bytes, std::size_t offset) {
    if (offset >= bytes.size()) return "the text ends inside a character";
    return "byte " + hexByte(static_cast<unsigned char>(bytes[offset])) + " at offset " + std::to_string(offset);
}

/** UTF-16 without a BOM: the high bytes of ASCII text are zeros, all on one side. */
Encoding sniffUtf16(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    if (n < 4) return Encoding::Auto;
    std::size_t evenZeros = 0, oddZeros = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const std::size_t units = n / 2;
    if (oddZeros * 4 >= units && evenZeros == 0) return Encoding::Utf16Le;
    if (evenZeros * 4 >= units && oddZeros == 0) return Encoding::Utf16Be;
    return Encoding::Auto;
}

std::size_t countMultibyte(std::string_view utf8, std::size_t limit) {
    std::size_t count = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) == 0xC0 && ++count >= limit) break;
    return count;
}

/** Decodes `bytes` (after the BOM); returns npos or the offset (in `bytes`) of the failure. */
std::size_t iconvDecode(const std::string& bytes, std::size_t skip, Encoding e, std::string& out) {
    const std::string_view text = std::string_view(bytes).substr(skip);
    std::size_t bad;
    if (e == Encoding::Gbk) {
        bad = detail::decodeGb18030(text, out);
    } else {
        detail::Iconv cd("UTF-8", e == Encoding::Utf16Le ? "UTF-16LE" : "UTF-16BE");
        out.reserve(bytes.size() + bytes.size() / 2 + 16);
        bad = cd.convert(text, out);
    }
    return bad == std::string_view::npos ? bad : bad + skip;
}

}  // namespace

Encoding parseEncoding(std::string_view name) {
    const std::string n = text::toLower(text::trim(name));
    if (n == "auto" || n.empty()) return Encoding::Auto;
    if (n == "utf-8" || n == "utf8" || n == "utf-8-sig") return Encoding::Utf8;
    if (n == "gbk" || n == "gb2312" || n == "gb18030" || n == "cp936" || n == "936") return Encoding::Gbk;
    if (n == "utf-16le" || n == "utf16le" || n == "utf-16" || n == "utf16" || n == "unicode") return Encoding::Utf16Le;
    if (n == "utf-16be" || n == "utf16be") return Encoding::Utf16Be;
    throw std::invalid_argument("unknown encoding '" + std::string(name) +
                                "': choose auto, utf-8, gbk, utf-16le or utf-16be");
}

std::string_view encodingName(Encoding encoding) {
    switch (encoding) {
        case Encoding::Auto: return "auto";
        case Encoding::Utf8: return "UTF-8";
        case Encoding::Gbk: return "GBK";
        case Encoding::Utf16Le: return "UTF-16LE";
        case Encoding::Utf16Be: return "UTF-16BE";
    }
    return "?";
}

std::size_t findInvalidUtf8(std::string_view text) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Most of a CSV is ASCII: test 16 bytes at a time for a high bit.
        while (i + 16 <= n) {
            std::uint64_t a, b;
            std::memcpy(&a, p + i, 8);
            std::memcpy(&b, p + i + 8, 8);
            if ((a | b) & 0x8080808080808080ULL) break;
            i += 16;
        }
        if (i >= n) break;
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;       // overlong
            else if (c == 0xED) hi = 0x9F;  // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;       // overlong
            else if (c == 0xF4) hi = 0x8F;  // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

DecodedText decodeToUtf8(std::string bytes, Encoding requested, const std::string& fileName) {
    constexpr auto npos = std::string_view::npos;
    const Encoding bom = bomEncoding(bytes);
    DecodedText out;
    out.hadBom = bom != Encoding::Auto;

    if (requested != Encoding::Auto && bom != Encoding::Auto && bom != requested)
        throw ImportError(fileName, 1,
                          "the file starts with a " + std::string(encodingName(bom)) + " byte order mark but " +
                              std::string(encodingName(requested)) + " was chosen; choose " +
                              std::string(encodingName(bom)) + " or auto");

    Encoding e = bom != Encoding::Auto ? bom : requested;
    const std::size_t skip = bomSize(bom);

    if (e == Encoding::Auto) e = sniffUtf16(bytes);  // before UTF-8: zero bytes are valid UTF-8
    if (e == Encoding::Auto) {
        const std::size_t bad = findInvalidUtf8(bytes);
        if (bad == npos) {
            out.encoding = Encoding::Utf8;
            out.text = std::move(bytes);
            return out;
        }
        const std::size_t gbBad = iconvDecode(bytes, 0, Encoding::Gbk, out.text);
        if (gbBad != npos)
            throw ImportError(fileName, lineAt(bytes, gbBad, Encoding::Gbk),
                              "the text is neither UTF-8 (" + describeByte(bytes, bad) + " on line " +
                                  std::to_string(lineAt(bytes, bad, Encoding::Utf8)) + ") nor GBK/GB18030 (" +
                                  describeByte(bytes, gbBad) + "); save the file as CSV UTF-8 and import again");
        out.encoding = Encoding::Gbk;
        return out;
    }

    if (e == Encoding::Utf8) {
        const std::size_t bad = findInvalidUtf8(std::string_view(bytes).substr(skip));
        if (bad != npos)
            throw ImportError(fileName, lineAt(bytes, bad + skip, e),
                              describeByte(bytes, bad + skip) +
                                  " is not valid UTF-8; the file may be GBK: choose encoding gbk or auto");
        out.encoding = Encoding::Utf8;
        out.start = skip;
        out.text = std::move(bytes);
        return out;
    }

    if (e == Encoding::Gbk && findInvalidUtf8(bytes) == npos && countMultibyte(bytes, 4) >= 4) {
        // Valid GBK Chinese is almost never valid UTF-8 as well: decoding it as GBK would only
        // produce mojibake, so the choice is wrong rather than the file.
        const auto first = std::find_if(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
        throw ImportError(fileName, lineAt(bytes, static_cast<std::size_t>(first - bytes.begin()), e),
                          "GBK was chosen but the file is UTF-8 text (Chinese here would read as mojibake); "
                          "choose utf-8 or auto");
    }

    const std::size_t bad = iconvDecode(bytes, skip, e, out.text);
    if (bad != npos) {
        const std::string what = e == Encoding::Gbk ? " is not valid GBK/GB18030; the file may be UTF-8: choose "
                                                      "encoding utf-8 or auto"
                                                    : " is not valid " + std::string(encodingName(e));
        throw ImportError(fileName, lineAt(bytes, bad, e), describeByte(bytes, bad) + what);
    }
    out.encoding = e;
    return out;
}

std::string encodeFromUtf8(std::string_view utf8, Encoding target) {
    if (target == Encoding::Utf8 || target == Encoding::Auto) return std::string(utf8);
    const char* to = target == Encoding::Gbk ? "GB18030" : target == Encoding::Utf16Le ? "UTF-16LE" : "UTF-16BE";
    detail::Iconv cd(to, "UTF-8");
    std::string out;
    if (std::size_t bad = cd.convert(utf8, out); bad != std::string_view::npos)
        throw std::invalid_argument("text to encode is not valid UTF-8 at offset " + std::to_string(bad));
    return out;
}

}  // namespace cnms::io
