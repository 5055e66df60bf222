// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

#include <optional>

#include "PageRegistry.h"
#include "cnms/records/RegisterService.h"

class QLabel;
class QDialogButtonBox;

namespace cnms::gui {

/**
 * The one form of every register, built from the schema's field kinds: a line edit for texts
 * and people, a plain-text edit for long texts, a date edit that can be left empty, a combo box
 * for options, sites and referenced records, spin boxes for numbers, a check box for yes/no, a
 * checkable list for several sites and a file picker (through Dialogs) that records the file's
 * path and SHA-256. On OK it asks RegisterService to store the record and shows each refused
 * field's problem beside the field; the dialog closes only when the record is stored.
 */
class RegisterRecordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, NewVersion };

    RegisterRecordDialog(const PageContext& context, const records::RegisterSchema& schema, Mode mode,
                         std::optional<records::RegisterRecord> existing, QWidget* parent = nullptr);

    /** The fields as the form holds them now (JSON by field id; empty editors are left out). */
    nlohmann::json fields() const;
    /** Puts a value into a field's editor (for files: a path, hashed and referenced as on Choose). */
    void setFieldValue(const std::string& fieldId, const nlohmann::json& value);
    /** The editor of a field (object name "field_<id>"), or nullptr. */
    QWidget* editor(const std::string& fieldId) const { return m_editors.value(QString::fromStdString(fieldId)); }
    /** The problem shown beside a field, or an empty string. */
    QString fieldError(const std::string& fieldId) const;
    /** The id of the record stored by OK (0 before). */
    records::RecordId resultId() const { return m_resultId; }

public slots:
    /** Stores the record; on refusal shows why and stays open. */
    void accept() override;

private:
    QWidget* makeEditor(const records::FieldDef& field);
    void chooseFile(const records::FieldDef& field);
    void showIssues(const std::vector<FieldIssue>& issues);
    void clearIssues();

    PageContext m_context;
    const records::RegisterSchema& m_schema;
    Mode m_mode;
    std::optional<records::RegisterRecord> m_existing;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    records::RecordId m_resultId = 0;
};

}  // namespace cnms::gui
