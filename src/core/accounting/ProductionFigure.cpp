// SPDX-License-Identifier: MIT
#include "cnms/accounting/ProductionFigure.h"

#include <cmath>

#include "cnms/core/TextUtil.h"

namespace cnms::accounting {

std::string_view toString(FigureKind kind) { return kind == FigureKind::Revenue ? "revenue" : "output"; }

std::optional<FigureKind> figureKindFromString(std::string_view text) {
    if (text == "output") return FigureKind::Output;
    if (text == "revenue") return FigureKind::Revenue;
    return std::nullopt;
}

std::vector<FieldIssue> validate(const ProductionFigure& figure) {
    std::vector<FieldIssue> issues;
    // The years an inventory can have: the standard's base years start in the 1990s.
    if (figure.year < 1990 || figure.year > 2100)
        issues.push_back({"year", "out_of_range", "the year must be between 1990 and 2100"});
    if (!std::isfinite(figure.quantity) || figure.quantity <= 0.0)
        issues.push_back({"quantity", "value_not_positive", "the quantity must be a number above 0"});
    const auto unit = text::trim(figure.unit);
    if (unit.empty())
        issues.push_back({"unit", "required",
                          figure.kind == FigureKind::Output ? "the unit of output is required, e.g. t clinker"
                                                            : "the unit of revenue is required, e.g. 10^4 CNY"});
    else if (unit.size() > 64)
        issues.push_back({"unit", "too_long", "the unit must be at most 64 characters"});
    for (const auto* text : {&figure.unit, &figure.product, &figure.evidence, &figure.note, &figure.site})
        if (!text::isValidUtf8(*text)) {
            issues.push_back({"text", "invalid_utf8", "a text field is not valid UTF-8"});
            break;
        }
    return issues;
}

}  // namespace cnms::accounting
