// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/records/RegisterRecord.h"

namespace cnms::gui {

/** Adds a register record; undo removes it, redo stores it again under the id it had. */
class AddRecordCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(AddRecordCommand)
public:
    AddRecordCommand(ProjectSession& session, const records::RegisterRecord& record);
    /** The record as stored (with its id) once redo() has run. */
    const records::RegisterRecord& record() const { return m_record; }

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    records::RegisterRecord m_record;
};

/** Changes a register record's fields; undo puts the earlier fields back. */
class EditRecordCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(EditRecordCommand)
public:
    EditRecordCommand(ProjectSession& session, const records::RegisterRecord& before,
                      const records::RegisterRecord& after);
    const records::RegisterRecord& record() const { return m_after; }

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    records::RegisterRecord m_before;
    records::RegisterRecord m_after;
};

/** Removes a register record; undo stores it again under its id with the same fields. */
class RemoveRecordCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveRecordCommand)
public:
    RemoveRecordCommand(ProjectSession& session, const records::RegisterRecord& record);

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    records::RegisterRecord m_record;
};

}  // namespace cnms::gui
