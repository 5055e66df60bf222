// SPDX-License-Identifier: MIT
#include "cnms/records/Today.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace cnms::records {
namespace {

using namespace std::chrono;

std::optional<year_month_day> parse(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (s[i] - '0');
        }
    year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])}, day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok() || parts[0] < 1900) return std::nullopt;
    return ymd;
}

std::string format(const year_month_day& ymd) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

}  // namespace

std::string SystemToday::date() const {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

namespace dates {

bool isValid(std::string_view s) { return parse(s).has_value(); }

std::optional<std::string> addDays(std::string_view date, int n) {
    auto ymd = parse(date);
    if (!ymd) return std::nullopt;
    return format(year_month_day{sys_days{*ymd} + days{n}});
}

std::optional<std::string> addMonths(std::string_view date, int n) {
    auto ymd = parse(date);
    if (!ymd) return std::nullopt;
    year_month_day moved = *ymd + months{n};
    if (!moved.ok()) moved = moved.year() / moved.month() / last;
    return format(moved);
}

std::optional<int> daysBetween(std::string_view from, std::string_view to) {
    auto a = parse(from), b = parse(to);
    if (!a || !b) return std::nullopt;
    return static_cast<int>((sys_days{*b} - sys_days{*a}).count());
}

}  // namespace dates
}  // namespace cnms::records
