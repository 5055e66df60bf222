// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace cnms::gui {

/**
 * A read-only table of records, each row keyed by the record's id: the pages fill it from their
 * service (display text, a value to sort by, alignment, colour) and the view sorts and filters
 * through a proxy. Used by the record pages that list one kind of record (see RecordTablePage).
 */
class RowTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    struct Cell {
        QString text;
        QVariant sort;  ///< what the column sorts by; the text when empty
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        QVariant foreground;  ///< a QColor, or empty
        QString toolTip;
    };
    struct Row {
        qint64 id = 0;
        QVector<Cell> cells;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList& headers);
    /** Replaces every row (a model reset). */
    void setRows(QVector<Row> rows);
    const QVector<Row>& rows() const { return m_rows; }
    /** The row of record `id`, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** A number cell: right-aligned, sorted by value, shown with `decimals` in the UI locale. */
    static Cell number(double value, int decimals);
    static Cell text(const QString& text, const QVariant& sort = {});

private:
    QStringList m_headers;
    QVector<Row> m_rows;
};

}  // namespace cnms::gui
