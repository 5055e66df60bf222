// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "cnms/core/Site.h"

namespace cnms::gui {

class ProjectSession;

/**
 * The organization's sites as a table. It follows the session's signals row by row, so views
 * keep their selection and scroll position across edits, undo and redo.
 */
class SiteTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Province, Address, EquityShare, ColumnCount };
    enum Role {
        SiteIdRole = Qt::UserRole + 1,  ///< the site's id (qint64)
        SortRole,                        ///< raw value for sorting: numbers as numbers
    };

    explicit SiteTableModel(ProjectSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Site& siteAt(int row) const { return m_sites.at(static_cast<std::size_t>(row)); }
    /** Row of the site with `id`, or -1. */
    int rowOf(SiteId id) const;
    /** Reads every site again from the session. */
    void reload();
    /** Tells views that the column titles changed language. */
    void retranslate();

private:
    void onAdded(const Site& site);
    void onChanged(const Site& site);
    void onRemoved(SiteId id);

    ProjectSession& m_session;
    std::vector<Site> m_sites;
};

}  // namespace cnms::gui
