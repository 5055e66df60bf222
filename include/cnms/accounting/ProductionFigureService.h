// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "cnms/accounting/ProductionFigure.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::accounting {

/**
 * Keeps the output and revenue figures of the reporting years: checks them (known site, one figure
 * per year, site, kind and unit) and the permission to edit activity data, and writes each change
 * in its own unit of work with its change-log entry.
 */
class ProductionFigureService {
public:
    explicit ProductionFigureService(ProjectStore& store);

    /** The figure as it would be stored: texts trimmed, a revenue without unit in 10^4 CNY. */
    static ProductionFigure normalized(ProductionFigure figure);
    /** Every issue of the (normalized) figure, including an unknown site and a duplicate key; empty when valid. */
    std::vector<FieldIssue> check(const ProductionFigure& figure) const;

    /** Figures of one year, or all; see ProductionFigureRepository::list. */
    std::vector<ProductionFigure> list(std::optional<int> year = std::nullopt) const;

    /** Stores a new figure. Throws ValidationError with every issue (a duplicate key is `duplicate`). */
    ProductionFigureId add(const ProductionFigure& figure);
    /** Rewrites a stored figure. Throws NotFoundError, ValidationError. */
    void update(const ProductionFigure& figure);
    /**
     * Stores the figure of its (year, site, kind, unit): replaces the quantity and texts of the
     * stored one when there is one, else adds it. Returns the stored figure (with its id).
     */
    ProductionFigure set(const ProductionFigure& figure);
    /** Deletes a figure and returns what it was. Throws NotFoundError. */
    ProductionFigure remove(ProductionFigureId id);

private:
    ProjectStore& m_store;
};

}  // namespace cnms::accounting
