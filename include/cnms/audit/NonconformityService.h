// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/audit/NcWorkflow.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Action.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** A nonconformity with what a list needs to show about its actions. */
struct NcOverview {
    Nonconformity nc;
    int actions = 0;
    int openActions = 0;
    bool overdue = false;  ///< an open action is past its due date
    std::string nextDue;   ///< earliest due date of an open action, empty when none
    std::optional<NonconformityId> reopenedAs;
};

/**
 * The nonconformity and corrective-action workflow. Each step is one method, checked by
 * nc_workflow::refusal() (RefusedError with its code and message) and by field validation
 * (ValidationError), written in one unit of work with an event in the NC's history.
 * The acting person comes from the ServiceContext.
 */
class NonconformityService {
public:
    explicit NonconformityService(ServiceContext ctx, const ClauseCatalogue& catalogue = ClauseCatalogue::shipped())
        : m_ctx(std::move(ctx)), m_catalogue(catalogue) {}

    std::vector<Nonconformity> list() const;
    /** Every NC with action counts and the overdue flag as of the clock's today. */
    std::vector<NcOverview> overview() const;
    Nonconformity get(NonconformityId id) const;
    std::vector<Action> actions(NonconformityId id) const;
    std::vector<NcEvent> history(NonconformityId id) const;
    std::vector<nc_workflow::Step> allowedSteps(NonconformityId id) const;

    /**
     * Raises a nonconformity: clause (a catalogue entry), severity, description and source are
     * taken from `draft`; `raisedOn` defaults to today and must not be in the future; the subject
     * link is checked. State and workflow fields of the draft are ignored.
     */
    Nonconformity raise(const Nonconformity& draft);

    /** Records the correction / containment taken at once (raised → contained). */
    Nonconformity contain(NonconformityId id, const std::string& correction, const std::string& on = {});

    /**
     * Records the root-cause analysis: 1 to 5 whys, a category and the root cause (defaults to
     * the last why). Allowed after containment, and again until actions are planned.
     */
    Nonconformity analyseCause(NonconformityId id, const std::vector<std::string>& whys, CauseCategory category,
                               const std::string& rootCause = {});

    /** Plans a corrective action with owner and due date (not before the NC was raised). */
    Action addAction(NonconformityId id, const std::string& description, const std::string& owner,
                     const std::string& dueDate);

    /** Marks one open action implemented; when none is left open the NC is implemented. */
    Action implementAction(NonconformityId id, ActionId action, const std::string& on = {},
                           const std::string& note = {});

    /**
     * Records the effectiveness review by the acting person, who must own none of the NC's
     * actions. Effective: implemented → verified. Not effective: back to cause analysed, so that
     * the cause is revisited and further actions planned; both are kept in the history.
     */
    Nonconformity verify(NonconformityId id, bool effective, const std::string& evidence, const std::string& on = {});

    /** Closes a verified NC; from then on it is read-only. */
    Nonconformity close(NonconformityId id);

    /**
     * Reopens a closed NC, e.g. when the problem recurs: a new NC is raised that links to the
     * closed one and carries the reason, since the closed record itself stays as it was.
     */
    Nonconformity reopen(NonconformityId id, const std::string& reason);

private:
    void require(nc_workflow::Step step, const Nonconformity& nc) const;
    std::string dateOrToday(const std::string& on, std::string_view field, std::string_view notBefore,
                            std::string_view notBeforeWhat) const;
    void record(const Nonconformity& before, const Nonconformity& after, std::string_view step,
                const std::string& note);

    ServiceContext m_ctx;
    const ClauseCatalogue& m_catalogue;
};

}  // namespace cnms
