// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "PageRegistry.h"
#include "cnms/records/Readiness.h"

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cnms::gui {

/**
 * The readiness navigator: how ready the management system is for audit, from
 * ReadinessService. The overall percentage and one per PDCA phase, a heat map of the leaf
 * clauses (met green, partly met amber, missing red), a table of what each clause requires and
 * what the project has, the selected clause's guidance and good example, and "Go to page",
 * which opens the page of the record type that fixes the clause's first gap.
 */
class ReadinessPage : public QWidget {
    Q_OBJECT
public:
    ReadinessPage(const PageContext& context, QWidget* parent = nullptr);

    const records::ReadinessReport& report() const { return m_report; }
    /** Computes readiness again from the project. */
    void refresh();
    /** Selects a leaf clause in the table (and shows its guidance). */
    void selectClause(const QString& clauseId);
    QString selectedClause() const;
    /** The page that fixes the clause's first gap, or an empty string when none does. */
    QString fixPageFor(const QString& clauseId) const;
    /** Opens the fix page of the selected clause; false when there is none. */
    bool goToSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void showDetails();
    void retranslate();

    PageContext m_context;
    records::ReadinessReport m_report;
    QLabel* m_overall;
    QLabel* m_overallCaption;
    QLabel* m_phases;
    QLabel* m_legend;
    QWidget* m_heatMap;
    QGridLayout* m_heatLayout;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QPushButton* m_goTo;
};

}  // namespace cnms::gui
