// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

/**
 * A reporting year's production output or revenue of a site or of the whole organization: the
 * denominators of emission intensity (issue 3, "intensity per unit of output and per revenue").
 */
namespace cnms::accounting {

using ProductionFigureId = std::int64_t;

/** What a figure measures. */
enum class FigureKind {
    Output,   ///< production output in a product unit, e.g. "t clinker"
    Revenue,  ///< revenue, "10^4 CNY" (万元) by default
};

/** "output" or "revenue". */
std::string_view toString(FigureKind kind);
/** The kind for "output"/"revenue"; nullopt for anything else. */
std::optional<FigureKind> figureKindFromString(std::string_view text);

/** The unit a revenue is given in unless the user says otherwise: ten thousand yuan (万元). */
inline constexpr std::string_view kDefaultRevenueUnit = "10^4 CNY";

/** One output or revenue figure; unique per (year, site, kind, unit). */
struct ProductionFigure {
    ProductionFigureId id = 0;
    FigureKind kind = FigureKind::Output;
    int year = 0;
    std::string site;  ///< site code; empty = the organization as a whole
    double quantity = 0.0;
    std::string unit;      ///< e.g. "t clinker", "t cement", "10^4 CNY"
    std::string product;   ///< product or description, e.g. "P·O 42.5 cement"
    std::string evidence;  ///< where the figure comes from, e.g. a statistics report number
    std::string note;

    bool operator==(const ProductionFigure&) const = default;
    /** True for the organization's own figure (no site). */
    bool organizationWide() const { return site.empty(); }
};

/**
 * Every issue of a figure taken on its own (fields: kind, year, quantity, unit, site is checked by
 * the service because it needs the project's sites); empty when valid.
 */
std::vector<FieldIssue> validate(const ProductionFigure& figure);

/** Stored figures; cnms_storage implements it. Writes need an open unit of work. */
class ProductionFigureRepository {
public:
    virtual ~ProductionFigureRepository() = default;
    /** Figures ordered by year, kind, site (organization first), unit; of one year when `year` is set. */
    virtual std::vector<ProductionFigure> list(std::optional<int> year = std::nullopt) const = 0;
    virtual std::optional<ProductionFigure> find(ProductionFigureId id) const = 0;
    /** The figure of (year, site code, kind, unit), if stored. */
    virtual std::optional<ProductionFigure> findKey(int year, std::string_view site, FigureKind kind,
                                                    std::string_view unit) const = 0;
    /** Stores a new figure of a known site (or the organization); keeps `id` when it is not 0. Returns the id. */
    virtual ProductionFigureId insert(const ProductionFigure& figure) = 0;
    virtual void update(const ProductionFigure& figure) = 0;
    virtual void remove(ProductionFigureId id) = 0;
    /** Number of figures of a site (a site with figures cannot be removed). */
    virtual std::int64_t countForSite(std::int64_t siteId) const = 0;
};

}  // namespace cnms::accounting
