// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <functional>
#include <vector>

#include "cnms/accounting/InventoryStore.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::gui {

/**
 * The activity records of one reporting year, read page by page (canFetchMore/fetchMore) so a
 * year of a million records costs only what the view scrolls through. An optional site filter
 * is applied while paging. With an editor set, the cells are editable in place: an edit becomes
 * a corrected record handed to the editor, which validates and stores it (or says why not).
 */
class ActivityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordId, Site, PeriodStart, PeriodEnd, SourceType, Activity, Quantity, Unit, DataQuality, ColumnCount };
    /** Records read from storage per fetchMore. */
    static constexpr std::size_t kPageSize = 2000;

    explicit ActivityTableModel(ProjectStore& store, QObject* parent = nullptr);

    /** Shows `year` (0 for none) restricted to the site code `site` (empty for every site); starts over. */
    void setYear(int year, const QString& site = {});
    int year() const { return m_year; }
    QString site() const { return m_site; }
    /** Records of the year in storage (every site). */
    std::int64_t totalInYear() const;
    /** Re-reads from the first page (after an import). */
    void reload();

    /** Stores an edited record; returns an empty string when stored, else why it was refused (translated). */
    using Editor = std::function<QString(accounting::ActivityId, const accounting::ActivityRecord&)>;
    /** Makes the cells editable through `editor` (none: read-only). */
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    /** Re-reads one record in place (after it was edited, undone or redone); false when it is not shown. */
    bool refreshRecord(accounting::ActivityId id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /** Stored id of the record in `row` (0 when out of range). */
    accounting::ActivityId idAt(int row) const {
        return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)].id : 0;
    }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        accounting::ActivityId id;
        accounting::ActivityRecord record;
    };
    ProjectStore& m_store;
    int m_year = 0;
    QString m_site;
    std::vector<Row> m_rows;
    accounting::ActivityId m_lastId = 0;
    bool m_exhausted = true;
    Editor m_editor;

signals:
    /** An edit was refused; `message` says why (translated). */
    void editRefused(const QString& message);
};

}  // namespace cnms::gui
