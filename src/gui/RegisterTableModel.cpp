// SPDX-License-Identifier: MIT
#include "RegisterTableModel.h"

#include <QBrush>
#include <QColor>

#include "CatalogueText.h"
#include "ProjectSession.h"

namespace cnms::gui {
namespace {
std::string_view uiLanguage() { return catalogue_text::chinese() ? "zh" : "en"; }
}  // namespace

RegisterTableModel::RegisterTableModel(ProjectSession& session, const records::RegisterSchema& schema,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_schema(schema) {
    using records::FieldKind;
    for (const auto& field : m_schema.fields)
        if (field.kind != FieldKind::LongText && field.kind != FieldKind::File) m_columns.push_back(&field);
    connect(&m_session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type.toStdString() == m_schema.type) reload();
    });
    reload();
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const {
    // The version column only for registers that keep versions.
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size()) + (m_schema.versioned ? 1 : 0);
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& record = m_records[row];
    const bool overdue = m_overdue[row];
    switch (role) {
        case RecordIdRole: return QVariant::fromValue<qint64>(record.id);
        case OverdueRole: return overdue;
        case Qt::BackgroundRole: return overdue ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
        case Qt::ToolTipRole:
            if (overdue && !m_schema.dueField.empty())
                return tr("Overdue: %1 was %2")
                    .arg(QString::fromStdString(m_schema.field(m_schema.dueField)->label(uiLanguage())),
                         QString::fromStdString(record.text(m_schema.dueField)));
            return {};
        case Qt::DisplayRole: {
            const auto column = static_cast<std::size_t>(index.column());
            if (column == m_columns.size()) return record.version;
            const auto* field = m_columns[column];
            auto it = record.fields.find(field->id);
            if (it == record.fields.end() || it->is_null()) return QString();
            return QString::fromStdString(records::displayValue(*field, *it, uiLanguage()));
        }
        default: return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<std::size_t>(section);
    if (column == m_columns.size()) return tr("Version");
    return QString::fromStdString(m_columns[column]->label(uiLanguage()));
}

int RegisterTableModel::rowOf(records::RecordId id) const {
    for (std::size_t i = 0; i < m_records.size(); ++i)
        if (m_records[i].id == id) return static_cast<int>(i);
    return -1;
}

void RegisterTableModel::setSearch(const QString& text) {
    m_search = text.trimmed().toStdString();
    reload();
}

void RegisterTableModel::reload() {
    records::RegisterService service(m_session.store());
    records::ListQuery query;
    query.search = m_search;
    auto list = service.list(m_schema.type, query);
    const std::string today = records::SystemToday().date();
    beginResetModel();
    m_records = std::move(list);
    m_overdue.clear();
    for (const auto& record : m_records) m_overdue.push_back(records::RegisterService::isOverdue(m_schema, record, today));
    endResetModel();
}

void RegisterTableModel::retranslate() {
    if (columnCount() > 0) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace cnms::gui
