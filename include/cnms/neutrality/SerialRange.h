// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cnms::neutrality {

/**
 * A credit serial number or a block of them. Registries number credits with a fixed prefix and a
 * running number, so a block is written either as two full serials (`CCER-2019-000001 ~
 * CCER-2019-000500`, also with `..`, `–` or ` - ` between them) or as one serial whose last numeric
 * part is a range (`VCS-1192-000001-000500`). Two serials overlap when their prefixes are equal
 * and their numeric intervals intersect; a serial without a trailing number is a single credit
 * compared as text.
 */
struct SerialRange {
    std::string prefix;  ///< everything before the running number, upper-cased, spaces removed
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    bool numeric = false;  ///< false: the serial has no trailing number and is compared as text

    /** Parses a serial or a serial block; nullopt when the text is empty or the block runs backwards. */
    static std::optional<SerialRange> parse(std::string_view text);

    bool overlaps(const SerialRange& other) const;
    /** Number of credits in the block (1 for a non-numeric serial). */
    std::uint64_t count() const { return numeric ? last - first + 1 : 1; }
    /** Canonical text, e.g. "VCS-1192-" 1..500 → "VCS-1192-1~500". */
    std::string text() const;
};

}  // namespace cnms::neutrality
