// SPDX-License-Identifier: MIT
#include "SqliteSiteRepository.h"

#include "cnms/core/Errors.h"
#include "cnms/core/JsonCodec.h"

namespace cnms::storage {

std::vector<Site> SqliteSiteRepository::query(std::string_view where,
                                              const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare("SELECT id, code, name, province, address, equity_share_pct FROM site " +
                           std::string(where) + " ORDER BY code");
    bind(st);
    std::vector<Site> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getDouble(5)});
    return out;
}

std::vector<Site> SqliteSiteRepository::list() const {
    return query("", [](sqlite::Statement&) {});
}

std::optional<Site> SqliteSiteRepository::find(SiteId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::optional<Site> SqliteSiteRepository::findByCode(std::string_view code) const {
    auto rows = query("WHERE code = ?", [code](sqlite::Statement& st) { st.bind(1, code); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

SiteId SqliteSiteRepository::insert(const Site& site) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO site (id, code, name, province, address, equity_share_pct) VALUES (?, ?, ?, ?, ?, ?)");
    if (site.id != 0) st.bind(1, site.id); else st.bindNull(1);
    st.bind(2, site.code).bind(3, site.name).bind(4, site.province).bind(5, site.address).bind(6, site.equitySharePct);
    st.run();
    Site stored = site;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "site", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteSiteRepository::update(const Site& site) {
    m_log.requireTransaction();
    auto old = find(site.id);
    if (!old) throw NotFoundError("no site with id " + std::to_string(site.id));
    auto st = m_db.prepare(
        "UPDATE site SET code = ?, name = ?, province = ?, address = ?, equity_share_pct = ? WHERE id = ?");
    st.bind(1, site.code).bind(2, site.name).bind(3, site.province).bind(4, site.address);
    st.bind(5, site.equitySharePct).bind(6, site.id).run();
    m_log.record("update", "site", std::to_string(site.id), nlohmann::json(*old).dump(), nlohmann::json(site).dump());
}

void SqliteSiteRepository::remove(SiteId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no site with id " + std::to_string(id));
    m_db.prepare("DELETE FROM site WHERE id = ?").bind(1, id).run();
    m_log.record("delete", "site", std::to_string(id), nlohmann::json(*old).dump(), {});
}

}  // namespace cnms::storage
