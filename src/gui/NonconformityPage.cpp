// SPDX-License-Identifier: MIT
#include "NonconformityPage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "AuditText.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "NcStepDialog.h"
#include "NonconformityTableModel.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/NonconformityService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
using nc_workflow::Step;
constexpr Step kSteps[] = {Step::Contain, Step::AnalyseCause, Step::AddAction, Step::ImplementAction,
                           Step::Verify,  Step::Close,        Step::Reopen};

void setupTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}
}  // namespace

NonconformityPage::NonconformityPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new NonconformityTableModel(context.session, this)),
      m_actionsModel(new ActionTableModel(context.session, this)),
      m_tabs(new QTabWidget(this)),
      m_view(new QTableView(this)),
      m_actions(new QTableView(this)),
      m_details(new QLabel(this)),
      m_history(new QTableWidget(this)),
      m_raiseButton(new QPushButton(this)),
      m_summary(new QLabel(this)),
      m_historyTitle(new QLabel(this)) {
    setObjectName(QStringLiteral("nonconformityPage"));
    m_view->setObjectName(QStringLiteral("ncTable"));
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_details->setObjectName(QStringLiteral("ncDetails"));
    m_raiseButton->setObjectName(QStringLiteral("raiseButton"));
    m_tabs->setObjectName(QStringLiteral("ncTabs"));

    m_view->setModel(m_model);
    m_actions->setModel(m_actionsModel);
    setupTable(m_view);
    setupTable(m_actions);
    m_view->horizontalHeader()->setSectionResizeMode(NonconformityTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_actions->horizontalHeader()->setSectionResizeMode(ActionTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setStretchLastSection(false);

    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    QFont bold = font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_history->setColumnCount(5);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto* stepGrid = new QGridLayout;
    int i = 0;
    for (Step step : kSteps) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("step_%1").arg(QString::fromUtf8(nc_workflow::toString(step).data())));
        m_steps[step] = button;
        stepGrid->addWidget(button, i / 4, i % 4);
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
        ++i;
    }

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(stepGrid);
    detailLayout->addWidget(scroll, 2);
    detailLayout->addWidget(m_historyTitle);
    detailLayout->addWidget(m_history, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* ncTab = new QWidget(this);
    auto* ncLayout = new QVBoxLayout(ncTab);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_raiseButton);
    ncLayout->addLayout(top);
    ncLayout->addWidget(splitter, 1);
    m_tabs->addTab(ncTab, QString());
    m_tabs->addTab(m_actions, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NonconformityPage::updateDetails);
    connect(m_raiseButton, &QPushButton::clicked, this, &NonconformityPage::raiseNc);
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("nonconformity") || type == QLatin1String("audit")) reload();
    });
    retranslate();
    reload();
}

std::optional<NonconformityId> NonconformityPage::selectedNc() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.front().data(NonconformityTableModel::IdRole).toLongLong();
}

void NonconformityPage::selectNc(NonconformityId id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void NonconformityPage::reload() {
    const auto keep = selectedNc();
    m_model->reload();
    m_actionsModel->reload();
    m_view->resizeColumnsToContents();
    m_actions->resizeColumnsToContents();
    if (keep) {
        selectNc(*keep);
    } else if (m_model->rowCount() > 0) {
        // Open the page on what needs attention: the first NC with an overdue action, else the first one.
        int first = 0;
        for (int r = m_model->rowCount() - 1; r >= 0; --r)
            if (m_model->row(r).overdue) first = r;
        m_view->selectRow(first);
    }
    int open = 0, overdue = 0, overdueActions = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        open += !m_model->row(r).nc.isClosed();
        overdue += m_model->row(r).overdue;
    }
    for (int r = 0; r < m_actionsModel->rowCount(); ++r)
        overdueActions += m_actionsModel->index(r, 0).data(ActionTableModel::OverdueRole).toBool();
    m_summary->setText(tr("%1 nonconformities, %2 open, %3 with overdue actions.")
                           .arg(m_model->rowCount()).arg(open).arg(overdue));
    m_tabs->setTabText(1, overdueActions > 0 ? tr("Actions register (%1 overdue)").arg(overdueActions)
                                             : tr("Actions register"));
    updateDetails();
}

void NonconformityPage::updateDetails() {
    const auto id = selectedNc();
    m_history->setRowCount(0);
    if (!id) {
        m_details->setText(tr("Select a nonconformity to see its record, history and next steps."));
        for (auto& [step, button] : m_steps) button->setEnabled(false);
        return;
    }
    const ServiceContext ctx(m_context.session.store());
    NonconformityService service(ctx);
    const Nonconformity nc = service.get(*id);
    const auto actions = service.actions(*id);
    std::optional<NonconformityId> reopenedAs;
    const int row = m_model->rowOf(*id);
    if (row >= 0) reopenedAs = m_model->row(row).reopenedAs;

    QStringList lines;
    lines << QStringLiteral("%1 · %2 · %3 · %4").arg(qs(nc.code()), AuditText::severity(nc.severity), qs(nc.clauseId),
                                                     AuditText::state(nc.state));
    lines << qs(nc.description);
    lines << tr("Raised by %1 on %2 (%3)").arg(qs(nc.raisedBy), qs(nc.raisedOn), AuditText::source(nc.source));
    if (nc.subject) lines << tr("About: %1").arg(qs(nc.subject->toString()));
    if (nc.reopenOf) {
        Nonconformity earlier;
        earlier.id = *nc.reopenOf;
        lines << tr("Reopens %1: %2").arg(qs(earlier.code()), qs(nc.reopenReason));
    }
    if (!nc.correction.empty()) lines << tr("Correction (%1, %2): %3").arg(qs(nc.containedBy), qs(nc.containedOn), qs(nc.correction));
    for (std::size_t i = 0; i < nc.whys.size(); ++i) lines << tr("Why %1? %2").arg(i + 1).arg(qs(nc.whys[i]));
    if (nc.causeCategory)
        lines << tr("Root cause (%1): %2").arg(AuditText::category(*nc.causeCategory), qs(nc.rootCause));
    for (const auto& a : actions)
        lines << tr("Action %1: %2 — %3, due %4, %5")
                     .arg(qs(a.code()), qs(a.description), qs(a.owner), qs(a.dueDate),
                          a.status == ActionStatus::Open
                              ? (a.isOverdue(ctx.today()) ? tr("open, overdue") : tr("open"))
                              : tr("implemented %1").arg(qs(a.implementedOn)));
    if (!nc.verifiedBy.empty())
        lines << tr("Effectiveness verified by %1 on %2: %3").arg(qs(nc.verifiedBy), qs(nc.verifiedOn), qs(nc.verificationEvidence));
    if (!nc.closedBy.empty()) lines << tr("Closed by %1 on %2").arg(qs(nc.closedBy), qs(nc.closedOn));
    m_details->setText(lines.join(QLatin1Char('\n')));

    const auto history = service.history(*id);
    m_history->setRowCount(static_cast<int>(history.size()));
    int r = 0;
    for (const auto& e : history) {
        m_history->setItem(r, 0, new QTableWidgetItem(qs(e.at)));
        m_history->setItem(r, 1, new QTableWidgetItem(qs(e.actor)));
        m_history->setItem(r, 2, new QTableWidgetItem(qs(e.step)));
        m_history->setItem(r, 3, new QTableWidgetItem(
                                     e.fromState ? QStringLiteral("%1 → %2").arg(AuditText::state(*e.fromState),
                                                                                 AuditText::state(e.toState))
                                                 : AuditText::state(e.toState)));
        m_history->setItem(r, 4, new QTableWidgetItem(qs(e.note)));
        ++r;
    }
    m_history->resizeColumnsToContents();

    const bool writable = !m_context.session.isReadOnly();
    const std::string actor = ctx.actor();
    for (auto& [step, button] : m_steps) {
        const auto refusal = nc_workflow::refusal(step, nc, actions, actor, reopenedAs);
        button->setEnabled(writable);
        QFont f = button->font();
        f.setBold(!refusal);
        button->setFont(f);
        button->setToolTip(refusal ? AuditText::refusal(step, *refusal, nc) : QString());
    }
}

NcStepDialog* NonconformityPage::takeStep(Step step) {
    const auto id = selectedNc();
    if (!id || m_context.session.isReadOnly()) return nullptr;
    const ServiceContext ctx(m_context.session.store());
    NonconformityService service(ctx);
    const Nonconformity nc = service.get(*id);
    std::optional<NonconformityId> reopenedAs;
    if (const int row = m_model->rowOf(*id); row >= 0) reopenedAs = m_model->row(row).reopenedAs;
    if (const auto refusal = nc_workflow::refusal(step, nc, service.actions(*id), ctx.actor(), reopenedAs)) {
        m_context.dialogs.warning(this, AuditText::step(step).remove(QChar(0x2026)), AuditText::refusal(step, *refusal, nc));
        return nullptr;
    }
    if (step == Step::Close) {
        if (!m_context.dialogs.confirm(this, tr("Close nonconformity"),
                                       tr("Close %1? It becomes read-only; a recurrence is handled by reopening it.")
                                           .arg(qs(nc.code())),
                                       tr("Close")))
            return nullptr;
        try {
            service.close(*id);
        } catch (const RefusedError& e) {
            m_context.dialogs.warning(this, tr("Close nonconformity"), AuditText::refusal(step, {e.code(), e.what()}, nc));
            return nullptr;
        } catch (...) {
            m_context.dialogs.warning(this, tr("Close nonconformity"), ErrorText::exception(std::current_exception()));
            return nullptr;
        }
        m_context.session.notifyRecordsChanged(QStringLiteral("nonconformity"));
        return nullptr;
    }
    auto* dialog = new NcStepDialog(m_context.session, step, nc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->resultId()) selectNc(*dialog->resultId());
    });
    dialog->open();
    return dialog;
}

NcStepDialog* NonconformityPage::raiseNc() {
    if (m_context.session.isReadOnly()) return nullptr;
    auto* dialog = new NcStepDialog(m_context.session, std::nullopt, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->resultId()) selectNc(*dialog->resultId());
    });
    dialog->open();
    return dialog;
}

void NonconformityPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void NonconformityPage::retranslate() {
    m_tabs->setTabText(0, tr("Nonconformities"));
    m_tabs->setTabText(1, tr("Actions register"));
    m_raiseButton->setText(tr("Raise nonconformity…"));
    m_historyTitle->setText(tr("History"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("State"), tr("Note")});
    for (auto& [step, button] : m_steps) button->setText(AuditText::step(step));
    reload();
}

}  // namespace cnms::gui
