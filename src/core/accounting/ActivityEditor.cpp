// SPDX-License-Identifier: MIT
#include "cnms/accounting/ActivityEditor.h"

#include <algorithm>

#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/RecordValidator.h"
#include "cnms/security/Session.h"

namespace cnms::accounting {

ActivityEditor::ActivityEditor(ProjectStore& store) : m_store(store) {}

ActivityRecord ActivityEditor::existing(ActivityId id) const {
    auto record = m_store.activities().find(id);
    if (!record) throw NotFoundError("activity record #" + std::to_string(id) + " does not exist");
    return *record;
}

std::vector<FieldIssue> ActivityEditor::check(ActivityId id, const ActivityRecord& edited) const {
    const auto old = existing(id);
    std::vector<FieldIssue> issues;
    if (!m_store.sites().findByCode(edited.site))
        issues.push_back({"site", "unknown_site", "site '" + edited.site + "' is not a site of this project"});
    if (!edited.periodStart.valid()) {
        issues.push_back({"period_start", "invalid_date", "the period start is not a date"});
        return issues;
    }
    const int year = edited.periodStart.year;
    if (!edited.recordId.empty() && (edited.recordId != old.recordId || year != old.periodStart.year)) {
        const auto ids = m_store.activities().recordIdsInYear(year);
        if (std::find(ids.begin(), ids.end(), edited.recordId) != ids.end())
            issues.push_back({"record_id", "duplicate_record_id",
                              "record id '" + edited.recordId + "' is already used in " + std::to_string(year)});
    }
    InventoryService inventory(m_store);
    FactorResolver resolver(inventory.library(), inventory.pinFor(year));
    RecordValidator validator(resolver);
    auto more = validator.validate(edited);
    issues.insert(issues.end(), more.begin(), more.end());
    return issues;
}

void ActivityEditor::update(ActivityId id, const ActivityRecord& edited) {
    security::require(m_store, security::Permission::EditActivityData);
    const auto old = existing(id);
    if (auto issues = check(id, edited); !issues.empty()) throw ValidationError(std::move(issues));
    auto stored = edited;
    stored.enteredBy = old.enteredBy;  // who entered it stays; who changed it is in the change log
    stored.enteredAt = old.enteredAt;
    auto work = m_store.begin("edit activity record " + (old.recordId.empty() ? "#" + std::to_string(id) : old.recordId));
    m_store.activities().update(id, stored, m_store.sites().findByCode(stored.site)->id);
    InventoryService inventory(m_store);
    inventory.recalculate(stored.periodStart.year);
    if (old.periodStart.year != stored.periodStart.year) inventory.recalculate(old.periodStart.year);
    work->commit();
}

void ActivityEditor::remove(ActivityId id) {
    security::require(m_store, security::Permission::EditActivityData);
    const auto old = existing(id);
    auto work = m_store.begin("delete activity record " + (old.recordId.empty() ? "#" + std::to_string(id) : old.recordId));
    m_store.activities().remove(id);
    InventoryService(m_store).recalculate(old.periodStart.year);
    work->commit();
}

}  // namespace cnms::accounting
