// SPDX-License-Identifier: MIT
#include "cnms/accounting/ProductionFigureService.h"

#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms::accounting {
namespace {

std::string describe(const ProductionFigure& f) {
    return std::string(toString(f.kind)) + " " + std::to_string(f.year) + " " + (f.site.empty() ? "organization" : f.site) +
           " (" + f.unit + ")";
}

}  // namespace

ProductionFigureService::ProductionFigureService(ProjectStore& store) : m_store(store) {}

ProductionFigure ProductionFigureService::normalized(ProductionFigure figure) {
    figure.site = std::string(text::trim(figure.site));
    figure.unit = std::string(text::trim(figure.unit));
    figure.product = std::string(text::trim(figure.product));
    figure.evidence = std::string(text::trim(figure.evidence));
    figure.note = std::string(text::trim(figure.note));
    if (figure.kind == FigureKind::Revenue && figure.unit.empty()) figure.unit = std::string(kDefaultRevenueUnit);
    return figure;
}

std::vector<FieldIssue> ProductionFigureService::check(const ProductionFigure& input) const {
    const auto figure = normalized(input);
    auto issues = validate(figure);
    if (!figure.site.empty() && !m_store.sites().findByCode(figure.site))
        issues.push_back({"site", "unknown_site", "site '" + figure.site + "' is not a site of this project"});
    if (issues.empty()) {
        auto same = m_store.productionFigures().findKey(figure.year, figure.site, figure.kind, figure.unit);
        if (same && same->id != figure.id)
            issues.push_back({"unit", "duplicate",
                              "there is already a figure of " + describe(figure) + "; change that one instead"});
    }
    return issues;
}

std::vector<ProductionFigure> ProductionFigureService::list(std::optional<int> year) const {
    return m_store.productionFigures().list(year);
}

ProductionFigureId ProductionFigureService::add(const ProductionFigure& input) {
    security::require(m_store, security::Permission::EditActivityData);
    auto figure = normalized(input);
    figure.id = 0;
    if (auto issues = check(figure); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("add " + describe(figure));
    const auto id = m_store.productionFigures().insert(figure);
    work->commit();
    return id;
}

void ProductionFigureService::update(const ProductionFigure& input) {
    security::require(m_store, security::Permission::EditActivityData);
    const auto figure = normalized(input);
    if (!m_store.productionFigures().find(figure.id))
        throw NotFoundError("output or revenue figure #" + std::to_string(figure.id) + " does not exist");
    if (auto issues = check(figure); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("edit " + describe(figure));
    m_store.productionFigures().update(figure);
    work->commit();
}

ProductionFigure ProductionFigureService::set(const ProductionFigure& input) {
    security::require(m_store, security::Permission::EditActivityData);
    auto figure = normalized(input);
    figure.id = 0;
    if (auto issues = validate(figure); issues.empty()) {
        if (auto stored = m_store.productionFigures().findKey(figure.year, figure.site, figure.kind, figure.unit))
            figure.id = stored->id;
    }
    if (figure.id != 0) update(figure);
    else figure.id = add(figure);
    return figure;
}

ProductionFigure ProductionFigureService::remove(ProductionFigureId id) {
    security::require(m_store, security::Permission::EditActivityData);
    auto old = m_store.productionFigures().find(id);
    if (!old) throw NotFoundError("output or revenue figure #" + std::to_string(id) + " does not exist");
    auto work = m_store.begin("remove " + describe(*old));
    m_store.productionFigures().remove(id);
    work->commit();
    return *old;
}

}  // namespace cnms::accounting
