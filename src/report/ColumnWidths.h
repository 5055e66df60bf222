// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace cnms::report {

/**
 * Shares `available` width out among table columns in proportion to their `weights`, except that a
 * column whose content needs more than its share (`needs`, 0 for a column whose text may wrap) gets what
 * it needs and the other columns share the rest. Figures are thus never split over two lines while text
 * columns wrap. When the needs alone do not fit, the weights are returned unchanged: no share can be
 * honoured, and the layout wraps what it must.
 *
 * Returns one width per column, in the unit of `available`.
 */
std::vector<double> fitColumnWidths(const std::vector<double>& weights, const std::vector<double>& needs,
                                    double available);

}  // namespace cnms::report
