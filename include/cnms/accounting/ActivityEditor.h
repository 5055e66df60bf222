// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/InventoryStore.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::accounting {

/**
 * Edits stored activity records one at a time: the correction the issue asks for instead of a
 * negative row. An edited record passes the same checks as an imported one (known site, fields,
 * factor and unit under the year's pinned factors, record id unique in its year); the change log
 * keeps the old and new values; the inventory of every year touched is recalculated in the same
 * unit of work, so totals never disagree with the records.
 */
class ActivityEditor {
public:
    explicit ActivityEditor(ProjectStore& store);

    /** Every issue the edited record has (fields named as the import columns); empty when valid. */
    std::vector<FieldIssue> check(ActivityId id, const ActivityRecord& edited) const;
    /** Stores an edited record. Throws NotFoundError for an unknown id, ValidationError with every issue. */
    void update(ActivityId id, const ActivityRecord& edited);
    /** Deletes a record and recalculates its year. Throws NotFoundError. */
    void remove(ActivityId id);

private:
    ActivityRecord existing(ActivityId id) const;

    ProjectStore& m_store;
};

}  // namespace cnms::accounting
