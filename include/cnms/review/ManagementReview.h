// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

/**
 * The management review: top management's periodic review of the carbon neutrality management
 * system. A review is drafted (record, inputs compiled from the project with the manager's
 * comments, outputs), then held, after which it is read-only. Its actions live in the shared
 * actions register with the source type "management_review".
 */
namespace cnms::review {

using ReviewId = std::int64_t;

/** The catalogue record type of a management review, and the actions register's source type. */
inline constexpr std::string_view kRecordType = "management_review";

enum class ReviewStatus { Draft, Held };
std::string_view toString(ReviewStatus status);  ///< draft, held
std::optional<ReviewStatus> reviewStatusFromString(std::string_view text);

/** The inputs the standard asks a management review to consider, in the order they are discussed. */
enum class InputKind {
    PreviousActions,       ///< status of actions from earlier reviews
    Changes,               ///< issues, interested parties, compliance obligations, risks and opportunities
    CarbonPerformance,     ///< inventory trend, intensity, targets, neutrality balance, credits
    AuditResults,          ///< internal audits completed in the period and their findings
    Nonconformities,       ///< nonconformities and corrective actions
    ComplianceEvaluation,  ///< results of the evaluation of compliance
    MonitoringResults,     ///< monitoring and measurement results
    Resources,             ///< adequacy of resources
    Communications,        ///< communications from interested parties
    Improvement,           ///< opportunities for continual improvement
};
std::string_view toString(InputKind kind);  ///< previous_actions, changes, carbon_performance ...
std::optional<InputKind> inputKindFromString(std::string_view text);
/** Every input kind in discussion order. */
const std::vector<InputKind>& allInputKinds();

/**
 * One compiled fact: a stable code (e.g. "year_total") and its arguments (numbers formatted with
 * a dot and no grouping, dates YYYY-MM-DD, user text as entered). factText() words it in Chinese
 * or English.
 */
struct ReviewFact {
    std::string code;
    std::vector<std::string> args;
    bool operator==(const ReviewFact&) const = default;
};

/** How one fact code is worded, with %1, %2 ... for its arguments. */
struct FactWording {
    std::string_view code;
    std::string_view en;
    std::string_view zh;
};

/** A fact in `lang` ("zh" or "en"; anything else is English), "%1", "%2" ... replaced by its arguments. */
std::string factText(const ReviewFact& fact, std::string_view lang = "en");
/** The format of a fact code in `lang`; empty for an unknown code. */
std::string_view factFormat(std::string_view code, std::string_view lang = "en");
/** Every fact code the compiler writes, with its wordings. */
const std::vector<FactWording>& factFormats();

/** One input of the review: what the project says (compiled) and what the manager says about it. */
struct ReviewInput {
    InputKind kind = InputKind::PreviousActions;
    std::vector<ReviewFact> facts;
    std::string comment;
    bool operator==(const ReviewInput&) const = default;
};

/** A management review: the meeting, its inputs and its outputs. */
struct ManagementReview {
    ReviewId id = 0;
    std::string title;
    std::string meetingDate;  ///< YYYY-MM-DD
    std::string chair;        ///< top management, who chairs and signs
    std::vector<std::string> attendees;
    std::string periodFrom, periodTo;  ///< YYYY-MM-DD, the period the review covers
    ReviewStatus status = ReviewStatus::Draft;

    std::vector<ReviewInput> inputs;  ///< one per InputKind, in discussion order
    std::string compiledAt;           ///< ISO 8601 UTC of the last compilation

    // Outputs
    std::string suitability;    ///< conclusion: is the system still suitable
    std::string adequacy;       ///< conclusion: is it adequate
    std::string effectiveness;  ///< conclusion: is it effective
    std::vector<std::string> decisions;
    std::string resourceNeeds;
    std::string policyChanges;  ///< changes to policy or targets, empty when none

    std::string heldBy, heldAt;  ///< who recorded the review as held, and when (ISO 8601 UTC)
    std::string createdBy, createdAt;

    bool operator==(const ManagementReview&) const = default;
    bool isHeld() const { return status == ReviewStatus::Held; }
    /** "MR-0003": how the review is shown to people. */
    std::string code() const;
    /** The input of one kind, or null when it was not compiled. */
    const ReviewInput* input(InputKind kind) const;
    ReviewInput* input(InputKind kind);
};

/** Every problem with the record's own fields: title, meeting date, chair, attendees, period. */
std::vector<FieldIssue> validate(const ManagementReview& review);
/**
 * What holding needs besides valid fields: a meeting date not after `today`, every input
 * compiled, the three conclusions and at least one decision.
 */
std::vector<FieldIssue> validateForHolding(const ManagementReview& review, std::string_view today);

/** The storage port of management reviews. A held review cannot be changed or removed. */
class ManagementReviewRepository {
public:
    virtual ~ManagementReviewRepository() = default;
    /** Ordered by meeting date, then id. */
    virtual std::vector<ManagementReview> list() const = 0;
    virtual std::optional<ManagementReview> find(ReviewId id) const = 0;
    virtual ReviewId insert(const ManagementReview& review) = 0;
    virtual void update(const ManagementReview& review) = 0;
    virtual void remove(ReviewId id) = 0;
};

}  // namespace cnms::review
