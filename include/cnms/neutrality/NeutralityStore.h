// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "cnms/neutrality/OffsetCredit.h"
#include "cnms/neutrality/ReductionMeasure.h"
#include "cnms/neutrality/Target.h"

/** Ports for the planning side of neutrality (clauses 6.3-6.5); implemented by cnms_storage. */
namespace cnms::neutrality {

class CreditRepository {
public:
    virtual ~CreditRepository() = default;
    virtual std::vector<OffsetCredit> list() const = 0;  ///< in the order recorded
    virtual std::optional<OffsetCredit> find(CreditId id) const = 0;
    /** Credits of the same registry whose serial block overlaps `range` (the double-counting check). */
    virtual std::vector<OffsetCredit> overlapping(std::string_view registryKey, const SerialRange& range) const = 0;
    virtual CreditId insert(const OffsetCredit& credit) = 0;
    /** Many credits in the caller's unit of work with one change-log entry naming `batch`. */
    virtual void insertBatch(const std::vector<OffsetCredit>& credits, std::string_view batch) = 0;
    virtual void update(const OffsetCredit& credit) = 0;
    virtual void remove(CreditId id) = 0;
};

class MeasureRepository {
public:
    virtual ~MeasureRepository() = default;
    virtual std::vector<ReductionMeasure> list() const = 0;
    virtual std::optional<ReductionMeasure> find(MeasureId id) const = 0;
    virtual MeasureId insert(const ReductionMeasure& m) = 0;
    virtual void update(const ReductionMeasure& m) = 0;
    virtual void remove(MeasureId id) = 0;
};

class TargetRepository {
public:
    virtual ~TargetRepository() = default;
    virtual std::vector<Target> list() const = 0;
    virtual std::optional<Target> find(TargetId id) const = 0;
    virtual TargetId insert(const Target& t) = 0;
    virtual void update(const Target& t) = 0;
    virtual void remove(TargetId id) = 0;
};

}  // namespace cnms::neutrality
