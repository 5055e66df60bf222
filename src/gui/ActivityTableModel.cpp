// SPDX-License-Identifier: MIT
#include "ActivityTableModel.h"

#include <QLocale>

namespace cnms::gui {

ActivityTableModel::ActivityTableModel(ProjectStore& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

void ActivityTableModel::setYear(int year, const QString& site) {
    m_year = year;
    m_site = site;
    reload();
}

void ActivityTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    m_exhausted = m_year == 0;
    endResetModel();
}

std::int64_t ActivityTableModel::totalInYear() const { return m_year == 0 ? 0 : m_store.activities().countInYear(m_year); }

int ActivityTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool ActivityTableModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_exhausted; }

void ActivityTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_exhausted) return;
    const std::string site = m_site.toStdString();
    std::vector<Row> fresh;
    // With a site filter a page may hold few matches: read on until a page's worth or the end.
    while (!m_exhausted && fresh.size() < kPageSize) {
        const std::size_t visited = m_store.activities().forEachInYearPage(
            m_year, m_lastId, kPageSize, [&](accounting::ActivityId id, const accounting::ActivityRecord& record) {
                m_lastId = id;
                if (site.empty() || record.site == site) fresh.push_back({id, record});
            });
        if (visited < kPageSize) m_exhausted = true;
    }
    if (fresh.empty()) return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    endInsertRows();
}

bool ActivityTableModel::refreshRecord(accounting::ActivityId id) {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != id) continue;
        auto record = m_store.activities().find(id);
        if (!record) return false;
        m_rows[i].record = *record;
        emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        return true;
    }
    return false;
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (m_editor && index.isValid()) f |= Qt::ItemIsEditable;
    return f;
}

bool ActivityTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_editor ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto& row = m_rows.at(static_cast<std::size_t>(index.row()));
    accounting::ActivityRecord edited = row.record;
    const QString text = value.toString().trimmed();
    const std::string utf8 = text.toStdString();
    QString problem;
    switch (index.column()) {
    case RecordId: edited.recordId = utf8; break;
    case Site: edited.site = utf8; break;
    case PeriodStart:
    case PeriodEnd:
        if (auto date = accounting::CivilDate::parse(utf8))
            (index.column() == PeriodStart ? edited.periodStart : edited.periodEnd) = *date;
        else
            problem = tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(text);
        break;
    case SourceType:
        if (auto type = accounting::sourceTypeFromString(utf8)) edited.sourceType = *type;
        else problem = tr("'%1' is not a source type (fuel_combustion, process, fugitive, purchased_electricity, "
                          "purchased_heat, co2_recovered, indirect_other).").arg(text);
        break;
    case Activity: edited.activity = utf8; break;
    case Quantity: {
        bool ok = false;
        double q = QLocale().toDouble(text, &ok);
        if (!ok) q = QLocale::c().toDouble(text, &ok);
        if (ok) edited.quantity = q;
        else problem = tr("'%1' is not a number.").arg(text);
        break;
    }
    case Unit: edited.unit = utf8; break;
    case DataQuality:
        if (auto quality = accounting::dataQualityFromString(utf8)) edited.dataQuality = *quality;
        else problem = tr("'%1' is not a data quality (measured, calculated, estimated).").arg(text);
        break;
    default: return false;
    }
    if (problem.isEmpty()) problem = m_editor(row.id, edited);
    if (!problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    refreshRecord(row.id);
    return true;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& r = m_rows.at(static_cast<std::size_t>(index.row())).record;
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Quantity) return QString::number(r.quantity, 'g', 15);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case RecordId: return QString::fromStdString(r.recordId);
    case Site: return QString::fromStdString(r.site);
    case PeriodStart: return QString::fromStdString(r.periodStart.toString());
    case PeriodEnd: return QString::fromStdString(r.periodEnd.toString());
    case SourceType: return QString::fromUtf8(accounting::toString(r.sourceType).data(),
                                              static_cast<qsizetype>(accounting::toString(r.sourceType).size()));
    case Activity: return QString::fromStdString(r.activity);
    case Quantity: return QLocale().toString(r.quantity, 'g', 12);
    case Unit: return QString::fromStdString(r.unit);
    case DataQuality: return QString::fromUtf8(accounting::toString(r.dataQuality).data(),
                                               static_cast<qsizetype>(accounting::toString(r.dataQuality).size()));
    default: return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordId: return tr("Record id");
    case Site: return tr("Site");
    case PeriodStart: return tr("Period start");
    case PeriodEnd: return tr("Period end");
    case SourceType: return tr("Source type");
    case Activity: return tr("Activity");
    case Quantity: return tr("Quantity");
    case Unit: return tr("Unit");
    case DataQuality: return tr("Data quality");
    default: return {};
    }
}

}  // namespace cnms::gui
