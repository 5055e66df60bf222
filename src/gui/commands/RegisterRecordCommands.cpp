// SPDX-License-Identifier: MIT
#include "RegisterRecordCommands.h"

#include "CatalogueText.h"
#include "ProjectSession.h"
#include "cnms/records/RegisterSchema.h"

namespace cnms::gui {
namespace {
/** "risk or opportunity 全国碳市场配额收紧": the register's name and the record's title. */
QString name(const records::RegisterRecord& record) {
    const auto* schema = records::RegisterSchemas::shipped().find(record.type);
    if (!schema) return QString::fromStdString(record.type);
    const std::string lang = catalogue_text::chinese() ? "zh" : "en";
    return QString::fromStdString(schema->label(lang)) + QLatin1Char(' ') +
           QString::fromStdString(records::displayTitle(*schema, record, lang));
}
}  // namespace

AddRecordCommand::AddRecordCommand(ProjectSession& session, const records::RegisterRecord& record)
    : SessionCommand(session), m_record(record) {
    retranslate();
}

QString AddRecordCommand::describe() const { return tr("add %1").arg(name(m_record)); }

void AddRecordCommand::apply() {
    // The first redo assigns the id; later redos keep it, so references made meanwhile stay valid.
    m_record = m_session.applyInsertRecord(m_record);
}

void AddRecordCommand::revert() { m_session.applyRemoveRecord(m_record.id); }

EditRecordCommand::EditRecordCommand(ProjectSession& session, const records::RegisterRecord& before,
                                     const records::RegisterRecord& after)
    : SessionCommand(session), m_before(before), m_after(after) {
    retranslate();
}

QString EditRecordCommand::describe() const { return tr("edit %1").arg(name(m_after)); }

void EditRecordCommand::apply() { m_after = m_session.applyUpdateRecord(m_after); }

void EditRecordCommand::revert() { m_before = m_session.applyUpdateRecord(m_before); }

RemoveRecordCommand::RemoveRecordCommand(ProjectSession& session, const records::RegisterRecord& record)
    : SessionCommand(session), m_record(record) {
    retranslate();
}

QString RemoveRecordCommand::describe() const { return tr("delete %1").arg(name(m_record)); }

void RemoveRecordCommand::apply() { m_session.applyRemoveRecord(m_record.id); }

void RemoveRecordCommand::revert() { m_record = m_session.applyInsertRecord(m_record); }

}  // namespace cnms::gui
