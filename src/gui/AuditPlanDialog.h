// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <optional>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/Independence.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace cnms::gui {

class ProjectSession;

/**
 * Plans a new audit or edits a plan: objective, criteria, rationale, clause scope, sites, processes
 * (one per line: name; department; owner), dates, lead auditor, team (name; department) and auditees.
 * Independence warnings are recomputed as the team and scope are typed; each needs a reason before
 * the plan can be saved, and the reasons are stored with the audit by AuditPlanService.
 */
class AuditPlanDialog : public QDialog {
    Q_OBJECT
public:
    AuditPlanDialog(ProjectSession& session, std::optional<Audit> existing, QWidget* parent = nullptr);

    /** The plan as the form describes it now. */
    Audit draft() const;
    /** The warnings of the current draft, in the order of the warnings table. */
    const std::vector<IndependenceConflict>& conflicts() const { return m_conflicts; }
    /** The stored audit after a successful accept. */
    const std::optional<Audit>& result() const { return m_result; }
    /** The problem shown when saving was refused. */
    QString errorText() const;

    void accept() override;

private:
    void updateConflicts();

    ProjectSession& m_session;
    std::optional<Audit> m_existing;
    std::optional<Audit> m_result;
    std::vector<IndependenceConflict> m_conflicts;
    QLineEdit* m_title;
    QLineEdit* m_objective;
    QLineEdit* m_criteria;
    QLineEdit* m_rationale;
    QLineEdit* m_clauses;
    QListWidget* m_sites;
    QPlainTextEdit* m_processes;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_lead;
    QLineEdit* m_leadDepartment;
    QPlainTextEdit* m_team;
    QLineEdit* m_auditees;
    QTableWidget* m_independence;
    QLabel* m_error;
};

}  // namespace cnms::gui
