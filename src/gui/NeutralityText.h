// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "cnms/core/Errors.h"
#include "cnms/neutrality/ClaimEvaluation.h"

namespace cnms::gui {

/**
 * The translated words of the neutrality records: their choices (type, status, kind), the field
 * issues of their validation, why a credit is refused and the claim checklist. The core speaks
 * English with stable codes; the workbench words them again here.
 */
class NeutralityText {
    Q_DECLARE_TR_FUNCTIONS(NeutralityText)
public:
    static QString measureType(neutrality::MeasureType t);
    static QString measureStatus(neutrality::MeasureStatus s);
    static QString creditType(neutrality::CreditType t);
    static QString creditStatus(neutrality::CreditStatus s);
    static QString targetKind(neutrality::TargetKind k);
    /** The source type a measure affects (fuel_combustion ...), or the text as written. */
    static QString affects(const std::string& code);
    /** The source types offered for a measure's "affects", as codes. */
    static QStringList affectsCodes();
    /** A field issue of a measure, target or credit, by field and code. */
    static QString issue(const FieldIssue& issue);
    /** Why a credit does not count for the claim, with its detail (vintage, status, dates, earlier serial). */
    static QString refusal(const neutrality::RefusedCredit& refused, const neutrality::ClaimPeriod& claim);
    static QString refusalReason(neutrality::RefusalReason r);
    /** The checklist item's requirement, e.g. "Inventory complete for the boundary". */
    static QString checklistTitle(const std::string& id);
    /** What the evaluation found for a checklist item, worded from the evaluation's facts. */
    static QString checklistEvidence(const neutrality::ChecklistItem& item, const neutrality::ClaimEvaluation& e,
                                     const std::vector<neutrality::Target>& targets);
    /** "1,234.5 tCO2e" in the UI locale. */
    static QString tonnes(double value, int decimals = 1);
};

}  // namespace cnms::gui
