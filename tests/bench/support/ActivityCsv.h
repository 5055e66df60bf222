// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace cnms::bench {

/** Number of sites the generated rows use: S00 ... S59. */
constexpr int kBenchSites = 60;

/**
 * `rows` activity records of 2024 in the import CSV format: 60 sites, every source type, monthly
 * periods, some rows with their own factors. Deterministic, so runs compare.
 */
std::string activityCsv(std::size_t rows);

}  // namespace cnms::bench
