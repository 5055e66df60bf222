// SPDX-License-Identifier: MIT
#include "RowTableModel.h"

#include <QLocale>

namespace cnms::gui {

void RowTableModel::setHeaders(const QStringList& headers) {
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!headers.isEmpty()) emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headers.size()) - 1);
}

void RowTableModel::setRows(QVector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RowTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id) return i;
    return -1;
}

int RowTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int RowTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RowTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& row = m_rows[index.row()];
    if (role == IdRole) return row.id;
    if (index.column() >= row.cells.size()) return {};
    const Cell& cell = row.cells[index.column()];
    switch (role) {
        case Qt::DisplayRole: return cell.text;
        case SortRole: return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
        case Qt::TextAlignmentRole: return static_cast<int>(cell.alignment);
        case Qt::ForegroundRole: return cell.foreground;
        case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
        default: return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

RowTableModel::Cell RowTableModel::number(double value, int decimals) {
    return {QLocale().toString(value, 'f', decimals), value, Qt::AlignRight | Qt::AlignVCenter, {}, {}};
}

RowTableModel::Cell RowTableModel::text(const QString& text, const QVariant& sort) {
    return {text, sort, Qt::AlignLeft | Qt::AlignVCenter, {}, {}};
}

}  // namespace cnms::gui
