// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms {

using SiteId = std::int64_t;

/** A site (场所) of the organization: a plant, station or office inside the boundary. */
struct Site {
    SiteId id = 0;  ///< 0 until stored
    std::string code;
    std::string name;
    std::string province;
    std::string address;
    double equitySharePct = 100.0;  ///< the organization's share, used by the equity-share approach

    bool operator==(const Site&) const = default;
};

/** Every problem with a site's own fields; uniqueness of the code is checked by SiteService. */
std::vector<FieldIssue> validate(const Site& site);

/** The 34 provincial-level divisions of China, in Chinese, for pick lists and validation. */
const std::vector<std::string>& chineseProvinces();

}  // namespace cnms
