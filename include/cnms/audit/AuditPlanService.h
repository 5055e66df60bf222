// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/Independence.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** An auditor's answer to an independence warning: why they audit anyway. */
struct IndependenceAcknowledgement {
    std::string auditor;
    std::string reason;
};

/**
 * Planning audits: validation of the plan, resolution of the clause scope against the catalogue,
 * the independence check, and generation of the checklist. A plan can change until the audit
 * is completed; its scope only until the first answer.
 */
class AuditPlanService {
public:
    explicit AuditPlanService(ServiceContext ctx, const ClauseCatalogue& catalogue = ClauseCatalogue::shipped())
        : m_ctx(std::move(ctx)), m_catalogue(catalogue) {}

    std::vector<Audit> audits() const;
    /** The audits whose programme is that of `year`. */
    std::vector<Audit> audits(int year) const;

    /** The warnings the plan would raise: front ends show them and collect a reason for each. */
    std::vector<IndependenceConflict> conflicts(const Audit& draft) const;

    /**
     * Stores a new audit in the programme of its start year with its generated checklist.
     * Throws ValidationError for bad fields, unknown clauses or sites; RefusedError
     * "independence_unacknowledged" when an auditor's conflict has no acknowledgement with a reason.
     */
    Audit plan(const Audit& draft, const std::vector<IndependenceAcknowledgement>& acknowledgements = {});

    /**
     * Stores changes to a plan that is not completed. A changed clause selection regenerates the
     * checklist and is refused ("scope_locked") once an item has been answered. New conflicts
     * need acknowledgements as in plan(); earlier acknowledgements are kept.
     */
    Audit updatePlan(const Audit& changed, const std::vector<IndependenceAcknowledgement>& acknowledgements = {});

    /** Removes an audit that has no answers yet (a cancelled plan); refused once answering started. */
    void remove(AuditId id);

private:
    Audit prepared(const Audit& draft) const;
    std::vector<IndependenceDeclaration> declarations(const Audit& audit,
                                                      const std::vector<IndependenceDeclaration>& kept,
                                                      const std::vector<IndependenceAcknowledgement>& acks) const;
    std::string nextCode(int year) const;

    ServiceContext m_ctx;
    const ClauseCatalogue& m_catalogue;
};

}  // namespace cnms
