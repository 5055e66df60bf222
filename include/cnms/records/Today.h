// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

/**
 * Dates of the registers (ISO 8601 YYYY-MM-DD strings, which compare correctly as text) and the
 * clock the overdue rules read, injected so that tests and demos choose "today".
 * (Kept in the records area; the lead may unify it with another capability's clock.)
 */
namespace cnms::records {

/** Where "today" comes from. */
class Today {
public:
    virtual ~Today() = default;
    /** The current local date as YYYY-MM-DD. */
    virtual std::string date() const = 0;
};

/** The system clock's local date. */
class SystemToday : public Today {
public:
    std::string date() const override;
};

/** A fixed date, for tests and for `--today`. */
class FixedToday : public Today {
public:
    explicit FixedToday(std::string date) : m_date(std::move(date)) {}
    std::string date() const override { return m_date; }

private:
    std::string m_date;
};

namespace dates {
/** True when `s` is exactly YYYY-MM-DD and a real calendar date (leap years checked). */
bool isValid(std::string_view s);
/** `date` plus `days` (may be negative); nullopt when `date` is not valid. */
std::optional<std::string> addDays(std::string_view date, int days);
/** `date` plus whole months, clamped to the month's last day (e.g. 01-31 + 1 month = 02-28). */
std::optional<std::string> addMonths(std::string_view date, int months);
/** Days from `from` to `to` (positive when `to` is later); nullopt when either is invalid. */
std::optional<int> daysBetween(std::string_view from, std::string_view to);
}  // namespace dates

}  // namespace cnms::records
