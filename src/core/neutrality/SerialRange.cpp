// SPDX-License-Identifier: MIT
#include "cnms/neutrality/SerialRange.h"

#include <cctype>
#include <charconv>
#include <vector>

namespace cnms::neutrality {
namespace {

std::string canonical(std::string_view text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

/** Splits "ABC-0012" into prefix "ABC-" and number 12; no number → nullopt. */
std::optional<std::pair<std::string, std::uint64_t>> splitTrailingNumber(const std::string& s) {
    std::size_t end = s.size();
    std::size_t start = end;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(s[start - 1]))) --start;
    if (start == end || end - start > 18) return std::nullopt;
    std::uint64_t value = 0;
    std::from_chars(s.data() + start, s.data() + end, value);
    return std::make_pair(s.substr(0, start), value);
}

/** Finds the separator of a two-serial block: "~", "..", an en dash, or " - " with spaces. */
std::optional<std::pair<std::string_view, std::string_view>> splitBlock(std::string_view text) {
    for (std::string_view sep : {std::string_view("~"), std::string_view(".."), std::string_view("\xE2\x80\x93"),
                                 std::string_view(" - "), std::string_view("\xEF\xBD\x9E")}) {
        auto pos = text.find(sep);
        if (pos != std::string_view::npos) return std::make_pair(text.substr(0, pos), text.substr(pos + sep.size()));
    }
    return std::nullopt;
}

}  // namespace

std::optional<SerialRange> SerialRange::parse(std::string_view text) {
    SerialRange range;
    if (auto block = splitBlock(text)) {
        auto a = splitTrailingNumber(canonical(block->first));
        std::string second = canonical(block->second);
        if (!a || second.empty()) return std::nullopt;
        auto b = splitTrailingNumber(second);
        if (!b) return std::nullopt;
        // The second serial may be written in full or as its running number only.
        if (!b->first.empty() && b->first != a->first) return std::nullopt;
        range = {a->first, a->second, b->second, true};
    } else {
        std::string s = canonical(text);
        if (s.empty()) return std::nullopt;
        auto last = splitTrailingNumber(s);
        if (!last) return SerialRange{s, 0, 0, false};
        // "PREFIX-000001-000500": a trailing "-N" after another number is the end of a block,
        // but only when it is not smaller than the number before it and both have equal width.
        const std::string& head = last->first;
        if (head.size() > 1 && head.back() == '-') {
            std::string beforeDash = head.substr(0, head.size() - 1);
            auto first = splitTrailingNumber(beforeDash);
            std::size_t widthLast = s.size() - head.size();
            std::size_t widthFirst = beforeDash.size() - (first ? first->first.size() : 0);
            if (first && widthFirst == widthLast && first->second <= last->second)
                return SerialRange{first->first, first->second, last->second, true};
        }
        range = {last->first, last->second, last->second, true};
    }
    if (range.last < range.first) return std::nullopt;
    return range;
}

bool SerialRange::overlaps(const SerialRange& other) const {
    if (prefix != other.prefix || numeric != other.numeric) return false;
    if (!numeric) return true;  // same text
    return first <= other.last && other.first <= last;
}

std::string SerialRange::text() const {
    if (!numeric) return prefix;
    if (first == last) return prefix + std::to_string(first);
    return prefix + std::to_string(first) + "~" + std::to_string(last);
}

}  // namespace cnms::neutrality
