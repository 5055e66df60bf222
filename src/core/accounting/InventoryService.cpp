// SPDX-License-Identifier: MIT
#include "cnms/accounting/InventoryService.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "cnms/accounting/AccountingJson.h"
#include "cnms/accounting/RecordValidator.h"
#include "cnms/security/Session.h"

namespace cnms::accounting {
namespace {
std::string nowUtc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}
}  // namespace

InventoryService::InventoryService(ProjectStore& store) : m_store(store) {
    for (auto& set : m_store.factorSets().list()) m_library.addUserSet(std::move(set));
}

void InventoryService::addFactorSet(const FactorSet& set) {
    security::require(m_store, security::Permission::EditActivityData);
    if (auto issues = validate(set); !issues.empty()) throw ValidationError(std::move(issues));
    if (m_library.findSet(set.id, set.version))
        throw RefusedError("duplicate_version", "factor set " + set.id + " version " + set.version +
                                                    " already exists; give the new values a new version");
    auto work = m_store.begin("add factor set");
    m_store.factorSets().insert(set);
    work->commit();
    m_library.addUserSet(set);
}

FactorPin InventoryService::pinFor(int year) const {
    if (auto state = m_store.reportingYears().find(year))
        return nlohmann::json::parse(state->pinJson).get<FactorPin>();
    return m_library.pin(FactorSelection::defaults(), year);
}

FactorPin InventoryService::ensurePinned(int year) {
    if (auto state = m_store.reportingYears().find(year))
        return nlohmann::json::parse(state->pinJson).get<FactorPin>();
    auto pin = m_library.pin(FactorSelection::defaults(), year);
    m_store.reportingYears().save({year, nlohmann::json(pin).dump(), {}, {}});
    return pin;
}

ActivityBatch InventoryService::loadBatch(int year, FactorResolver& resolver) const {
    RecordValidator validator(resolver);
    ActivityBatch batch(year);
    batch.reserve(static_cast<std::size_t>(m_store.activities().countInYear(year)));
    std::vector<FieldIssue> issues;
    m_store.activities().forEachInYear(year, [&](ActivityId id, const ActivityRecord& record) {
        issues.clear();
        if (!batch.add(record, validator, issues))
            throw ValidationError({{"activity", "stored_record_invalid",
                                    "stored activity record #" + std::to_string(id) +
                                        " cannot be calculated with the year's factors: " +
                                        (issues.empty() ? std::string("unknown") : issues.front().message)}});
    });
    return batch;
}

GasInventory InventoryService::calculateFromRecords(int year, const FactorPin& pin) const {
    FactorResolver resolver(m_library, pin);
    auto batch = loadBatch(year, resolver);
    return GasInventory::calculate(batch, resolver);
}

void InventoryService::storeCache(int year, const FactorPin& pin, const GasInventory& gases) {
    m_store.reportingYears().save({year, nlohmann::json(pin).dump(), nlohmann::json(gases).dump(), nowUtc()});
}

void InventoryService::recalculate(int year) {
    auto pin = ensurePinned(year);
    storeCache(year, pin, calculateFromRecords(year, pin));
}

Inventory InventoryService::inventory(int year, const std::optional<std::string>& gwpOverride,
                                      const InventoryOptions& options) const {
    auto state = m_store.reportingYears().find(year);
    GasInventory gases;
    if (state && !state->gasInventoryJson.empty()) {
        gases = nlohmann::json::parse(state->gasInventoryJson).get<GasInventory>();
    } else {
        gases = calculateFromRecords(year, pinFor(year));
    }
    const auto& gwp = GwpSet::get(gwpOverride.value_or(gases.pin.gwpSet.empty() ? "AR5" : gases.pin.gwpSet));
    return Inventory::weigh(gases, gwp, options);
}

InventoryDifference InventoryService::previewRepin(int year, const FactorSelection& proposed) const {
    auto pinned = pinFor(year);
    FactorResolver resolver(m_library, pinned);
    auto batch = loadBatch(year, resolver);
    return compareFactorChoices(batch, m_library, pinned, proposed);
}

void InventoryService::repin(int year, const FactorSelection& proposed) {
    security::require(m_store, security::Permission::EditActivityData);
    auto pin = m_library.pin(proposed, year);
    auto gases = calculateFromRecords(year, pin);
    auto work = m_store.begin("re-pin factors of " + std::to_string(year));
    storeCache(year, pin, gases);
    work->commit();
}

}  // namespace cnms::accounting
