// SPDX-License-Identifier: MIT
#include "cnms/core/SiteService.h"

#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {
namespace {
Site normalized(Site site) {
    site.code = std::string(text::trim(site.code));
    site.name = std::string(text::trim(site.name));
    site.province = std::string(text::trim(site.province));
    site.address = std::string(text::trim(site.address));
    return site;
}
}  // namespace

Organization SiteService::organization() const { return m_store.organization().get(); }

void SiteService::saveOrganization(const Organization& input) {
    security::require(m_store, security::Permission::EditOrganization);
    Organization org = input;
    org.name = std::string(text::trim(org.name));
    org.creditCode = std::string(text::trim(org.creditCode));
    org.industryCode = std::string(text::trim(org.industryCode));
    if (auto issues = validate(org); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("edit organization");
    m_store.organization().save(org);
    work->commit();
}

std::vector<Site> SiteService::sites() const { return m_store.sites().list(); }

void SiteService::checkSite(const Site& site) const {
    auto issues = validate(site);
    if (auto other = m_store.sites().findByCode(site.code); other && other->id != site.id)
        issues.push_back({"code", "duplicate", "a site with code '" + site.code + "' already exists"});
    if (!issues.empty()) throw ValidationError(std::move(issues));
}

Site SiteService::addSite(const Site& input) {
    security::require(m_store, security::Permission::EditOrganization);
    Site site = normalized(input);
    checkSite(site);
    auto work = m_store.begin("add site");
    site.id = m_store.sites().insert(site);
    work->commit();
    return site;
}

void SiteService::updateSite(const Site& input) {
    security::require(m_store, security::Permission::EditOrganization);
    Site site = normalized(input);
    if (!m_store.sites().find(site.id)) throw NotFoundError("no site with id " + std::to_string(site.id));
    checkSite(site);
    auto work = m_store.begin("edit site");
    m_store.sites().update(site);
    work->commit();
}

Site SiteService::removeSite(SiteId id) {
    security::require(m_store, security::Permission::EditOrganization);
    auto site = m_store.sites().find(id);
    if (!site) throw NotFoundError("no site with id " + std::to_string(id));
    if (auto n = m_store.activities().countForSite(id); n > 0)
        throw RefusedError("site_in_use", "site " + site->code + " has " + std::to_string(n) +
                                              " activity records; remove or move them before removing the site");
    if (auto n = m_store.productionFigures().countForSite(id); n > 0)
        throw RefusedError("site_in_use", "site " + site->code + " has " + std::to_string(n) +
                                              " output or revenue figures; remove them before removing the site");
    auto work = m_store.begin("remove site");
    m_store.sites().remove(id);
    work->commit();
    return *site;
}

Site SiteService::removeSiteByCode(std::string_view code) {
    auto site = m_store.sites().findByCode(text::trim(code));
    if (!site) throw NotFoundError("no site with code '" + std::string(code) + "'");
    return removeSite(site->id);
}

}  // namespace cnms
