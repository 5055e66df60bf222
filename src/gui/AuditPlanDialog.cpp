// SPDX-License-Identifier: MIT
#include "AuditPlanDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "AuditText.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditPlanService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string str(const QString& s) { return s.trimmed().toStdString(); }

/** "a; b; c" per line (a full-width semicolon works too), blank lines skipped. */
std::vector<QStringList> lines(const QString& text) {
    std::vector<QStringList> out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(QChar(0xFF1B), QLatin1Char(';'));
        if (line.trimmed().isEmpty()) continue;
        QStringList parts = line.split(QLatin1Char(';'));
        for (auto& p : parts) p = p.trimmed();
        out.push_back(parts);
    }
    return out;
}
QString part(const QStringList& parts, int i) { return i < parts.size() ? parts[i] : QString(); }
}  // namespace

AuditPlanDialog::AuditPlanDialog(ProjectSession& session, std::optional<Audit> existing, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_existing(std::move(existing)),
      m_title(new QLineEdit(this)),
      m_objective(new QLineEdit(this)),
      m_criteria(new QLineEdit(this)),
      m_rationale(new QLineEdit(this)),
      m_clauses(new QLineEdit(this)),
      m_sites(new QListWidget(this)),
      m_processes(new QPlainTextEdit(this)),
      m_start(new QDateEdit(this)),
      m_end(new QDateEdit(this)),
      m_lead(new QLineEdit(this)),
      m_leadDepartment(new QLineEdit(this)),
      m_team(new QPlainTextEdit(this)),
      m_auditees(new QLineEdit(this)),
      m_independence(new QTableWidget(this)),
      m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("auditPlanDialog"));
    setWindowTitle(m_existing ? tr("Edit audit %1").arg(qs(m_existing->code)) : tr("Plan audit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_objective->setObjectName(QStringLiteral("objectiveEdit"));
    m_criteria->setObjectName(QStringLiteral("criteriaEdit"));
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_clauses->setObjectName(QStringLiteral("clausesEdit"));
    m_sites->setObjectName(QStringLiteral("sitesList"));
    m_processes->setObjectName(QStringLiteral("processesEdit"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_lead->setObjectName(QStringLiteral("leadEdit"));
    m_leadDepartment->setObjectName(QStringLiteral("leadDepartmentEdit"));
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_auditees->setObjectName(QStringLiteral("auditeesEdit"));
    m_independence->setObjectName(QStringLiteral("independenceTable"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    for (auto* date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setDate(QDate::currentDate());
    }
    m_processes->setPlaceholderText(tr("One per line: process; department; owner"));
    m_team->setPlaceholderText(tr("One per line: name; department"));
    m_auditees->setPlaceholderText(tr("Names, separated by commas"));
    m_clauses->setPlaceholderText(tr("e.g. 4-10 or 6.2,9.4"));
    m_processes->setFixedHeight(70);
    m_team->setFixedHeight(56);
    m_sites->setFixedHeight(72);
    for (const auto& site : session.sites()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(qs(site.code), qs(site.name)), m_sites);
        item->setData(Qt::UserRole, qs(site.code));
        item->setCheckState(Qt::Unchecked);
    }
    m_independence->setColumnCount(3);
    m_independence->setHorizontalHeaderLabels({tr("Auditor"), tr("Warning"), tr("Reason for auditing anyway")});
    m_independence->verticalHeader()->hide();
    m_independence->horizontalHeader()->setStretchLastSection(true);
    m_independence->setFixedHeight(110);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_error->hide();

    if (m_existing) {
        const Audit& a = *m_existing;
        m_title->setText(qs(a.title));
        m_objective->setText(qs(a.objective));
        m_criteria->setText(qs(a.criteria));
        m_rationale->setText(qs(a.rationale));
        m_clauses->setText(qs(a.clauseSelection));
        for (int i = 0; i < m_sites->count(); ++i) {
            const auto code = m_sites->item(i)->data(Qt::UserRole).toString().toStdString();
            if (std::find(a.sites.begin(), a.sites.end(), code) != a.sites.end())
                m_sites->item(i)->setCheckState(Qt::Checked);
        }
        QStringList processes, team, auditees;
        for (const auto& p : a.processes) processes << QStringLiteral("%1; %2; %3").arg(qs(p.name), qs(p.department), qs(p.owner));
        for (const auto& t : a.team) team << QStringLiteral("%1; %2").arg(qs(t.name), qs(t.department));
        for (const auto& n : a.auditees) auditees << qs(n);
        m_processes->setPlainText(processes.join(QLatin1Char('\n')));
        m_team->setPlainText(team.join(QLatin1Char('\n')));
        m_auditees->setText(auditees.join(QStringLiteral(", ")));
        m_start->setDate(QDate::fromString(qs(a.startDate), Qt::ISODate));
        m_end->setDate(QDate::fromString(qs(a.endDate), Qt::ISODate));
        m_lead->setText(qs(a.lead.name));
        m_leadDepartment->setText(qs(a.lead.department));
    } else {
        m_clauses->setText(QStringLiteral("4-10"));
        m_criteria->setText(tr("The carbon neutrality management system standard and the organization's procedures"));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Objective"), m_objective);
    form->addRow(tr("Criteria"), m_criteria);
    form->addRow(tr("Why this audit now"), m_rationale);
    form->addRow(tr("Clauses"), m_clauses);
    form->addRow(tr("Sites"), m_sites);
    form->addRow(tr("Processes"), m_processes);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    form->addRow(tr("Dates"), dates);
    auto* lead = new QHBoxLayout;
    lead->addWidget(m_lead, 1);
    lead->addWidget(m_leadDepartment, 1);
    m_lead->setPlaceholderText(tr("Name"));
    m_leadDepartment->setPlaceholderText(tr("Department"));
    form->addRow(tr("Lead auditor"), lead);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Auditees"), m_auditees);
    form->addRow(tr("Independence"), m_independence);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 720);

    for (auto* edit : {m_lead, m_leadDepartment, m_auditees})
        connect(edit, &QLineEdit::textChanged, this, &AuditPlanDialog::updateConflicts);
    for (auto* edit : {m_processes, m_team})
        connect(edit, &QPlainTextEdit::textChanged, this, &AuditPlanDialog::updateConflicts);
    updateConflicts();
}

Audit AuditPlanDialog::draft() const {
    Audit a = m_existing.value_or(Audit{});
    a.title = str(m_title->text());
    a.objective = str(m_objective->text());
    a.criteria = str(m_criteria->text());
    a.rationale = str(m_rationale->text());
    a.clauseSelection = str(m_clauses->text());
    a.sites.clear();
    for (int i = 0; i < m_sites->count(); ++i)
        if (m_sites->item(i)->checkState() == Qt::Checked)
            a.sites.push_back(m_sites->item(i)->data(Qt::UserRole).toString().toStdString());
    a.processes.clear();
    for (const auto& p : lines(m_processes->toPlainText()))
        a.processes.push_back({str(part(p, 0)), str(part(p, 1)), str(part(p, 2))});
    a.team.clear();
    for (const auto& t : lines(m_team->toPlainText())) a.team.push_back({str(part(t, 0)), str(part(t, 1))});
    a.auditees.clear();
    QString auditees = m_auditees->text();
    auditees.replace(QChar(0xFF0C), QLatin1Char(',')).replace(QChar(0x3001), QLatin1Char(','));
    for (const auto& n : auditees.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty()) a.auditees.push_back(str(n));
    a.startDate = str(m_start->date().toString(Qt::ISODate));
    a.endDate = str(m_end->date().toString(Qt::ISODate));
    a.lead = {str(m_lead->text()), str(m_leadDepartment->text())};
    return a;
}

void AuditPlanDialog::updateConflicts() {
    // Keep the reasons already typed for auditors that still have a warning.
    std::map<QString, QString> reasons;
    for (int row = 0; row < m_independence->rowCount(); ++row)
        if (auto* reason = m_independence->item(row, 2)) reasons[m_independence->item(row, 0)->text()] = reason->text();
    const Audit a = draft();
    m_conflicts = independenceConflicts(a);
    // Auditors acknowledged earlier keep their declaration: only new warnings need a reason.
    std::erase_if(m_conflicts, [&](const IndependenceConflict& c) {
        return std::any_of(a.independence.begin(), a.independence.end(),
                           [&](const auto& d) { return d.auditor == c.auditor; });
    });
    m_independence->setRowCount(static_cast<int>(m_conflicts.size()));
    int row = 0;
    for (const auto& c : m_conflicts) {
        auto* who = new QTableWidgetItem(qs(c.auditor));
        who->setFlags(who->flags() & ~Qt::ItemIsEditable);
        QString warning;
        switch (c.kind) {
            case IndependenceConflict::Kind::ProcessOwner: warning = tr("owns the audited process %1").arg(qs(c.subject)); break;
            case IndependenceConflict::Kind::SameDepartment: warning = tr("belongs to the audited department %1").arg(qs(c.subject)); break;
            case IndependenceConflict::Kind::Auditee: warning = tr("is an auditee"); break;
        }
        auto* what = new QTableWidgetItem(warning);
        what->setFlags(what->flags() & ~Qt::ItemIsEditable);
        what->setBackground(QColor(0xfd, 0xf5, 0xc9));
        m_independence->setItem(row, 0, who);
        m_independence->setItem(row, 1, what);
        m_independence->setItem(row, 2, new QTableWidgetItem(reasons[qs(c.auditor)]));
        ++row;
    }
    m_independence->resizeColumnsToContents();
    m_independence->horizontalHeader()->setStretchLastSection(true);
}

QString AuditPlanDialog::errorText() const { return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString(); }

void AuditPlanDialog::accept() {
    std::vector<IndependenceAcknowledgement> acks;
    QStringList missing;
    for (int row = 0; row < m_independence->rowCount(); ++row) {
        const QString who = m_independence->item(row, 0)->text();
        const QString reason = m_independence->item(row, 2) ? m_independence->item(row, 2)->text().trimmed() : QString();
        if (reason.isEmpty()) {
            if (!missing.contains(who)) missing << who;
            continue;
        }
        if (std::none_of(acks.begin(), acks.end(), [&](const auto& a) { return a.auditor == who.toStdString(); }))
            acks.push_back({who.toStdString(), reason.toStdString()});
    }
    if (!missing.isEmpty()) {
        m_error->setText(tr("Acknowledge the independence warning of %1 with a reason, or change the team.")
                             .arg(missing.join(QStringLiteral(", "))));
        m_error->show();
        return;
    }
    try {
        AuditPlanService service{ServiceContext(m_session.store())};
        m_result = m_existing ? service.updatePlan(draft(), acks) : service.plan(draft(), acks);
    } catch (const RefusedError& e) {
        m_error->setText(AuditText::refused(e));
        m_error->show();
        return;
    } catch (...) {
        m_error->setText(ErrorText::exception(std::current_exception()));
        m_error->show();
        return;
    }
    m_session.notifyRecordsChanged(QStringLiteral("audit"));
    QDialog::accept();
}

}  // namespace cnms::gui
