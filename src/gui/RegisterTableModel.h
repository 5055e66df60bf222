// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "cnms/records/RegisterService.h"

namespace cnms::gui {

class ProjectSession;

/**
 * The current records of one register as a table. Columns are the schema's main fields (every
 * field but long texts and files), headed by their labels in the UI language; overdue records
 * are highlighted. It reloads when the session announces a change to its register.
 */
class RegisterTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,  ///< the record's id (qint64)
        OverdueRole,                      ///< bool: past its due date and not done
    };

    RegisterTableModel(ProjectSession& session, const records::RegisterSchema& schema, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const records::RegisterSchema& schema() const { return m_schema; }
    const records::RegisterRecord& recordAt(int row) const { return m_records.at(static_cast<std::size_t>(row)); }
    /** Row of the record with `id`, or -1. */
    int rowOf(records::RecordId id) const;
    /** Shows only records matching `text` (RegisterService's search: values and labels). */
    void setSearch(const QString& text);
    /** Reads the register again from the store. */
    void reload();
    /** Tells views that headers and labels changed language. */
    void retranslate();

private:
    ProjectSession& m_session;
    const records::RegisterSchema& m_schema;
    std::vector<const records::FieldDef*> m_columns;
    std::vector<records::RegisterRecord> m_records;
    std::vector<bool> m_overdue;
    std::string m_search;
};

}  // namespace cnms::gui
