// SPDX-License-Identifier: MIT
#include "cnms/core/IsoDate.h"

#include <cstdio>
#include <stdexcept>

namespace cnms::iso_date {
namespace {
using namespace std::chrono;

bool allDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int toInt(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

year_month_day require(std::string_view text) {
    auto d = parse(text);
    if (!d) throw std::invalid_argument("not a valid date (YYYY-MM-DD): '" + std::string(text) + "'");
    return *d;
}
}  // namespace

std::optional<year_month_day> parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!allDigits(y) || !allDigits(m) || !allDigits(d)) return std::nullopt;
    year_month_day date{std::chrono::year(toInt(y)), std::chrono::month(static_cast<unsigned>(toInt(m))),
                        std::chrono::day(static_cast<unsigned>(toInt(d)))};
    if (!date.ok()) return std::nullopt;
    return date;
}

bool isValid(std::string_view text) { return parse(text).has_value(); }

std::string format(year_month_day date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return buf;
}

std::string addDays(std::string_view text, int count) {
    return format(year_month_day(sys_days(require(text)) + days(count)));
}

int daysBetween(std::string_view from, std::string_view to) {
    return static_cast<int>((sys_days(require(to)) - sys_days(require(from))).count());
}

int year(std::string_view text) { return static_cast<int>(require(text).year()); }

}  // namespace cnms::iso_date
