// SPDX-License-Identifier: MIT
#include "AuditProgrammePage.h"

#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "AuditPlanDialog.h"
#include "AuditText.h"
#include "CatalogueText.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditPlanService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
constexpr const char* kCurrentAuditProperty = "cnmsCurrentAudit";  // read by AuditChecklistPage
const QColor kUncovered(0xf8, 0xd0, 0xcc);

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
}  // namespace

AuditProgrammePage::AuditProgrammePage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_year(new QSpinBox(this)),
      m_objectives(new QLineEdit(this)),
      m_rationale(new QLineEdit(this)),
      m_saveButton(new QPushButton(this)),
      m_calendar(new QTableWidget(3, 4, this)),
      m_clauses(new QTableWidget(this)),
      m_uncovered(new QLabel(this)),
      m_sites(new QLabel(this)),
      m_audits(new QTableWidget(this)),
      m_planButton(new QPushButton(this)),
      m_editButton(new QPushButton(this)),
      m_removeButton(new QPushButton(this)),
      m_openButton(new QPushButton(this)),
      m_calendarTitle(new QLabel(this)),
      m_coverageTitle(new QLabel(this)),
      m_auditsTitle(new QLabel(this)),
      m_objectivesLabel(new QLabel(this)),
      m_rationaleLabel(new QLabel(this)),
      m_yearLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("auditProgrammePage"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_objectives->setObjectName(QStringLiteral("objectivesEdit"));
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_saveButton->setObjectName(QStringLiteral("saveProgrammeButton"));
    m_calendar->setObjectName(QStringLiteral("calendarTable"));
    m_clauses->setObjectName(QStringLiteral("coverageTable"));
    m_uncovered->setObjectName(QStringLiteral("uncoveredLabel"));
    m_audits->setObjectName(QStringLiteral("auditsTable"));
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_openButton->setObjectName(QStringLiteral("openChecklistButton"));

    QFont bold = font();
    bold.setBold(true);
    for (auto* title : {m_calendarTitle, m_coverageTitle, m_auditsTitle}) title->setFont(bold);
    m_uncovered->setWordWrap(true);
    m_sites->setWordWrap(true);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());

    m_calendar->horizontalHeader()->hide();
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setWordWrap(true);
    m_calendar->setMinimumHeight(230);

    m_clauses->setColumnCount(2);
    m_clauses->verticalHeader()->hide();
    m_clauses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clauses->horizontalHeader()->setStretchLastSection(true);
    m_clauses->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_audits->setColumnCount(6);
    m_audits->verticalHeader()->hide();
    m_audits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_audits->horizontalHeader()->setStretchLastSection(true);

    auto* programme = new QHBoxLayout;
    programme->addWidget(m_yearLabel);
    programme->addWidget(m_year);
    programme->addWidget(m_objectivesLabel);
    programme->addWidget(m_objectives, 2);
    programme->addWidget(m_rationaleLabel);
    programme->addWidget(m_rationale, 2);
    programme->addWidget(m_saveButton);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendarTitle);
    leftLayout->addWidget(m_calendar, 2);
    leftLayout->addWidget(m_auditsTitle);
    leftLayout->addWidget(m_audits, 1);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_planButton, m_editButton, m_removeButton, m_openButton}) buttons->addWidget(b);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_coverageTitle);
    rightLayout->addWidget(m_uncovered);
    rightLayout->addWidget(m_clauses, 1);
    rightLayout->addWidget(m_sites);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(programme);
    layout->addWidget(splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &AuditProgrammePage::reload);
    connect(m_saveButton, &QPushButton::clicked, this, &AuditProgrammePage::saveProgramme);
    connect(m_planButton, &QPushButton::clicked, this, &AuditProgrammePage::planAudit);
    connect(m_editButton, &QPushButton::clicked, this, &AuditProgrammePage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AuditProgrammePage::removeSelected);
    connect(m_openButton, &QPushButton::clicked, this, &AuditProgrammePage::openChecklist);
    connect(m_audits, &QTableWidget::itemSelectionChanged, this, &AuditProgrammePage::updateActions);
    connect(m_audits, &QTableWidget::cellDoubleClicked, this, &AuditProgrammePage::openChecklist);
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("audit") || type == QLatin1String("audit_programme")) reload();
    });
    retranslate();
}

int AuditProgrammePage::year() const { return m_year->value(); }

void AuditProgrammePage::setYear(int year) {
    if (m_year->value() == year) reload();
    m_year->setValue(year);
}

void AuditProgrammePage::reload() {
    const auto keep = selectedAudit();
    m_coverage = AuditProgrammeService(ServiceContext(m_context.session.store())).coverage(m_year->value());
    m_objectives->setText(m_coverage.programme ? qs(m_coverage.programme->objectives) : QString());
    m_rationale->setText(m_coverage.programme ? qs(m_coverage.programme->rationale) : QString());
    fillCalendar();
    fillCoverage();
    fillAudits();
    if (keep) selectAudit(*keep);
    updateActions();
}

void AuditProgrammePage::fillCalendar() {
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        QStringList lines{locale.standaloneMonthName(month, QLocale::LongFormat)};
        bool any = false;
        for (const auto& a : m_coverage.audits) {
            const QDate start = QDate::fromString(qs(a.startDate), Qt::ISODate);
            const QDate end = QDate::fromString(qs(a.endDate), Qt::ISODate);
            const QDate first(m_year->value(), month, 1);
            const QDate last = first.addMonths(1).addDays(-1);
            if (start.isValid() && end.isValid() && start <= last && end >= first) {
                lines << QStringLiteral("%1 %2").arg(qs(a.code), qs(a.title));
                any = true;
            }
        }
        auto* item = cell(lines.join(QLatin1Char('\n')));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        item->setData(Qt::UserRole, month);
        if (any) item->setBackground(QColor(0xdc, 0xea, 0xf8));
        m_calendar->setItem((month - 1) / 4, (month - 1) % 4, item);
    }
}

void AuditProgrammePage::fillCoverage() {
    m_clauses->setRowCount(static_cast<int>(m_coverage.clauses.size()));
    int row = 0;
    for (const auto& c : m_coverage.clauses) {
        const QString title = qs(catalogue_text::chinese() || c.titleEn.empty() ? c.titleZh : c.titleEn);
        auto* clause = cell(qs(c.clauseId) + QLatin1Char(' ') + title);
        clause->setToolTip(clause->text());
        QStringList audits;
        for (const auto& a : c.audits) audits << qs(a);
        auto* by = cell(c.covered() ? audits.join(QStringLiteral(", ")) : tr("Not covered"));
        if (!c.covered()) {
            clause->setBackground(kUncovered);
            by->setBackground(kUncovered);
        }
        m_clauses->setItem(row, 0, clause);
        m_clauses->setItem(row, 1, by);
        ++row;
    }
    m_clauses->resizeColumnToContents(0);
    m_clauses->setColumnWidth(0, std::min(m_clauses->columnWidth(0), 220));
    const auto uncovered = m_coverage.uncoveredClauses();
    if (uncovered.empty()) {
        m_uncovered->setText(tr("Every clause is covered by an audit of %1.").arg(m_year->value()));
        m_uncovered->setStyleSheet(QStringLiteral("color:#1b5e20;"));
    } else {
        m_uncovered->setText(tr("%n clause(s) not covered by any audit of %1.", nullptr, static_cast<int>(uncovered.size()))
                                 .arg(m_year->value()));
        m_uncovered->setStyleSheet(QStringLiteral("color:#b00020;"));
    }
    QStringList sites;
    for (const auto& s : m_coverage.sites)
        sites << (s.covered() ? QStringLiteral("%1 ✓").arg(qs(s.siteCode)) : tr("%1 not visited").arg(qs(s.siteCode)));
    m_sites->setText(tr("Sites: %1").arg(sites.join(QStringLiteral(" · "))));
}

void AuditProgrammePage::fillAudits() {
    m_audits->setRowCount(static_cast<int>(m_coverage.audits.size()));
    int row = 0;
    for (const auto& a : m_coverage.audits) {
        auto* code = cell(qs(a.code));
        code->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(a.id));
        m_audits->setItem(row, 0, code);
        m_audits->setItem(row, 1, cell(qs(a.title)));
        m_audits->setItem(row, 2, cell(QStringLiteral("%1 – %2").arg(qs(a.startDate), qs(a.endDate))));
        m_audits->setItem(row, 3, cell(qs(a.lead.name)));
        m_audits->setItem(row, 4, cell(AuditText::status(a.status)));
        m_audits->setItem(row, 5, cell(qs(a.clauseSelection)));
        ++row;
    }
    m_audits->resizeColumnsToContents();
}

std::optional<AuditId> AuditProgrammePage::selectedAudit() const {
    const auto rows = m_audits->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return m_audits->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

void AuditProgrammePage::selectAudit(AuditId id) {
    for (int row = 0; row < m_audits->rowCount(); ++row)
        if (m_audits->item(row, 0)->data(Qt::UserRole).toLongLong() == id) m_audits->selectRow(row);
}

void AuditProgrammePage::saveProgramme() {
    if (m_context.session.isReadOnly()) return;
    try {
        AuditProgrammeService(ServiceContext(m_context.session.store()))
            .save(m_year->value(), m_objectives->text().trimmed().toStdString(),
                  m_rationale->text().trimmed().toStdString());
    } catch (...) {
        m_context.dialogs.warning(this, tr("Audit programme"), ErrorText::exception(std::current_exception()));
        return;
    }
    m_context.session.notifyRecordsChanged(QStringLiteral("audit_programme"));
}

AuditPlanDialog* AuditProgrammePage::planAudit() {
    if (m_context.session.isReadOnly()) return nullptr;
    auto* dialog = new AuditPlanDialog(m_context.session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->result()) return;
        const Audit a = *dialog->result();
        setYear(QDate::fromString(qs(a.startDate), Qt::ISODate).year());
        selectAudit(a.id);
    });
    dialog->open();
    return dialog;
}

AuditPlanDialog* AuditProgrammePage::editSelected() {
    const auto id = selectedAudit();
    if (!id || m_context.session.isReadOnly()) return nullptr;
    auto found = std::find_if(m_coverage.audits.begin(), m_coverage.audits.end(), [&](const auto& a) { return a.id == *id; });
    if (found == m_coverage.audits.end()) return nullptr;
    if (found->isCompleted()) {
        m_context.dialogs.information(this, tr("Edit audit"), AuditText::refused(RefusedError("audit_completed", "")));
        return nullptr;
    }
    auto* dialog = new AuditPlanDialog(m_context.session, *found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AuditProgrammePage::removeSelected() {
    const auto id = selectedAudit();
    if (!id || m_context.session.isReadOnly()) return;
    const QString code = m_audits->item(m_audits->currentRow(), 0)->text();
    if (!m_context.dialogs.confirm(this, tr("Remove audit"),
                                   tr("Remove the planned audit %1 and its checklist?").arg(code), tr("Remove")))
        return;
    try {
        AuditPlanService(ServiceContext(m_context.session.store())).remove(*id);
    } catch (const RefusedError& e) {
        m_context.dialogs.warning(this, tr("Remove audit"), AuditText::refused(e));
        return;
    } catch (...) {
        m_context.dialogs.warning(this, tr("Remove audit"), ErrorText::exception(std::current_exception()));
        return;
    }
    m_context.session.notifyRecordsChanged(QStringLiteral("audit"));
}

void AuditProgrammePage::openChecklist() {
    const auto id = selectedAudit();
    if (!id || !m_context.showPage) return;
    m_context.session.setProperty(kCurrentAuditProperty, QVariant::fromValue<qlonglong>(*id));
    m_context.showPage(QStringLiteral("audit_checklist"));
}

void AuditProgrammePage::updateActions() {
    const bool writable = !m_context.session.isReadOnly();
    const auto id = selectedAudit();
    m_saveButton->setEnabled(writable);
    m_planButton->setEnabled(writable);
    m_editButton->setEnabled(writable && id);
    m_removeButton->setEnabled(writable && id);
    m_openButton->setEnabled(id.has_value() && m_context.showPage);
}

void AuditProgrammePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void AuditProgrammePage::retranslate() {
    m_yearLabel->setText(tr("Year"));
    m_objectivesLabel->setText(tr("Objectives"));
    m_rationaleLabel->setText(tr("Rationale"));
    m_objectives->setPlaceholderText(tr("What the year's audits are to establish"));
    m_rationale->setPlaceholderText(tr("Importance, changes, earlier results"));
    m_saveButton->setText(tr("Save programme"));
    m_calendarTitle->setText(tr("Calendar"));
    m_coverageTitle->setText(tr("Clause coverage"));
    m_auditsTitle->setText(tr("Audits of the year"));
    m_clauses->setHorizontalHeaderLabels({tr("Clause"), tr("Covered by")});
    m_audits->setHorizontalHeaderLabels({tr("Audit"), tr("Title"), tr("Dates"), tr("Lead auditor"), tr("Status"), tr("Clauses")});
    m_planButton->setText(tr("Plan audit…"));
    m_editButton->setText(tr("Edit audit…"));
    m_removeButton->setText(tr("Remove audit"));
    m_openButton->setText(tr("Open checklist"));
    reload();
}

}  // namespace cnms::gui
