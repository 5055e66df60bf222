// SPDX-License-Identifier: MIT
#include "NonconformityTableModel.h"

#include <QBrush>
#include <QColor>

#include "AuditText.h"
#include "ProjectSession.h"
#include "cnms/core/ActionRegister.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
const QColor kOverdue(0xf8, 0xd0, 0xcc);

/** "NC-0003" for an action of a nonconformity, else "type #id". */
QString sourceText(const Action& a) {
    if (a.sourceType == kNonconformityRecordType) {
        Nonconformity nc;
        nc.id = a.sourceId;
        return qs(nc.code());
    }
    return QStringLiteral("%1 #%2").arg(qs(a.sourceType)).arg(a.sourceId);
}
}  // namespace

NonconformityTableModel::NonconformityTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    reload();
}

void NonconformityTableModel::reload() {
    beginResetModel();
    m_rows = NonconformityService(ServiceContext(m_session.store())).overview();
    endResetModel();
}

int NonconformityTableModel::rowOf(NonconformityId id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].nc.id == id) return static_cast<int>(i);
    return -1;
}

int NonconformityTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int NonconformityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NonconformityTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const NcOverview& o = row(index.row());
    const Nonconformity& nc = o.nc;
    if (role == IdRole) return QVariant::fromValue<qlonglong>(nc.id);
    if (role == OverdueRole) return o.overdue;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case CodeColumn: return qs(nc.code());
            case ClauseColumn: return qs(nc.clauseId);
            case SeverityColumn: return AuditText::severity(nc.severity);
            case SourceColumn: return AuditText::source(nc.source);
            case DescriptionColumn: return qs(nc.description);
            case StateColumn:
                if (o.reopenedAs) {
                    Nonconformity next;
                    next.id = *o.reopenedAs;
                    return tr("%1 (reopened as %2)").arg(AuditText::state(nc.state), qs(next.code()));
                }
                return AuditText::state(nc.state);
            case DueColumn:
                if (o.nextDue.empty()) return {};
                return o.overdue ? tr("%1 — overdue").arg(qs(o.nextDue)) : qs(o.nextDue);
            default: return {};
        }
    }
    if (role == Qt::BackgroundRole && o.overdue && (index.column() == DueColumn || index.column() == CodeColumn))
        return QBrush(kOverdue);
    if (role == Qt::ForegroundRole && nc.isClosed()) return QBrush(QColor(0x70, 0x70, 0x70));
    return {};
}

QVariant NonconformityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case CodeColumn: return tr("NC");
        case ClauseColumn: return tr("Clause");
        case SeverityColumn: return tr("Severity");
        case SourceColumn: return tr("Source");
        case DescriptionColumn: return tr("Description");
        case StateColumn: return tr("State");
        case DueColumn: return tr("Next due");
        default: return {};
    }
}

ActionTableModel::ActionTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    reload();
}

void ActionTableModel::reload() {
    beginResetModel();
    const ServiceContext ctx(m_session.store());
    m_actions = ActionRegister(ctx).all();
    m_today = ctx.today();
    endResetModel();
}

int ActionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}
int ActionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Action& a = action(index.row());
    const bool overdue = a.isOverdue(m_today);
    if (role == OverdueRole) return overdue;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case CodeColumn: return qs(a.code());
            case SourceColumn: return sourceText(a);
            case DescriptionColumn: return qs(a.description);
            case OwnerColumn: return qs(a.owner);
            case DueColumn: return overdue ? tr("%1 — overdue").arg(qs(a.dueDate)) : qs(a.dueDate);
            case StatusColumn:
                return a.status == ActionStatus::Open ? tr("Open")
                                                      : tr("Implemented %1 by %2").arg(qs(a.implementedOn), qs(a.implementedBy));
            default: return {};
        }
    }
    if (role == Qt::BackgroundRole && overdue) return QBrush(kOverdue);
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case CodeColumn: return tr("Action");
        case SourceColumn: return tr("For");
        case DescriptionColumn: return tr("Description");
        case OwnerColumn: return tr("Owner");
        case DueColumn: return tr("Due");
        case StatusColumn: return tr("Status");
        default: return {};
    }
}

}  // namespace cnms::gui
