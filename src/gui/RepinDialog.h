// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/InventoryComparison.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cnms::gui {

class Dialogs;
class ProjectSession;

/**
 * Changes the factor sets and GWP set a reporting year is calculated with. The difference of every
 * total is computed (in a worker, on its own connection) and shown before Apply is possible; Apply
 * re-pins the year and recalculates its inventory in one unit of work.
 */
class RepinDialog : public QDialog {
    Q_OBJECT
public:
    RepinDialog(ProjectSession& session, Dialogs& dialogs, int year, QWidget* parent = nullptr);
    ~RepinDialog() override;

    /** The selection the dialog's choices make. */
    accounting::FactorSelection proposed() const;
    void setGwp(const QString& gwp);
    /** Computes the difference of the current choices (asynchronously; differenceShown() follows). */
    void showDifference();
    /** Re-pins to the choices whose difference is shown (asynchronously; applied() follows). */
    void apply();
    const std::optional<accounting::InventoryDifference>& difference() const { return m_difference; }

signals:
    void differenceShown();
    void applied();

private:
    struct Outcome {
        std::optional<accounting::InventoryDifference> difference;
        bool applied = false;
        QString error;
    };
    void run(bool apply);
    void onFinished();
    void choicesChanged();
    void fillTable(const accounting::InventoryDifference& d);

    ProjectSession& m_session;
    Dialogs& m_dialogs;
    int m_year;
    accounting::FactorSelection m_pinned;
    QComboBox* m_gwp;
    QListWidget* m_sets;
    QPushButton* m_compare;
    QPushButton* m_apply;
    QLabel* m_status;
    QTableView* m_view;
    QStandardItemModel* m_model;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<accounting::InventoryDifference> m_difference;
    std::optional<accounting::FactorSelection> m_differenceOf;
};

}  // namespace cnms::gui
