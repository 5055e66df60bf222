// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

#include <vector>

#include "cnms/core/Errors.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace cnms::gui {

/**
 * A form that edits one record: each field is an editor with a label and, below it, a line that
 * says what is wrong with it. OK asks the subclass to save (which validates in the core and writes
 * one unit of work); refused fields are shown next to their editors and the dialog stays open.
 * After a refused OK the form re-checks as the user types, so errors go away when fixed.
 */
class RecordFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecordFormDialog(QWidget* parent = nullptr);

    /** The id of the record saved by the last successful OK (0 before). */
    qint64 resultId() const { return m_resultId; }
    /** The editor of a field (core field name, e.g. "title"), or nullptr. */
    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    /** The error line below a field's editor, or nullptr. */
    QLabel* issueLabel(const QString& field) const { return m_issueLabels.value(field); }
    /** The error line for what belongs to no field (a refusal of the whole record). */
    QLabel* formIssue() const { return m_formIssue; }

    void accept() override;

protected:
    /** Adds a row for `field`; its label text comes from setFieldLabel (in retranslate). */
    void addField(const QString& field, QWidget* editor);
    void setFieldLabel(const QString& field, const QString& text);
    /** Adds a row without an error line (e.g. a computed value). */
    void addInfoRow(const QString& key, QWidget* widget);
    QFormLayout* form() const { return m_form; }
    /** Call from the subclass's constructor once its editors exist: sizes and titles the dialog. */
    void finishForm();

    /** The problems of the record as the form now describes it (core validation, nothing written). */
    virtual std::vector<FieldIssue> check() const = 0;
    /** Writes the record through the service; returns its id. Throws what the service throws. */
    virtual qint64 save() = 0;
    /** The field a refusal of the service belongs to (e.g. a duplicate serial), or empty for the form. */
    virtual QString refusedField(const RefusedError& error) const;
    /** The translated text of such a refusal; by default ErrorText's. */
    virtual QString refusalText(const RefusedError& error) const;
    /** The translated text of a field issue. */
    virtual QString issueText(const FieldIssue& issue) const = 0;
    /** Hook for the editors' change signals: re-checks once OK has been refused. */
    void fieldChanged();
    /** Shows `issues` beside their fields (others on the form line); clears the rest. */
    void showIssues(const std::vector<FieldIssue>& issues);

private:
    QFormLayout* m_form;
    QLabel* m_formIssue;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_issueLabels;
    QHash<QString, QWidget*> m_rowWidgets;  ///< the widget in the form's field column, by key
    qint64 m_resultId = 0;
    bool m_refused = false;
};

}  // namespace cnms::gui
