// SPDX-License-Identifier: MIT
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/security/Session.h"

#include <cstdio>

namespace cnms::neutrality {
namespace {

template <class T>
void throwIfInvalid(const T& record) {
    if (auto issues = validate(record); !issues.empty()) throw ValidationError(std::move(issues));
}

/** Validates a new record and stores it in one unit of work described as "add <what>". */
template <class Record, class Repository>
Record insertNew(ProjectStore& store, Repository& repository, Record record, const std::string& what) {
    security::require(store, security::Permission::EditNeutrality);
    record.id = 0;
    throwIfInvalid(record);
    auto work = store.begin("add " + what);
    record.id = repository.insert(record);
    work->commit();
    return record;
}

/** Stores a checked change in one unit of work described as "edit <what>". */
template <class Record, class Repository>
void storeChange(ProjectStore& store, Repository& repository, const Record& record, const std::string& what) {
    security::require(store, security::Permission::EditNeutrality);
    auto work = store.begin("edit " + what);
    repository.update(record);
    work->commit();
}

template <class Id, class Repository>
void removeById(ProjectStore& store, Repository& repository, Id id, const std::string& what) {
    security::require(store, security::Permission::EditNeutrality);
    auto work = store.begin("remove " + what);
    repository.remove(id);
    work->commit();
}

std::string tonnes(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

}  // namespace

std::optional<OffsetCredit> NeutralityService::doubleCounted(const OffsetCredit& credit) const {
    auto range = SerialRange::parse(credit.serial);
    if (!range) return std::nullopt;
    for (auto& other : m_store.credits().overlapping(recogniseRegistry(credit.registry).key, *range))
        if (other.id != credit.id) return other;
    return std::nullopt;
}

OffsetCredit NeutralityService::addCredit(const OffsetCredit& input) {
    security::require(m_store, security::Permission::EditNeutrality);
    OffsetCredit credit = input;
    credit.id = 0;
    throwIfInvalid(credit);
    if (auto earlier = doubleCounted(credit))
        throw RefusedError("duplicate_serial", "credit " + credit.registry + " " + credit.serial +
                                                   " is already recorded as credit #" + std::to_string(earlier->id) +
                                                   " (" + earlier->registry + " " + earlier->serial + ")");
    auto work = m_store.begin("add offset credit");
    credit.id = m_store.credits().insert(credit);
    work->commit();
    return credit;
}

void NeutralityService::updateCredit(const OffsetCredit& credit) {
    security::require(m_store, security::Permission::EditNeutrality);
    throwIfInvalid(credit);
    if (!m_store.credits().find(credit.id)) throw NotFoundError("no offset credit #" + std::to_string(credit.id));
    if (auto earlier = doubleCounted(credit))
        throw RefusedError("duplicate_serial", "serial " + credit.serial + " overlaps credit #" +
                                                   std::to_string(earlier->id) + " (" + earlier->serial + ")");
    storeChange(m_store, m_store.credits(), credit, "offset credit");
}

void NeutralityService::removeCredit(CreditId id) { removeById(m_store, m_store.credits(), id, "offset credit"); }

ReductionMeasure NeutralityService::addMeasure(const ReductionMeasure& input) {
    return insertNew(m_store, m_store.measures(), input, "reduction measure");
}

void NeutralityService::updateMeasure(const ReductionMeasure& m) {
    security::require(m_store, security::Permission::EditNeutrality);
    throwIfInvalid(m);
    auto old = m_store.measures().find(m.id);
    if (!old) throw NotFoundError("no reduction measure #" + std::to_string(m.id));
    if (!canMove(old->status, m.status))
        throw RefusedError("status_transition", "a measure cannot move from " + std::string(toString(old->status)) +
                                                    " to " + std::string(toString(m.status)) +
                                                    " (one step forward at a time, or cancelled before done)");
    storeChange(m_store, m_store.measures(), m, "reduction measure");
}

void NeutralityService::removeMeasure(MeasureId id) {
    removeById(m_store, m_store.measures(), id, "reduction measure");
}

Target NeutralityService::addTarget(const Target& input) { return insertNew(m_store, m_store.targets(), input, "target"); }

void NeutralityService::updateTarget(const Target& t) {
    security::require(m_store, security::Permission::EditNeutrality);
    throwIfInvalid(t);
    if (!m_store.targets().find(t.id)) throw NotFoundError("no target #" + std::to_string(t.id));
    storeChange(m_store, m_store.targets(), t, "target");
}

void NeutralityService::removeTarget(TargetId id) { removeById(m_store, m_store.targets(), id, "target"); }

NeutralityBalance NeutralityService::evaluate(double boundaryEmissionsTco2e, double baseYearEmissionsTco2e,
                                              const ClaimPeriod& claim) const {
    return evaluateNeutrality(boundaryEmissionsTco2e, baseYearEmissionsTco2e, m_store.credits().list(), claim);
}

std::vector<ChecklistItem> claimChecklist(const NeutralityBalance& balance, const std::vector<Target>& targets,
                                          const InventoryFacts& inventory) {
    std::vector<ChecklistItem> items;
    items.push_back({"inventory_complete", inventory.complete, inventory.completeness});

    const Target* plan = nullptr;
    for (const auto& t : targets)
        if (t.neutralityYear) plan = &t;
    items.push_back({"management_plan", plan != nullptr && !targets.empty(),
                     plan ? "target '" + plan->name + "' with neutrality year " + std::to_string(*plan->neutralityYear) +
                                " and " + std::to_string(targets.size()) + " reduction target(s)"
                          : (targets.empty() ? "no reduction target recorded"
                                             : "reduction targets recorded, but none states a neutrality year")});

    bool reduced = balance.reductionsTco2e > 0;
    items.push_back({"reductions_shown", inventory.firstPeriod || reduced,
                     reduced ? tonnes(balance.reductionsTco2e) + " tCO2e below the base year"
                             : (inventory.firstPeriod ? "first claim period: reductions are shown from the next period"
                                                      : "no reduction against the base year after the first period")});

    bool traceable = !balance.accepted.empty();
    std::string untraceable;
    for (const auto& c : balance.accepted)
        if (c.serial.empty() || c.retirementDate.empty() || c.beneficiary.empty()) {
            traceable = false;
            untraceable = c.registry + " " + c.serial;
            break;
        }
    items.push_back({"credits_retired_traceable", traceable,
                     balance.accepted.empty()
                         ? "no credit counted"
                         : (traceable ? std::to_string(balance.accepted.size()) +
                                            " credit record(s), each with serial, retirement date and beneficiary"
                                      : "credit " + untraceable + " lacks a retirement date or beneficiary")});

    double share = balance.offsetsAcceptedTco2e > 0 ? balance.removalsAcceptedTco2e / balance.offsetsAcceptedTco2e * 100 : 0;
    char buf[96];
    std::snprintf(buf, sizeof buf, "removals are %.1f %% of the credits counted", share);
    items.push_back({"removals_share_stated", balance.offsetsAcceptedTco2e > 0, buf});
    return items;
}

}  // namespace cnms::neutrality
