// SPDX-License-Identifier: MIT
#include "NcStepDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "AuditText.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/audit/NonconformityService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string str(const QString& s) { return s.trimmed().toStdString(); }
}  // namespace

using nc_workflow::Step;

NcStepDialog::NcStepDialog(ProjectSession& session, std::optional<Step> step, std::optional<Nonconformity> nc,
                           QWidget* parent)
    : QDialog(parent), m_session(session), m_step(step), m_nc(std::move(nc)), m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("ncStepDialog"));
    auto* form = new QFormLayout;
    auto text = [&](const QString& label) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        m_text->setFixedHeight(80);
        form->addRow(label, m_text);
    };
    auto date = [&](const QString& label) {
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setObjectName(QStringLiteral("dateEdit"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(label, m_date);
    };
    const QString code = m_nc ? qs(m_nc->code()) : QString();
    if (!m_step) {
        setWindowTitle(tr("Raise nonconformity"));
        m_clause = new QLineEdit(this);
        m_clause->setObjectName(QStringLiteral("clauseEdit"));
        m_clause->setPlaceholderText(tr("e.g. 6.2"));
        m_severity = new QComboBox(this);
        m_severity->setObjectName(QStringLiteral("severityCombo"));
        m_severity->addItem(AuditText::severity(NcSeverity::Minor), static_cast<int>(NcSeverity::Minor));
        m_severity->addItem(AuditText::severity(NcSeverity::Major), static_cast<int>(NcSeverity::Major));
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("sourceCombo"));
        for (auto s : {NcSource::Monitoring, NcSource::ComplianceEvaluation, NcSource::Complaint,
                       NcSource::ManagementReview, NcSource::Other})
            m_source->addItem(AuditText::source(s), static_cast<int>(s));
        m_subject = new QLineEdit(this);
        m_subject->setObjectName(QStringLiteral("subjectEdit"));
        m_subject->setPlaceholderText(tr("Optional: type:id of the record concerned"));
        form->addRow(tr("Clause"), m_clause);
        form->addRow(tr("Severity"), m_severity);
        form->addRow(tr("Source"), m_source);
        text(tr("Description"));
        form->addRow(tr("About record"), m_subject);
    } else {
        switch (*m_step) {
            case Step::Contain:
                setWindowTitle(tr("Correction of %1").arg(code));
                text(tr("Correction / containment"));
                date(tr("Done on"));
                break;
            case Step::AnalyseCause:
                setWindowTitle(tr("Root cause of %1").arg(code));
                for (int i = 0; i < 5; ++i) {
                    auto* why = new QLineEdit(this);
                    why->setObjectName(QStringLiteral("why%1").arg(i + 1));
                    if (i < static_cast<int>(m_nc->whys.size())) why->setText(qs(m_nc->whys[static_cast<std::size_t>(i)]));
                    m_whys.push_back(why);
                    form->addRow(tr("Why %1?").arg(i + 1), why);
                }
                m_category = new QComboBox(this);
                m_category->setObjectName(QStringLiteral("categoryCombo"));
                for (auto c : allCauseCategories()) m_category->addItem(AuditText::category(c), static_cast<int>(c));
                form->addRow(tr("Category"), m_category);
                m_rootCause = new QLineEdit(qs(m_nc->rootCause), this);
                m_rootCause->setObjectName(QStringLiteral("rootCauseEdit"));
                m_rootCause->setPlaceholderText(tr("Empty: the last why"));
                form->addRow(tr("Root cause"), m_rootCause);
                break;
            case Step::AddAction:
                setWindowTitle(tr("Corrective action for %1").arg(code));
                text(tr("Action"));
                m_owner = new QLineEdit(this);
                m_owner->setObjectName(QStringLiteral("ownerEdit"));
                form->addRow(tr("Owner"), m_owner);
                date(tr("Due"));
                m_date->setDate(QDate::currentDate().addMonths(1));
                break;
            case Step::ImplementAction: {
                setWindowTitle(tr("Action of %1 implemented").arg(code));
                m_action = new QComboBox(this);
                m_action->setObjectName(QStringLiteral("actionCombo"));
                for (const auto& a : NonconformityService(ServiceContext(session.store())).actions(m_nc->id))
                    if (a.status == ActionStatus::Open)
                        m_action->addItem(QStringLiteral("%1 %2 (%3)").arg(qs(a.code()), qs(a.description), qs(a.owner)),
                                          QVariant::fromValue<qlonglong>(a.id));
                form->addRow(tr("Action"), m_action);
                date(tr("Implemented on"));
                text(tr("Note"));
                break;
            }
            case Step::Verify:
                setWindowTitle(tr("Effectiveness of %1").arg(code));
                m_effective = new QCheckBox(tr("The actions were effective"), this);
                m_effective->setObjectName(QStringLiteral("effectiveCheck"));
                m_effective->setChecked(true);
                form->addRow(QString(), m_effective);
                text(tr("Evidence"));
                date(tr("Verified on"));
                break;
            case Step::Reopen:
                setWindowTitle(tr("Reopen %1").arg(code));
                text(tr("Reason"));
                break;
            case Step::Close: break;
        }
    }
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NcStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString NcStepDialog::errorText() const { return m_error->text(); }

void NcStepDialog::apply() {
    NonconformityService service{ServiceContext(m_session.store())};
    const std::string on = m_date ? str(m_date->date().toString(Qt::ISODate)) : std::string();
    const std::string body = m_text ? str(m_text->toPlainText()) : std::string();
    if (!m_step) {
        Nonconformity draft;
        draft.clauseId = str(m_clause->text());
        draft.severity = static_cast<NcSeverity>(m_severity->currentData().toInt());
        draft.source = static_cast<NcSource>(m_source->currentData().toInt());
        draft.description = body;
        if (!m_subject->text().trimmed().isEmpty()) {
            draft.subject = RecordRef::parse(str(m_subject->text()));
            if (!draft.subject) throw ValidationError(std::vector<FieldIssue>{{"subject", "format", "write the record as type:id"}});
        }
        m_resultId = service.raise(draft).id;
        return;
    }
    const NonconformityId id = m_nc->id;
    m_resultId = id;
    switch (*m_step) {
        case Step::Contain: service.contain(id, body, on); break;
        case Step::AnalyseCause: {
            std::vector<std::string> whys;
            for (auto* why : m_whys)
                if (!why->text().trimmed().isEmpty()) whys.push_back(str(why->text()));
            service.analyseCause(id, whys, static_cast<CauseCategory>(m_category->currentData().toInt()),
                                 str(m_rootCause->text()));
            break;
        }
        case Step::AddAction: service.addAction(id, body, str(m_owner->text()), on); break;
        case Step::ImplementAction:
            if (m_action->currentIndex() < 0) throw ValidationError(std::vector<FieldIssue>{{"action", "required", "no open action"}});
            service.implementAction(id, m_action->currentData().toLongLong(), on, body);
            break;
        case Step::Verify: service.verify(id, m_effective->isChecked(), body, on); break;
        case Step::Reopen: m_resultId = service.reopen(id, body).id; break;
        case Step::Close: service.close(id); break;
    }
}

void NcStepDialog::accept() {
    try {
        apply();
    } catch (const RefusedError& e) {
        m_error->setText(m_step && m_nc ? AuditText::refusal(*m_step, {e.code(), e.what()}, *m_nc) : AuditText::refused(e));
        m_error->show();
        return;
    } catch (...) {
        m_error->setText(ErrorText::exception(std::current_exception()));
        m_error->show();
        return;
    }
    m_session.notifyRecordsChanged(QStringLiteral("nonconformity"));
    QDialog::accept();
}

}  // namespace cnms::gui
