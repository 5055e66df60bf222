// SPDX-License-Identifier: MIT
#include "Gb18030Decoder.h"

#include <array>
#include <cstdint>
#include <memory>
#include <cstring>

#include "Iconv.h"

namespace cnms::io::detail {
namespace {

constexpr unsigned kLeadFirst = 0x81, kLeadLast = 0xFE;
constexpr unsigned kTrailFirst = 0x40, kTrailLast = 0xFE;  // 0x7F excluded
constexpr unsigned kLeads = kLeadLast - kLeadFirst + 1;
constexpr unsigned kTrails = kTrailLast - kTrailFirst + 1;

/** UTF-8 of every two-byte GB18030 code; length 0 marks a code with no character. */
struct PairTable {
    std::array<std::array<char, 4>, kLeads * kTrails> utf8{};
    std::array<std::uint8_t, kLeads * kTrails> length{};

    PairTable() {
        Iconv cd("UTF-8", "GB18030");
        std::string out;
        for (unsigned lead = kLeadFirst; lead <= kLeadLast; ++lead)
            for (unsigned trail = kTrailFirst; trail <= kTrailLast; ++trail) {
                if (trail == 0x7F) continue;
                const char pair[2] = {static_cast<char>(lead), static_cast<char>(trail)};
                out.clear();
                if (cd.convert(std::string_view(pair, 2), out) != std::string_view::npos || out.size() > 4) continue;
                const unsigned index = (lead - kLeadFirst) * kTrails + (trail - kTrailFirst);
                std::memcpy(utf8[index].data(), out.data(), out.size());
                length[index] = static_cast<std::uint8_t>(out.size());
            }
    }
};

const PairTable& pairTable() {
    static const PairTable table;  // ~24,000 iconv calls once, about a millisecond
    return table;
}

}  // namespace

std::size_t decodeGb18030(std::string_view bytes, std::string& out) {
    const PairTable& table = pairTable();
    Iconv* fourByte = nullptr;
    std::unique_ptr<Iconv> fourByteOwner;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    out.reserve(out.size() + n + n / 2 + 16);
    std::size_t i = 0;
    while (i < n) {
        std::size_t ascii = i;
        while (ascii + 8 <= n) {  // eight ASCII bytes at a time
            std::uint64_t w;
            std::memcpy(&w, p + ascii, 8);
            if (w & 0x8080808080808080ULL) break;
            ascii += 8;
        }
        while (ascii < n && p[ascii] < 0x80) ++ascii;
        out.append(bytes.data() + i, ascii - i);
        i = ascii;
        if (i == n) break;

        const unsigned lead = p[i];
        if (lead == 0x80) {  // CP936 euro sign
            out.append("\xE2\x82\xAC");
            ++i;
            continue;
        }
        if (lead > kLeadLast || i + 1 >= n) return i;
        const unsigned trail = p[i + 1];
        if (trail >= '0' && trail <= '9') {
            if (i + 4 > n) return i;
            if (!fourByte) {
                fourByteOwner = std::make_unique<Iconv>("UTF-8", "GB18030");
                fourByte = fourByteOwner.get();
            }
            if (fourByte->convert(bytes.substr(i, 4), out) != std::string_view::npos) return i;
            i += 4;
            continue;
        }
        if (trail < kTrailFirst || trail > kTrailLast || trail == 0x7F) return i;
        const unsigned index = (lead - kLeadFirst) * kTrails + (trail - kTrailFirst);
        if (table.length[index] == 0) return i;
        out.append(table.utf8[index].data(), table.length[index]);
        i += 2;
    }
    return std::string_view::npos;
}

}  // namespace cnms::io::detail
