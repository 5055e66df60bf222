// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cnms::io {

/**
 * Text encodings accepted for CSV files. `Gbk` decodes with GB18030, the superset of GBK/GB2312
 * that Chinese Windows uses for "CSV (comma delimited)" saves (CP936 0x80, the euro sign, is
 * accepted too).
 */
enum class Encoding { Auto, Utf8, Gbk, Utf16Le, Utf16Be };

/**
 * Parses a user's choice: `auto`, `utf-8`/`utf8`, `gbk`/`gb2312`/`gb18030`/`cp936`,
 * `utf-16le`, `utf-16be` (case-insensitive). Throws std::invalid_argument naming the choices.
 */
Encoding parseEncoding(std::string_view name);

/** Canonical name for messages: "auto", "UTF-8", "GBK", "UTF-16LE", "UTF-16BE". */
std::string_view encodingName(Encoding encoding);

/** A file's text converted to UTF-8, with what was found. */
struct DecodedText {
    std::string text;          ///< UTF-8; starts at `start` (skips a UTF-8 BOM without copying)
    std::size_t start = 0;
    Encoding encoding = Encoding::Utf8;  ///< the encoding actually used
    bool hadBom = false;                 ///< the file began with a byte order mark
    /** The UTF-8 text without BOM. */
    std::string_view utf8() const { return std::string_view(text).substr(start); }
};

/**
 * Converts the bytes of `fileName` to UTF-8. With `Encoding::Auto`: a byte order mark decides
 * (UTF-8, UTF-16 LE/BE); else text that is valid UTF-8 is UTF-8 (taken without a copy); else
 * UTF-16 recognized by its zero bytes; else GB18030. With an explicit encoding, a BOM of another
 * encoding, an undecodable byte, or (for GBK) text that is plainly UTF-8 Chinese is refused.
 * Throws ImportError naming the file and the 1-based line of the first undecodable byte.
 */
DecodedText decodeToUtf8(std::string bytes, Encoding requested, const std::string& fileName);

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or npos. */
std::size_t findInvalidUtf8(std::string_view text) noexcept;

/**
 * Converts UTF-8 text to `target` (Utf8 returns it unchanged; Gbk writes GB18030, which encodes
 * every character). Throws std::invalid_argument when `utf8` is not valid UTF-8.
 */
std::string encodeFromUtf8(std::string_view utf8, Encoding target);

}  // namespace cnms::io
