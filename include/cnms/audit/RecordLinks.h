// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/Errors.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/core/RecordRef.h"

namespace cnms {

/**
 * Problems with links to records: the type must be one of the catalogue's record types, the id
 * must not be empty, and where this build's store can look the record up (sites by code or id,
 * audits, checklist items, nonconformities, actions) it must exist. Types stored by other modules
 * are accepted by type until their repositories can answer. Fields are named `field[i]`.
 */
std::vector<FieldIssue> checkRecordRefs(ProjectStore& store, const ClauseCatalogue& catalogue,
                                        const std::vector<RecordRef>& refs, std::string_view field);

}  // namespace cnms
