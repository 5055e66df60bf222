// SPDX-License-Identifier: MIT
#include "cnms/io/ExcelValues.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace cnms::io::excel {
namespace {

struct Civil {
    long long year;
    unsigned month, day;
};

// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
Civil civilFromDays(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

std::size_t significantDigits(std::string_view fixed) {
    std::size_t count = 0;
    bool leading = true;
    for (char c : fixed) {
        if (c < '0' || c > '9') continue;
        if (leading && c == '0') continue;
        leading = false;
        ++count;
    }
    return count;
}

void stripTrailingZeros(std::string& s) {
    if (s.find('.') == std::string::npos) return;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
}

}  // namespace

std::string formatNumber(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == 0) return "0";  // also -0
    char buf[400];
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-9 || magnitude >= 1e21) {
        auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
        return std::string(buf, r.ptr);
    }
    auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    std::string text(buf, r.ptr);
    if (magnitude < 1e15 && significantDigits(text) > 15) {
        // Excel keeps 15 significant digits: 0.1+0.2 is stored as 0.30000000000000004, shown as 0.3.
        const int intDigits = magnitude >= 1 ? static_cast<int>(std::floor(std::log10(magnitude))) + 1 : 0;
        int leadingZeros = 0;
        if (magnitude < 1) leadingZeros = -static_cast<int>(std::floor(std::log10(magnitude))) - 1;
        const int precision = std::max(0, 15 - intDigits + leadingZeros);
        r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, precision);
        text.assign(buf, r.ptr);
        stripTrailingZeros(text);
        if (text == "-0") text = "0";
    }
    return text;
}

FormatKind classifyFormatCode(std::string_view code) {
    bool date = false, month = false, time = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            auto close = code.find('"', i + 1);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {  // escaped / spacing / fill character
            ++i;
        } else if (c == '[') {  // [Red], [$-804], [DBNum1]; [h] [m] [s] are elapsed time
            auto close = code.find(']', i + 1);
            if (close == std::string_view::npos) break;
            std::string_view inner = code.substr(i + 1, close - i - 1);
            if (!inner.empty() && (inner[0] == 'h' || inner[0] == 'H' || inner[0] == 's' || inner[0] == 'S'))
                time = true;
            i = close;
        } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') {
            date = true;
        } else if (c == 'm' || c == 'M') {
            month = true;
        } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
            time = true;
        }
    }
    if (date || (month && !time)) return time ? FormatKind::DateTime : FormatKind::Date;
    return FormatKind::Number;
}

FormatKind classifyBuiltInFormat(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 ||
        id == 58)
        return FormatKind::Date;
    if (id == 22) return FormatKind::DateTime;
    return FormatKind::Number;
}

std::optional<std::string> serialToIso(double serial, bool date1904, bool withTime) {
    if (!(serial >= 0) || serial >= 2958466) return std::nullopt;  // 2958465 = 9999-12-31
    long long days = static_cast<long long>(std::floor(serial));
    long long seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds = 0;
    }
    Civil date{};
    if (date1904) {
        date = civilFromDays(daysFromCivil(1904, 1, 1) + days);
    } else if (days == 0) {
        return std::nullopt;  // Excel shows 1900-01-00
    } else if (days == 60) {
        date = {1900, 2, 29};  // the day that does not exist, as Excel shows it
    } else {
        date = civilFromDays(daysFromCivil(1899, 12, days < 60 ? 31 : 30) + days);
    }
    if (date.year > 9999) return std::nullopt;
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", date.year, date.month, date.day);
    if (withTime && seconds != 0)
        n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), " %02lld:%02lld:%02lld", seconds / 3600,
                           seconds / 60 % 60, seconds % 60);
    return std::string(buf, static_cast<std::size_t>(n));
}

long long daysFromCivil(int year, unsigned month, unsigned day) {
    const long long y = static_cast<long long>(year) - (month <= 2);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

double isoDateToSerial(int year, unsigned month, unsigned day) {
    return static_cast<double>(daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30));
}

}  // namespace cnms::io::excel
