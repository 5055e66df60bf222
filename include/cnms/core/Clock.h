// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace cnms {

/**
 * Where the domain gets "now" and "today" from, so that rules depending on the date (overdue
 * actions, "not in the future") are testable. Services take a `const Clock&`; the application
 * passes Clock::system(), tests a FixedClock.
 */
class Clock {
public:
    virtual ~Clock() = default;
    /** The current instant. */
    virtual std::chrono::system_clock::time_point now() const = 0;
    /** Today's calendar date where the user is, as ISO 8601 YYYY-MM-DD. */
    virtual std::string today() const = 0;
    /** now() as ISO 8601 UTC with seconds, e.g. 2026-03-15T08:30:00Z. */
    std::string timestamp() const;

    /** The process-wide system clock (local time zone for today()). */
    static const Clock& system();
};

/** The operating system's clock. */
class SystemClock : public Clock {
public:
    std::chrono::system_clock::time_point now() const override;
    std::string today() const override;
};

/** A clock that stands still at a given date and time until moved; for tests and reproducible runs. */
class FixedClock : public Clock {
public:
    /** `isoDate` is YYYY-MM-DD, `timeOfDay` HH:MM:SS (UTC); throws std::invalid_argument when malformed. */
    explicit FixedClock(std::string_view isoDate, std::string_view timeOfDay = "09:00:00");
    std::chrono::system_clock::time_point now() const override { return m_now; }
    std::string today() const override;
    /** Moves the clock forward (or back, with a negative count) by whole days. */
    void advanceDays(int days);
    void set(std::string_view isoDate, std::string_view timeOfDay = "09:00:00");

private:
    std::chrono::system_clock::time_point m_now;
};

}  // namespace cnms
