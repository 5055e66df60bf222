// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <map>
#include <optional>

#include "PageRegistry.h"
#include "cnms/audit/NcWorkflow.h"
#include "cnms/audit/Nonconformity.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cnms::gui {

class ActionTableModel;
class NcStepDialog;
class NonconformityTableModel;

/**
 * Nonconformities and corrective actions: the NC table (state, next due date, overdue flagged),
 * the selected NC's record and history with one button per workflow step, and the shared actions
 * register. A step the workflow does not allow now keeps its button, whose tooltip and click say
 * why (the core's refusal, translated), so nobody has to guess what is missing.
 */
class NonconformityPage : public QWidget {
    Q_OBJECT
public:
    NonconformityPage(const PageContext& context, QWidget* parent = nullptr);

    NonconformityTableModel* model() const { return m_model; }
    ActionTableModel* actionsModel() const { return m_actionsModel; }
    QTableView* view() const { return m_view; }
    QTableWidget* historyTable() const { return m_history; }
    QPushButton* stepButton(nc_workflow::Step step) const { return m_steps.at(step); }
    std::optional<NonconformityId> selectedNc() const;
    void selectNc(NonconformityId id);

    /**
     * Takes `step` on the selected NC: a refused step shows why and returns nullptr; Close asks
     * for confirmation and closes; the other steps open their form (window-modal) and return it.
     */
    NcStepDialog* takeStep(nc_workflow::Step step);
    /** Opens the form to raise a nonconformity by hand. */
    NcStepDialog* raiseNc();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateDetails();
    void retranslate();

    PageContext m_context;
    NonconformityTableModel* m_model;
    ActionTableModel* m_actionsModel;
    QTabWidget* m_tabs;
    QTableView* m_view;
    QTableView* m_actions;
    QLabel* m_details;
    QTableWidget* m_history;
    QPushButton* m_raiseButton;
    QLabel* m_summary;
    QLabel* m_historyTitle;
    std::map<nc_workflow::Step, QPushButton*> m_steps;
};

}  // namespace cnms::gui
