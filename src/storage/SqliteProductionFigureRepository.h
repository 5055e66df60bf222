// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/accounting/ProductionFigure.h"

namespace cnms::storage {

/** production_figure rows; the site is stored by id and read back as its code. */
class SqliteProductionFigureRepository : public accounting::ProductionFigureRepository {
public:
    SqliteProductionFigureRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<accounting::ProductionFigure> list(std::optional<int> year) const override;
    std::optional<accounting::ProductionFigure> find(accounting::ProductionFigureId id) const override;
    std::optional<accounting::ProductionFigure> findKey(int year, std::string_view site, accounting::FigureKind kind,
                                                        std::string_view unit) const override;
    accounting::ProductionFigureId insert(const accounting::ProductionFigure& figure) override;
    void update(const accounting::ProductionFigure& figure) override;
    void remove(accounting::ProductionFigureId id) override;
    std::int64_t countForSite(std::int64_t siteId) const override;

private:
    std::vector<accounting::ProductionFigure> query(const std::string& where,
                                                    const std::function<void(sqlite::Statement&)>& bind) const;
    /** The site's id, or nullopt for the organization; throws NotFoundError for an unknown code. */
    std::optional<std::int64_t> siteId(const std::string& code) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
