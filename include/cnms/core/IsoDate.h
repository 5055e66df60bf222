// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

/**
 * Calendar dates as the project stores them: ISO 8601 "YYYY-MM-DD" strings, which sort and
 * compare correctly as text. These helpers check and do arithmetic on them.
 */
namespace cnms::iso_date {

/** The date when `text` is exactly YYYY-MM-DD and a real calendar day (2023-02-29 is not). */
std::optional<std::chrono::year_month_day> parse(std::string_view text);
/** True when parse() would succeed. */
bool isValid(std::string_view text);
/** YYYY-MM-DD of a valid date. */
std::string format(std::chrono::year_month_day date);
/** `text` moved by `days` (negative for earlier); throws std::invalid_argument for an invalid date. */
std::string addDays(std::string_view text, int days);
/** Whole days from `from` to `to` (positive when `to` is later); throws std::invalid_argument. */
int daysBetween(std::string_view from, std::string_view to);
/** The year of a valid date; throws std::invalid_argument. */
int year(std::string_view text);

}  // namespace cnms::iso_date
