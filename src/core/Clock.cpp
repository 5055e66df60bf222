// SPDX-License-Identifier: MIT
#include "cnms/core/Clock.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "cnms/core/IsoDate.h"

namespace cnms {
namespace {
using namespace std::chrono;

std::chrono::seconds parseTimeOfDay(std::string_view text) {
    int h = 0, m = 0, s = 0;
    char extra = 0;
    std::string copy(text);
    if (std::sscanf(copy.c_str(), "%2d:%2d:%2d%c", &h, &m, &s, &extra) != 3 || copy.size() != 8 || h > 23 || m > 59 ||
        s > 59 || h < 0 || m < 0 || s < 0)
        throw std::invalid_argument("time of day must be HH:MM:SS, got '" + copy + "'");
    return hours(h) + minutes(m) + seconds(s);
}
}  // namespace

std::string Clock::timestamp() const {
    auto t = system_clock::to_time_t(now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

const Clock& Clock::system() {
    static const SystemClock clock;
    return clock;
}

system_clock::time_point SystemClock::now() const { return system_clock::now(); }

std::string SystemClock::today() const {
    // The user's calendar day, not UTC: at 07:00 in Hangzhou the UTC date is still yesterday.
    auto t = system_clock::to_time_t(now());
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

FixedClock::FixedClock(std::string_view isoDate, std::string_view timeOfDay) { set(isoDate, timeOfDay); }

void FixedClock::set(std::string_view isoDate, std::string_view timeOfDay) {
    auto date = iso_date::parse(isoDate);
    if (!date) throw std::invalid_argument("date must be YYYY-MM-DD, got '" + std::string(isoDate) + "'");
    m_now = sys_days(*date) + parseTimeOfDay(timeOfDay);
}

std::string FixedClock::today() const { return iso_date::format(year_month_day(floor<days>(m_now))); }

void FixedClock::advanceDays(int count) { m_now += days(count); }

}  // namespace cnms
