// SPDX-License-Identifier: MIT
#include "SqliteProductionFigureRepository.h"

#include "cnms/accounting/ProductionFigureJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
using accounting::ProductionFigure;

std::vector<ProductionFigure> SqliteProductionFigureRepository::query(
    const std::string& where, const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare(
        "SELECT f.id, f.kind, f.year, IFNULL(s.code, ''), f.quantity, f.unit, f.product, f.evidence, f.note "
        "FROM production_figure f LEFT JOIN site s ON s.id = f.site_id " +
        where + " ORDER BY f.year, f.kind, IFNULL(s.code, ''), f.unit");
    bind(st);
    std::vector<ProductionFigure> out;
    while (st.step()) {
        ProductionFigure f;
        f.id = st.getInt(0);
        f.kind = accounting::figureKindFromString(st.getText(1)).value_or(accounting::FigureKind::Output);
        f.year = static_cast<int>(st.getInt(2));
        f.site = st.getText(3);
        f.quantity = st.getDouble(4);
        f.unit = st.getText(5);
        f.product = st.getText(6);
        f.evidence = st.getText(7);
        f.note = st.getText(8);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<ProductionFigure> SqliteProductionFigureRepository::list(std::optional<int> year) const {
    if (!year) return query("", [](sqlite::Statement&) {});
    return query("WHERE f.year = ?", [&](sqlite::Statement& st) { st.bind(1, *year); });
}

std::optional<ProductionFigure> SqliteProductionFigureRepository::find(accounting::ProductionFigureId id) const {
    auto rows = query("WHERE f.id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::optional<ProductionFigure> SqliteProductionFigureRepository::findKey(int year, std::string_view site,
                                                                          accounting::FigureKind kind,
                                                                          std::string_view unit) const {
    auto rows = query("WHERE f.year = ? AND IFNULL(s.code, '') = ? AND f.kind = ? AND f.unit = ?",
                      [&](sqlite::Statement& st) { st.bind(1, year).bind(2, site).bind(3, toString(kind)).bind(4, unit); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::optional<std::int64_t> SqliteProductionFigureRepository::siteId(const std::string& code) const {
    if (code.empty()) return std::nullopt;
    auto st = m_db.prepare("SELECT id FROM site WHERE code = ?");
    st.bind(1, code);
    if (!st.step()) throw NotFoundError("site '" + code + "' is not a site of this project");
    return st.getInt(0);
}

accounting::ProductionFigureId SqliteProductionFigureRepository::insert(const ProductionFigure& figure) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO production_figure (id, year, site_id, kind, quantity, unit, product, evidence, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (figure.id != 0) st.bind(1, figure.id); else st.bindNull(1);
    st.bind(2, figure.year).bind(3, siteId(figure.site)).bind(4, toString(figure.kind)).bind(5, figure.quantity);
    st.bind(6, figure.unit).bind(7, figure.product).bind(8, figure.evidence).bind(9, figure.note);
    st.run();
    ProductionFigure stored = figure;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "production_figure", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteProductionFigureRepository::update(const ProductionFigure& figure) {
    m_log.requireTransaction();
    auto old = find(figure.id);
    if (!old) throw NotFoundError("no output or revenue figure with id " + std::to_string(figure.id));
    auto st = m_db.prepare(
        "UPDATE production_figure SET year = ?, site_id = ?, kind = ?, quantity = ?, unit = ?, product = ?, "
        "evidence = ?, note = ? WHERE id = ?");
    st.bind(1, figure.year).bind(2, siteId(figure.site)).bind(3, toString(figure.kind)).bind(4, figure.quantity);
    st.bind(5, figure.unit).bind(6, figure.product).bind(7, figure.evidence).bind(8, figure.note).bind(9, figure.id);
    st.run();
    m_log.record("update", "production_figure", std::to_string(figure.id), nlohmann::json(*old).dump(),
                 nlohmann::json(figure).dump());
}

void SqliteProductionFigureRepository::remove(accounting::ProductionFigureId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no output or revenue figure with id " + std::to_string(id));
    m_db.prepare("DELETE FROM production_figure WHERE id = ?").bind(1, id).run();
    m_log.record("delete", "production_figure", std::to_string(id), nlohmann::json(*old).dump(), {});
}

std::int64_t SqliteProductionFigureRepository::countForSite(std::int64_t siteId) const {
    auto st = m_db.prepare("SELECT COUNT(*) FROM production_figure WHERE site_id = ?");
    st.bind(1, siteId);
    st.step();
    return st.getInt(0);
}

}  // namespace cnms::storage
