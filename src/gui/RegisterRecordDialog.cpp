// SPDX-License-Identifier: MIT
#include "RegisterRecordDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "CatalogueText.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "FieldStatus.h"
#include "ProjectSession.h"

namespace cnms::gui {
namespace {
using records::FieldDef;
using records::FieldKind;

std::string_view uiLanguage() { return catalogue_text::chinese() ? "zh" : "en"; }
QString qs(const std::string& s) { return QString::fromStdString(s); }

// Empty dates and numbers: the editor's minimum stands for "no value" and shows as a dash.
const QDate kNoDate(1900, 1, 1);
double noNumber(const FieldDef& field) { return field.min ? *field.min - 1 : -1e15; }
}  // namespace

RegisterRecordDialog::RegisterRecordDialog(const PageContext& context, const records::RegisterSchema& schema,
                                           Mode mode, std::optional<records::RegisterRecord> existing,
                                           QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_schema(schema),
      m_mode(mode),
      m_existing(std::move(existing)),
      m_general(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("registerRecordDialog"));
    const QString registerName = qs(m_schema.label(uiLanguage()));
    switch (m_mode) {
        case Mode::Add: setWindowTitle(tr("Add to %1").arg(registerName)); break;
        case Mode::Edit: setWindowTitle(tr("Edit %1").arg(registerName)); break;
        case Mode::NewVersion: setWindowTitle(tr("New version: %1").arg(registerName)); break;
    }

    auto* formWidget = new QWidget;
    auto* form = new QFormLayout(formWidget);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto& field : m_schema.fields) {
        if (field.computed()) continue;  // products are the service's to compute
        auto* editor = makeEditor(field);
        editor->setObjectName(QStringLiteral("field_%1").arg(qs(field.id)));
        auto* error = new QLabel;
        error->setObjectName(QStringLiteral("error_%1").arg(qs(field.id)));
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        QString label = qs(field.label(uiLanguage()));
        if (!field.unit.empty()) label += QStringLiteral(" (%1)").arg(qs(field.unit));
        if (field.required) label += QStringLiteral(" *");
        form->addRow(label, cell);
        m_editors.insert(qs(field.id), editor);
        m_errors.insert(qs(field.id), error);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(formWidget);
    scroll->setFrameShape(QFrame::NoFrame);

    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->hide();
    auto* required = new QLabel(tr("Fields marked * are required."));
    required->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(required);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_existing)
        for (const auto& [id, value] : m_existing->fields.items()) setFieldValue(id, value);
    resize(620, 640);
}

QWidget* RegisterRecordDialog::makeEditor(const FieldDef& field) {
    switch (field.kind) {
        case FieldKind::Text:
        case FieldKind::Person: {
            auto* edit = new QLineEdit;
            edit->setMaxLength(200);
            return edit;
        }
        case FieldKind::LongText: {
            auto* edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(72);
            return edit;
        }
        case FieldKind::Date: {
            auto* container = new QWidget;
            auto* edit = new QDateEdit;
            edit->setObjectName(QStringLiteral("date"));
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setMinimumDate(kNoDate);
            edit->setSpecialValueText(QStringLiteral("—"));
            edit->setDate(kNoDate);
            auto* clear = new QToolButton;
            clear->setText(QStringLiteral("×"));
            clear->setToolTip(tr("Clear the date"));
            connect(clear, &QToolButton::clicked, edit, [edit] { edit->setDate(kNoDate); });
            auto* today = new QToolButton;
            today->setText(tr("Today"));
            connect(today, &QToolButton::clicked, edit, [edit] { edit->setDate(QDate::currentDate()); });
            auto* row = new QHBoxLayout(container);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(edit, 1);
            row->addWidget(today);
            row->addWidget(clear);
            return container;
        }
        case FieldKind::Enum: {
            auto* combo = new QComboBox;
            combo->addItem(QStringLiteral("—"), QString());
            for (const auto& option : field.options)
                combo->addItem(qs(uiLanguage() == "zh" ? option.zh : option.en), qs(option.value));
            return combo;
        }
        case FieldKind::Number: {
            if (field.integer) {
                auto* spin = new QSpinBox;
                spin->setRange(static_cast<int>(noNumber(field) < -2e9 ? -2000000000 : noNumber(field)),
                               static_cast<int>(field.max ? *field.max : 2000000000));
                spin->setSpecialValueText(QStringLiteral("—"));
                spin->setValue(spin->minimum());
                return spin;
            }
            auto* spin = new QDoubleSpinBox;
            spin->setDecimals(4);
            spin->setRange(noNumber(field), field.max ? *field.max : 1e15);
            spin->setSpecialValueText(QStringLiteral("—"));
            spin->setValue(spin->minimum());
            return spin;
        }
        case FieldKind::Bool: return new QCheckBox;
        case FieldKind::Site: {
            auto* combo = new QComboBox;
            combo->addItem(QStringLiteral("—"), QString());
            for (const auto& site : m_context.session.sites())
                combo->addItem(QStringLiteral("%1  %2").arg(qs(site.code), qs(site.name)), qs(site.code));
            return combo;
        }
        case FieldKind::Sites: {
            auto* list = new QListWidget;
            for (const auto& site : m_context.session.sites()) {
                auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(qs(site.code), qs(site.name)), list);
                item->setData(Qt::UserRole, qs(site.code));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            list->setFixedHeight(list->sizeHintForRow(0) * std::min(4, std::max(1, list->count())) + 6);
            return list;
        }
        case FieldKind::File: {
            auto* container = new QWidget;
            auto* shown = new QLineEdit;
            shown->setObjectName(QStringLiteral("file"));
            shown->setReadOnly(true);
            shown->setPlaceholderText(tr("No file"));
            auto* choose = new QPushButton(tr("Choose…"));
            connect(choose, &QPushButton::clicked, this, [this, &field] { chooseFile(field); });
            auto* clear = new QToolButton;
            clear->setText(QStringLiteral("×"));
            connect(clear, &QToolButton::clicked, container, [container, shown] {
                container->setProperty("fileRef", QString());
                shown->clear();
            });
            auto* row = new QHBoxLayout(container);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(shown, 1);
            row->addWidget(choose);
            row->addWidget(clear);
            return container;
        }
        case FieldKind::Record: {
            auto* combo = new QComboBox;
            combo->addItem(QStringLiteral("—"), QVariant());
            records::RegisterService service(m_context.session.store());
            if (const auto* target = service.schemas().find(field.refType))
                for (const auto& record : service.list(field.refType))
                    combo->addItem(QStringLiteral("#%1  %2").arg(record.id).arg(
                                       qs(records::displayTitle(*target, record, uiLanguage()))),
                                   QVariant::fromValue<qint64>(record.id));
            return combo;
        }
    }
    return new QLineEdit;
}

void RegisterRecordDialog::chooseFile(const FieldDef& field) {
    const QString path = m_context.dialogs.openFileName(this, tr("Choose the file"), QString(), tr("All files (*)"));
    if (path.isEmpty()) return;
    setFieldValue(field.id, path.toStdString());
}

void RegisterRecordDialog::setFieldValue(const std::string& fieldId, const nlohmann::json& value) {
    const FieldDef* field = m_schema.field(fieldId);
    QWidget* widget = editor(fieldId);
    if (!field || !widget || value.is_null()) return;
    switch (field->kind) {
        case FieldKind::Text:
        case FieldKind::Person:
            static_cast<QLineEdit*>(widget)->setText(value.is_string() ? qs(value.get<std::string>()) : QString());
            break;
        case FieldKind::LongText:
            static_cast<QPlainTextEdit*>(widget)->setPlainText(value.is_string() ? qs(value.get<std::string>()) : QString());
            break;
        case FieldKind::Date:
            if (value.is_string())
                widget->findChild<QDateEdit*>()->setDate(QDate::fromString(qs(value.get<std::string>()), Qt::ISODate));
            break;
        case FieldKind::Enum:
        case FieldKind::Site: {
            auto* combo = static_cast<QComboBox*>(widget);
            if (value.is_string()) combo->setCurrentIndex(std::max(0, combo->findData(qs(value.get<std::string>()))));
            break;
        }
        case FieldKind::Number:
            if (!value.is_number()) break;
            if (auto* spin = qobject_cast<QSpinBox*>(widget)) spin->setValue(value.get<int>());
            else static_cast<QDoubleSpinBox*>(widget)->setValue(value.get<double>());
            break;
        case FieldKind::Bool: static_cast<QCheckBox*>(widget)->setChecked(value.is_boolean() && value.get<bool>()); break;
        case FieldKind::Sites: {
            auto* list = static_cast<QListWidget*>(widget);
            QStringList codes;
            if (value.is_array())
                for (const auto& c : value)
                    if (c.is_string()) codes << qs(c.get<std::string>());
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                         : Qt::Unchecked);
            break;
        }
        case FieldKind::File: {
            nlohmann::json ref = value;
            if (value.is_string()) {  // a path chosen now: hash it and record the reference
                try {
                    records::RegisterService service(m_context.session.store());
                    auto file = service.referenceFile(value.get<std::string>());
                    ref = {{"path", file.path}, {"sha256", file.sha256}};
                } catch (...) {
                    m_context.dialogs.warning(this, windowTitle(), ErrorText::exception(std::current_exception()));
                    return;
                }
            }
            if (!ref.is_object()) break;
            widget->setProperty("fileRef", qs(ref.dump()));
            widget->findChild<QLineEdit*>()->setText(QStringLiteral("%1  (SHA-256 %2…)")
                                                         .arg(qs(ref.value("path", std::string())),
                                                              qs(ref.value("sha256", std::string()).substr(0, 12))));
            break;
        }
        case FieldKind::Record: {
            auto* combo = static_cast<QComboBox*>(widget);
            if (value.is_number_integer())
                combo->setCurrentIndex(std::max(0, combo->findData(QVariant::fromValue<qint64>(value.get<qint64>()))));
            break;
        }
    }
}

nlohmann::json RegisterRecordDialog::fields() const {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& field : m_schema.fields) {
        QWidget* widget = editor(field.id);
        if (!widget) continue;
        switch (field.kind) {
            case FieldKind::Text:
            case FieldKind::Person:
                if (auto text = static_cast<QLineEdit*>(widget)->text().trimmed(); !text.isEmpty())
                    out[field.id] = text.toStdString();
                break;
            case FieldKind::LongText:
                if (auto text = static_cast<QPlainTextEdit*>(widget)->toPlainText().trimmed(); !text.isEmpty())
                    out[field.id] = text.toStdString();
                break;
            case FieldKind::Date:
                if (auto date = widget->findChild<QDateEdit*>()->date(); date != kNoDate)
                    out[field.id] = date.toString(Qt::ISODate).toStdString();
                break;
            case FieldKind::Enum:
            case FieldKind::Site:
                if (auto v = static_cast<QComboBox*>(widget)->currentData().toString(); !v.isEmpty())
                    out[field.id] = v.toStdString();
                break;
            case FieldKind::Number:
                if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
                    if (spin->value() != spin->minimum()) out[field.id] = spin->value();
                } else if (auto* dspin = static_cast<QDoubleSpinBox*>(widget); dspin->value() != dspin->minimum()) {
                    out[field.id] = dspin->value();
                }
                break;
            case FieldKind::Bool: out[field.id] = static_cast<QCheckBox*>(widget)->isChecked(); break;
            case FieldKind::Sites: {
                auto* list = static_cast<QListWidget*>(widget);
                nlohmann::json codes = nlohmann::json::array();
                for (int i = 0; i < list->count(); ++i)
                    if (list->item(i)->checkState() == Qt::Checked)
                        codes.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
                if (!codes.empty()) out[field.id] = codes;
                break;
            }
            case FieldKind::File:
                if (auto ref = widget->property("fileRef").toString(); !ref.isEmpty())
                    out[field.id] = nlohmann::json::parse(ref.toStdString());
                break;
            case FieldKind::Record:
                if (auto v = static_cast<QComboBox*>(widget)->currentData(); v.isValid())
                    out[field.id] = v.toLongLong();
                break;
        }
    }
    return out;
}

QString RegisterRecordDialog::fieldError(const std::string& fieldId) const {
    QLabel* label = m_errors.value(QString::fromStdString(fieldId));
    return label && field_status::hasError(label) ? label->text() : QString();
}

void RegisterRecordDialog::clearIssues() {
    for (QLabel* label : std::as_const(m_errors)) {
        field_status::clear(label);
        label->hide();
    }
    m_general->clear();
    m_general->hide();
}

void RegisterRecordDialog::showIssues(const std::vector<FieldIssue>& issues) {
    QStringList general;
    QWidget* first = nullptr;
    for (const auto& issue : issues) {
        const FieldDef* field = m_schema.field(issue.field);
        const QString name = field ? qs(field->label(uiLanguage())) : qs(issue.field);
        const QString text = issue.code == "required" ? tr("%1 is required.").arg(name)
                                                      : tr("%1: %2").arg(name, qs(issue.message));
        if (QLabel* label = m_errors.value(qs(issue.field))) {
            field_status::showError(label, text);
            label->show();
            if (!first) first = editor(issue.field);
        } else {
            general << text;
        }
    }
    if (!general.isEmpty()) {
        field_status::showError(m_general, general.join(QLatin1Char('\n')));
        m_general->show();
    }
    if (first) first->setFocus();
}

void RegisterRecordDialog::accept() {
    clearIssues();
    records::RegisterService service(m_context.session.store());
    try {
        records::RegisterRecord stored;
        if (m_mode == Mode::NewVersion && m_existing) {
            stored = service.newVersion(m_existing->id, fields());
            m_context.session.notifyRecordsChanged(qs(m_schema.type));
        } else if (m_mode == Mode::Edit && m_existing) {
            records::RegisterRecord record = *m_existing;
            record.fields = fields();
            stored = m_context.session.editRecord(record);  // on the undo stack; the session announces it
        } else {
            records::RegisterRecord record;
            record.type = m_schema.type;
            record.fields = fields();
            stored = m_context.session.addRecord(record);
        }
        m_resultId = stored.id;
    } catch (const ValidationError& error) {
        showIssues(error.issues());
        return;
    } catch (...) {
        field_status::showError(m_general, ErrorText::exception(std::current_exception()));
        m_general->show();
        return;
    }
    QDialog::accept();
}

}  // namespace cnms::gui
