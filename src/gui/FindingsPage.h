// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include <optional>
#include <vector>

#include "PageRegistry.h"
#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cnms::gui {

class ProjectSession;

/** One answered checklist item of any audit, with its effective result (corrections applied). */
struct FindingRow {
    Audit audit;
    ChecklistItem item;
    FindingResult effective = FindingResult::Open;
};

/**
 * The findings of every audit, filtered by audit, effective result and clause (a clause filter
 * "6" matches 6, 6.1, 6.2 ...). Unanswered items are not findings and are left out.
 */
class FindingsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AuditColumn, RefColumn, ClauseColumn, ResultColumn, QuestionColumn, EvidenceColumn, ColumnCount };

    explicit FindingsTableModel(ProjectSession& session, QObject* parent = nullptr);
    void reload();
    /** nullopt: any audit / result; an empty clause: any clause. */
    void setFilter(std::optional<AuditId> audit, std::optional<FindingResult> result, const QString& clause);
    const FindingRow& row(int row) const { return m_shown.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    ProjectSession& m_session;
    std::vector<FindingRow> m_all;
    std::vector<FindingRow> m_shown;
    std::optional<AuditId> m_audit;
    std::optional<FindingResult> m_result;
    QString m_clause;
};

/** The findings across audits with filters by audit, result and clause. */
class FindingsPage : public QWidget {
    Q_OBJECT
public:
    FindingsPage(const PageContext& context, QWidget* parent = nullptr);

    FindingsTableModel* model() const { return m_model; }
    QComboBox* auditFilter() const { return m_audit; }
    QComboBox* resultFilter() const { return m_result; }
    QLineEdit* clauseFilter() const { return m_clause; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void filter();
    void retranslate();

    PageContext m_context;
    FindingsTableModel* m_model;
    QComboBox* m_audit;
    QComboBox* m_result;
    QLineEdit* m_clause;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_auditLabel;
    QLabel* m_resultLabel;
    QLabel* m_clauseLabel;
};

}  // namespace cnms::gui
