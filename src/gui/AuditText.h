// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "cnms/audit/NcWorkflow.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Errors.h"

namespace cnms::gui {

/**
 * The audit module's words in the user interface's language: results, states, severities, workflow
 * steps, and the core's refusals re-worded from their stable codes (the core's sentences are English).
 */
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(cnms::gui::AuditText)
public:
    static QString result(FindingResult result);
    /** The number key (1–6) that sets `result` on the checklist page, 0 for Open. */
    static int resultKey(FindingResult result);
    static QString status(AuditStatus status);
    static QString state(NcState state);
    static QString severity(NcSeverity severity);
    static QString source(NcSource source);
    static QString category(CauseCategory category);
    /** The button label of a workflow step ("Verify effectiveness…"). */
    static QString step(nc_workflow::Step step);
    /** Why `step` is refused on `nc`, from the refusal's code; falls back to the core's sentence. */
    static QString refusal(nc_workflow::Step step, const nc_workflow::Refusal& refusal, const Nonconformity& nc);
    /** A refusal thrown by an audit or NC service, translated by its code where the GUI knows it. */
    static QString refused(const RefusedError& error);
};

}  // namespace cnms::gui
