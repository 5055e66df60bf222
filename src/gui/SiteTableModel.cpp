// SPDX-License-Identifier: MIT
#include "SiteTableModel.h"

#include <QLocale>

#include <algorithm>

#include "ProjectSession.h"

namespace cnms::gui {

SiteTableModel::SiteTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    connect(&session, &ProjectSession::siteAdded, this, &SiteTableModel::onAdded);
    connect(&session, &ProjectSession::siteChanged, this, &SiteTableModel::onChanged);
    connect(&session, &ProjectSession::siteRemoved, this, &SiteTableModel::onRemoved);
    reload();
}

int SiteTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SiteTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Site& site = siteAt(index.row());
    if (role == SiteIdRole) return QVariant::fromValue<qint64>(site.id);
    if (role == Qt::TextAlignmentRole && index.column() == EquityShare)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole) return {};
    switch (index.column()) {
        case Code: return QString::fromStdString(site.code);
        case Name: return QString::fromStdString(site.name);
        case Province: return QString::fromStdString(site.province);
        case Address: return QString::fromStdString(site.address);
        case EquityShare:
            if (role == SortRole) return site.equitySharePct;
            return QLocale().toString(site.equitySharePct, 'f', 2);
    }
    return {};
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Code: return tr("Code");
        case Name: return tr("Name");
        case Province: return tr("Province");
        case Address: return tr("Address");
        case EquityShare: return tr("Equity share %");
    }
    return {};
}

int SiteTableModel::rowOf(SiteId id) const {
    for (std::size_t i = 0; i < m_sites.size(); ++i)
        if (m_sites[i].id == id) return static_cast<int>(i);
    return -1;
}

void SiteTableModel::reload() {
    beginResetModel();
    m_sites = m_session.sites();
    endResetModel();
}

void SiteTableModel::retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

void SiteTableModel::onAdded(const Site& site) {
    // Rows follow the store's order (by code); a sort proxy re-sorts them as the user chose.
    auto at = std::find_if(m_sites.begin(), m_sites.end(), [&](const Site& s) { return s.code > site.code; });
    int row = static_cast<int>(at - m_sites.begin());
    beginInsertRows({}, row, row);
    m_sites.insert(at, site);
    endInsertRows();
}

void SiteTableModel::onChanged(const Site& site) {
    int row = rowOf(site.id);
    if (row < 0) return reload();
    m_sites[static_cast<std::size_t>(row)] = site;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SiteTableModel::onRemoved(SiteId id) {
    int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_sites.erase(m_sites.begin() + row);
    endRemoveRows();
}

}  // namespace cnms::gui
