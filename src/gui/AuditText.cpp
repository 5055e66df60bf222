// SPDX-License-Identifier: MIT
#include "AuditText.h"

namespace cnms::gui {

using nc_workflow::Step;

QString AuditText::result(FindingResult result) {
    switch (result) {
        case FindingResult::Open: return tr("Not answered");
        case FindingResult::Conforming: return tr("Conforming");
        case FindingResult::MajorNonconformity: return tr("Major nonconformity");
        case FindingResult::MinorNonconformity: return tr("Minor nonconformity");
        case FindingResult::Observation: return tr("Observation");
        case FindingResult::Improvement: return tr("Opportunity for improvement");
        case FindingResult::NotApplicable: return tr("Not applicable");
    }
    return {};
}

int AuditText::resultKey(FindingResult result) {
    return result == FindingResult::Open ? 0 : static_cast<int>(result);
}

QString AuditText::status(AuditStatus status) {
    switch (status) {
        case AuditStatus::Planned: return tr("Planned");
        case AuditStatus::InProgress: return tr("In progress");
        case AuditStatus::Completed: return tr("Completed");
    }
    return {};
}

QString AuditText::state(NcState state) {
    switch (state) {
        case NcState::Raised: return tr("Raised");
        case NcState::Contained: return tr("Contained");
        case NcState::CauseAnalysed: return tr("Cause analysed");
        case NcState::ActionPlanned: return tr("Action planned");
        case NcState::Implemented: return tr("Implemented");
        case NcState::Verified: return tr("Verified");
        case NcState::Closed: return tr("Closed");
    }
    return {};
}

QString AuditText::severity(NcSeverity severity) {
    return severity == NcSeverity::Major ? tr("Major") : tr("Minor");
}

QString AuditText::source(NcSource source) {
    switch (source) {
        case NcSource::Audit: return tr("Internal audit");
        case NcSource::Monitoring: return tr("Monitoring");
        case NcSource::ComplianceEvaluation: return tr("Compliance evaluation");
        case NcSource::Complaint: return tr("Complaint");
        case NcSource::ManagementReview: return tr("Management review");
        case NcSource::Other: return tr("Other");
    }
    return {};
}

QString AuditText::category(CauseCategory category) {
    switch (category) {
        case CauseCategory::People: return tr("People");
        case CauseCategory::Method: return tr("Method");
        case CauseCategory::Equipment: return tr("Equipment");
        case CauseCategory::Material: return tr("Material");
        case CauseCategory::Measurement: return tr("Measurement");
        case CauseCategory::Environment: return tr("Environment");
        case CauseCategory::Management: return tr("Management");
    }
    return {};
}

QString AuditText::step(Step step) {
    switch (step) {
        case Step::Contain: return tr("Correction…");
        case Step::AnalyseCause: return tr("Root cause…");
        case Step::AddAction: return tr("Add action…");
        case Step::ImplementAction: return tr("Implemented…");
        case Step::Verify: return tr("Verify…");
        case Step::Close: return tr("Close");
        case Step::Reopen: return tr("Reopen…");
    }
    return {};
}

QString AuditText::refusal(Step step, const nc_workflow::Refusal& refusal, const Nonconformity& nc) {
    const QString code = QString::fromStdString(nc.code());
    const QString now = state(nc.state);
    const std::string& c = refusal.code;
    if (c == "nc_closed") return tr("%1 is closed and read-only; if the problem recurs, reopen it with a reason.").arg(code);
    if (c == "not_closed") return tr("%1 is not closed (it is %2); only a closed nonconformity can be reopened.").arg(code, now);
    if (c == "already_reopened") return tr("%1 was already reopened; continue with the new nonconformity.").arg(code);
    if (c == "verifier_is_owner")
        return tr("You own a corrective action of %1 and cannot verify its effectiveness: verification must be done "
                  "by someone who owns none of its actions.").arg(code);
    if (c == "verifier_unknown") return tr("The person verifying the effectiveness of %1 must be named.").arg(code);
    if (c == "not_verified")
        return tr("The effectiveness of the corrective actions of %1 has not been verified; a nonconformity is "
                  "closed only after its effectiveness is verified.").arg(code);
    if (c == "step_skipped") {
        switch (step) {
            case Step::AnalyseCause:
                return tr("Record the correction or containment of %1 first: the root cause is analysed after the "
                          "immediate reaction.").arg(code);
            case Step::AddAction:
                return tr("Analyse the root cause of %1 before planning corrective actions (it is %2).").arg(code, now);
            case Step::ImplementAction:
                return tr("%1 has no planned corrective action to implement (it is %2).").arg(code, now);
            case Step::Verify:
                return tr("The corrective actions of %1 are not all implemented yet (it is %2); effectiveness is "
                          "verified after implementation.").arg(code, now);
            case Step::Close:
                return tr("%1 is %2; it can be closed only after its corrective actions are implemented and verified "
                          "effective.").arg(code, now);
            default: break;
        }
    }
    if (c == "wrong_state") {
        switch (step) {
            case Step::Contain: return tr("The correction of %1 is already recorded (it is %2).").arg(code, now);
            case Step::AnalyseCause:
                return tr("The root cause of %1 can no longer be changed: corrective actions are already planned (it "
                          "is %2).").arg(code, now);
            case Step::AddAction:
                return tr("%1 is already verified effective; close it instead of adding actions.").arg(code);
            case Step::ImplementAction: return tr("Every corrective action of %1 is already implemented.").arg(code);
            case Step::Verify: return tr("The effectiveness of %1 is already verified; close it.").arg(code);
            default: break;
        }
    }
    return QString::fromStdString(refusal.message);
}

QString AuditText::refused(const RefusedError& error) {
    const std::string& c = error.code();
    if (c == "audit_completed")
        return tr("The audit is completed and read-only; correct a finding with a new, linked record instead.");
    if (c == "audit_incomplete") return tr("The audit cannot be completed while checklist items are unanswered.");
    if (c == "audit_not_started") return tr("The audit cannot be completed before its start date.");
    if (c == "scope_locked") return tr("The clause scope cannot change once an item has been answered.");
    if (c == "audit_started") return tr("An audit whose checklist has answers cannot be removed.");
    if (c == "independence_unacknowledged")
        return tr("Every independence warning must be acknowledged with a reason before the audit is planned.");
    return QString::fromStdString(error.what());
}

}  // namespace cnms::gui
