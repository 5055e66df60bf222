// SPDX-License-Identifier: MIT
#include "cnms/review/ManagementReviewService.h"

#include "cnms/security/Session.h"

#include "cnms/review/ReviewInputCompiler.h"

namespace cnms::review {
namespace {

[[noreturn]] void refuseHeld(const ManagementReview& r, const std::string& what) {
    throw RefusedError("review_held", "management review " + r.code() + " was held on " + r.meetingDate +
                                          " and is read-only: " + what + " is not possible");
}

}  // namespace

std::vector<ManagementReview> ManagementReviewService::list() const { return m_ctx.store().managementReviews().list(); }

ManagementReview ManagementReviewService::get(ReviewId id) const {
    auto found = m_ctx.store().managementReviews().find(id);
    if (!found) throw NotFoundError("no management review with id " + std::to_string(id));
    return *found;
}

ManagementReview ManagementReviewService::requireDraft(ReviewId id) const {
    auto review = get(id);
    if (review.isHeld()) refuseHeld(review, "changing it");
    return review;
}

ManagementReview ManagementReviewService::create(ManagementReview draft) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    if (auto issues = validate(draft); !issues.empty()) throw ValidationError(std::move(issues));
    auto& store = m_ctx.store();
    auto work = store.begin("add management review");
    draft.id = 0;
    draft.status = ReviewStatus::Draft;
    draft.heldBy.clear();
    draft.heldAt.clear();
    draft.createdBy = m_ctx.actor();
    draft.createdAt = m_ctx.clock().timestamp();
    auto previous = draft.inputs;
    draft.inputs = keepComments(compileInputs(store, draft), previous);
    draft.compiledAt = draft.createdAt;
    draft.id = store.managementReviews().insert(draft);
    work->commit();
    return draft;
}

ManagementReview ManagementReviewService::update(const ManagementReview& review) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    auto stored = requireDraft(review.id);
    if (auto issues = validate(review); !issues.empty()) throw ValidationError(std::move(issues));
    ManagementReview next = review;
    next.status = stored.status;
    next.heldBy = stored.heldBy;
    next.heldAt = stored.heldAt;
    next.createdBy = stored.createdBy;
    next.createdAt = stored.createdAt;
    next.compiledAt = stored.compiledAt;
    next.inputs = keepComments(stored.inputs, review.inputs);
    auto work = m_ctx.store().begin("edit management review");
    m_ctx.store().managementReviews().update(next);
    work->commit();
    return next;
}

ManagementReview ManagementReviewService::recompile(ReviewId id) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    auto review = requireDraft(id);
    auto& store = m_ctx.store();
    auto work = store.begin("compile management review inputs");
    review.inputs = keepComments(compileInputs(store, review), review.inputs);
    review.compiledAt = m_ctx.clock().timestamp();
    store.managementReviews().update(review);
    work->commit();
    return review;
}

void ManagementReviewService::remove(ReviewId id) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    auto review = get(id);
    if (review.isHeld()) refuseHeld(review, "removing it");
    if (!actions(id).empty())
        throw RefusedError("review_has_actions", "management review " + review.code() +
                                                     " has actions in the actions register and cannot be removed");
    auto work = m_ctx.store().begin("remove management review");
    m_ctx.store().managementReviews().remove(id);
    work->commit();
}

Action ManagementReviewService::addAction(ReviewId id, Action action) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    auto review = get(id);
    if (review.isHeld()) refuseHeld(review, "adding an action");
    action.id = 0;
    action.sourceType = std::string(kRecordType);
    action.sourceId = id;
    action.status = ActionStatus::Open;
    action.implementedOn.clear();
    action.implementedBy.clear();
    action.implementationNote.clear();
    if (auto issues = validate(action); !issues.empty()) throw ValidationError(std::move(issues));
    action.createdBy = m_ctx.actor();
    action.createdAt = m_ctx.clock().timestamp();
    auto work = m_ctx.store().begin("add management review action");
    action.id = m_ctx.store().actions().insert(action);
    work->commit();
    return action;
}

std::vector<Action> ManagementReviewService::actions(ReviewId id) const {
    return m_ctx.store().actions().listBySource(kRecordType, id);
}

ManagementReview ManagementReviewService::hold(ReviewId id) {
    security::require(m_ctx.store(), security::Permission::HoldManagementReview);
    auto review = requireDraft(id);
    if (auto issues = validateForHolding(review, m_ctx.today()); !issues.empty())
        throw ValidationError(std::move(issues));
    review.status = ReviewStatus::Held;
    review.heldBy = m_ctx.actor();
    review.heldAt = m_ctx.clock().timestamp();
    auto work = m_ctx.store().begin("hold management review");
    m_ctx.store().managementReviews().update(review);
    work->commit();
    return review;
}

}  // namespace cnms::review
