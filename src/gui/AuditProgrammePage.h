// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

#include "PageRegistry.h"
#include "cnms/audit/AuditProgrammeService.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cnms::gui {

class AuditPlanDialog;

/**
 * The year's internal audit programme: a calendar of the twelve months with the audits placed in
 * the months they run, the coverage of every clause (the audits that cover it; clauses no audit
 * covers are highlighted) and of every site, the programme's objectives and rationale, and the
 * audits of the year with plan, edit, remove and open-checklist.
 */
class AuditProgrammePage : public QWidget {
    Q_OBJECT
public:
    AuditProgrammePage(const PageContext& context, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const;
    const ProgrammeCoverage& coverage() const { return m_coverage; }
    QTableWidget* calendar() const { return m_calendar; }
    QTableWidget* coverageTable() const { return m_clauses; }
    QTableWidget* auditsTable() const { return m_audits; }
    /** The audit selected in the audits table. */
    std::optional<AuditId> selectedAudit() const;
    void selectAudit(AuditId id);

    /** Stores the objectives and rationale typed for the year. */
    void saveProgramme();
    /** Opens the plan form for a new audit (window-modal, does not block); returns it. */
    AuditPlanDialog* planAudit();
    /** Opens the plan form of the selected audit, or returns nullptr. */
    AuditPlanDialog* editSelected();
    /** Asks, then removes the selected audit (refused once answering started). */
    void removeSelected();
    /** Shows the selected audit's checklist page. */
    void openChecklist();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fillCalendar();
    void fillCoverage();
    void fillAudits();
    void updateActions();
    void retranslate();

    PageContext m_context;
    ProgrammeCoverage m_coverage;
    QSpinBox* m_year;
    QLineEdit* m_objectives;
    QLineEdit* m_rationale;
    QPushButton* m_saveButton;
    QTableWidget* m_calendar;
    QTableWidget* m_clauses;
    QLabel* m_uncovered;
    QLabel* m_sites;
    QTableWidget* m_audits;
    QPushButton* m_planButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QPushButton* m_openButton;
    QLabel* m_calendarTitle;
    QLabel* m_coverageTitle;
    QLabel* m_auditsTitle;
    QLabel* m_objectivesLabel;
    QLabel* m_rationaleLabel;
    QLabel* m_yearLabel;
};

}  // namespace cnms::gui
