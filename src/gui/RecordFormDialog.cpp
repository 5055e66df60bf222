// SPDX-License-Identifier: MIT
#include "RecordFormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>
#include <utility>

#include "ErrorText.h"
#include "FieldStatus.h"

namespace cnms::gui {

RecordFormDialog::RecordFormDialog(QWidget* parent)
    : QDialog(parent),
      m_form(new QFormLayout),
      m_formIssue(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setModal(true);
    m_formIssue->setObjectName(QStringLiteral("formIssue"));
    m_formIssue->setWordWrap(true);
    field_status::clear(m_formIssue);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_formIssue);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordFormDialog::addField(const QString& field, QWidget* editor) {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto* issue = new QLabel(box);
    issue->setObjectName(field + QStringLiteral("Issue"));
    issue->setWordWrap(true);
    field_status::clear(issue);
    column->addWidget(issue);
    editor->setObjectName(field);
    m_editors.insert(field, editor);
    m_issueLabels.insert(field, issue);
    m_rowWidgets.insert(field, box);
    m_form->addRow(new QLabel(this), box);
}

void RecordFormDialog::addInfoRow(const QString& key, QWidget* widget) {
    widget->setObjectName(key);
    m_rowWidgets.insert(key, widget);
    m_form->addRow(new QLabel(this), widget);
}

void RecordFormDialog::setFieldLabel(const QString& field, const QString& text) {
    if (auto* widget = m_rowWidgets.value(field))
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(widget))) {
            label->setText(text);
            if (auto* e = m_editors.value(field)) label->setBuddy(e);
        }
}

void RecordFormDialog::finishForm() {
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    adjustSize();
    resize(qMax(width(), 560), height());
}

QString RecordFormDialog::refusedField(const RefusedError&) const { return {}; }

QString RecordFormDialog::refusalText(const RefusedError& error) const {
    return ErrorText::exception(std::make_exception_ptr(error));
}

void RecordFormDialog::showIssues(const std::vector<FieldIssue>& issues) {
    for (auto* label : std::as_const(m_issueLabels)) field_status::clear(label);
    field_status::clear(m_formIssue);
    QStringList others;
    for (const auto& issue : issues) {
        QLabel* label = m_issueLabels.value(QString::fromStdString(issue.field));
        if (!label) {
            others << issueText(issue);
            continue;
        }
        // One message per field: the first problem is the one to fix first.
        if (!field_status::hasError(label)) field_status::showError(label, issueText(issue));
    }
    if (!others.isEmpty()) field_status::showError(m_formIssue, others.join(QLatin1Char('\n')));
}

void RecordFormDialog::fieldChanged() {
    if (m_refused) showIssues(check());
}

void RecordFormDialog::accept() {
    auto issues = check();
    if (!issues.empty()) {
        m_refused = true;
        showIssues(issues);
        return;
    }
    try {
        m_resultId = save();
    } catch (const ValidationError& e) {
        m_refused = true;
        showIssues(e.issues());
        return;
    } catch (const RefusedError& e) {
        m_refused = true;
        showIssues({});
        const QString field = refusedField(e);
        QLabel* label = m_issueLabels.value(field, m_formIssue);
        field_status::showError(label, refusalText(e));
        return;
    } catch (...) {
        showIssues({});
        field_status::showError(m_formIssue, ErrorText::exception(std::current_exception()));
        return;
    }
    QDialog::accept();
}

}  // namespace cnms::gui
