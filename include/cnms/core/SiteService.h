// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "cnms/core/ProjectStore.h"

namespace cnms {

/** The organization and its sites: validation and the rules that span records (unique codes). */
class SiteService {
public:
    explicit SiteService(ProjectStore& store) : m_store(store) {}

    Organization organization() const;
    /** Validates and saves the organization in one unit of work; throws ValidationError. */
    void saveOrganization(const Organization& org);

    std::vector<Site> sites() const;
    /** Validates and stores a new site; the code must be unique. Returns the stored site. */
    Site addSite(const Site& site);
    /** Validates and stores changes to an existing site. */
    void updateSite(const Site& site);
    /** Removes a site by id; throws NotFoundError when there is none. */
    Site removeSite(SiteId id);
    /** Removes a site by code (the CLI's way to name one). */
    Site removeSiteByCode(std::string_view code);

private:
    void checkSite(const Site& site) const;
    ProjectStore& m_store;
};

}  // namespace cnms
