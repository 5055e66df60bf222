// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "cnms/audit/NonconformityService.h"
#include "cnms/core/Action.h"

namespace cnms::gui {

class ProjectSession;

/** Every nonconformity with its state, next due date and overdue flag (NonconformityService::overview). */
class NonconformityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, ClauseColumn, SeverityColumn, SourceColumn, DescriptionColumn, StateColumn, DueColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };

    explicit NonconformityTableModel(ProjectSession& session, QObject* parent = nullptr);
    void reload();
    const NcOverview& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(NonconformityId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectSession& m_session;
    std::vector<NcOverview> m_rows;
};

/** The shared actions register: every action with its source, owner, due date and overdue flag. */
class ActionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, SourceColumn, DescriptionColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1 };

    explicit ActionTableModel(ProjectSession& session, QObject* parent = nullptr);
    void reload();
    const Action& action(int row) const { return m_actions.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectSession& m_session;
    std::vector<Action> m_actions;
    std::string m_today;
};

}  // namespace cnms::gui
