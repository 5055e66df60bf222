// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "cnms/core/Action.h"
#include "cnms/core/ServiceContext.h"
#include "cnms/review/ManagementReview.h"

namespace cnms::review {

/**
 * The management review workflow: draft, compile inputs, record outputs and actions, hold. A held
 * review is read-only: every change is refused with the code "review_held" (and the storage
 * refuses it too). Every write is one unit of work.
 */
class ManagementReviewService {
public:
    explicit ManagementReviewService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    /** Every review, by meeting date. */
    std::vector<ManagementReview> list() const;
    /** Throws NotFoundError. */
    ManagementReview get(ReviewId id) const;

    /** Validates and stores a new draft with freshly compiled inputs. Throws ValidationError. */
    ManagementReview create(ManagementReview draft);
    /**
     * Stores the editable parts of a draft: record fields, the comments on the inputs and the
     * outputs. The compiled facts stay as stored (recompile() refreshes them).
     */
    ManagementReview update(const ManagementReview& review);
    /** Compiles the inputs again from the project, keeping the comments. */
    ManagementReview recompile(ReviewId id);
    /** Removes a draft without actions. */
    void remove(ReviewId id);

    /** Adds an action decided by the review to the actions register (source management_review). */
    Action addAction(ReviewId id, Action action);
    /** The review's actions, in the order they were added. */
    std::vector<Action> actions(ReviewId id) const;

    /**
     * Records the review as held: checks validateForHolding() against today (ValidationError), then
     * sets the status, who held it and when. From then on the review is read-only.
     */
    ManagementReview hold(ReviewId id);

private:
    ManagementReview requireDraft(ReviewId id) const;
    ServiceContext m_ctx;
};

}  // namespace cnms::review
