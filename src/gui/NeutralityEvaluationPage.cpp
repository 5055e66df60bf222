// SPDX-License-Identifier: MIT
#include "NeutralityEvaluationPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

#include "ErrorText.h"
#include "NeutralityText.h"
#include "ProjectSession.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::gui {

using namespace cnms::neutrality;

EvaluationOutcome computeEvaluation(const std::string& projectPath, const ClaimRequest& request) {
    EvaluationOutcome out;
    try {
        storage::OpenOptions options;
        options.readOnly = true;
        auto store = storage::openProject(projectPath, options);
        out.evaluation = evaluateClaim(*store, request);
        out.targets = store->targets().list();
    } catch (...) {
        out.error = ErrorText::exception(std::current_exception());
    }
    return out;
}

namespace {

QTableView* smallTable(QStandardItemModel* model, QWidget* parent, const char* name) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QSpinBox* yearSpin(QWidget* parent, const char* name) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(1990, 2100);
    spin->setGroupSeparatorShown(false);
    return spin;
}

QLabel* valueLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

NeutralityEvaluationPage::NeutralityEvaluationPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_yearLabel(new QLabel(this)),
      m_year(new QComboBox(this)),
      m_boundaryLabel(new QLabel(this)),
      m_boundary(new QComboBox(this)),
      m_gwpLabel(new QLabel(this)),
      m_gwp(new QComboBox(this)),
      m_vintageLabel(new QLabel(this)),
      m_vintageFrom(yearSpin(this, "vintageFrom")),
      m_vintageTo(yearSpin(this, "vintageTo")),
      m_retireLabel(new QLabel(this)),
      m_retireBy(new QLineEdit(this)),
      m_evaluateButton(new QPushButton(this)),
      m_summaryForm(new QFormLayout),
      m_gross(valueLabel(this, "grossLabel")),
      m_reductions(valueLabel(this, "reductionsLabel")),
      m_accepted(valueLabel(this, "acceptedLabel")),
      m_net(valueLabel(this, "netLabel")),
      m_verdict(valueLabel(this, "verdictLabel")),
      m_message(new QLabel(this)),
      m_refusedTitle(new QLabel(this)),
      m_checklistTitle(new QLabel(this)),
      m_refused(new QStandardItemModel(this)),
      m_refusedView(smallTable(m_refused, this, "refusedTable")),
      m_checklist(new QStandardItemModel(this)),
      m_checklistView(smallTable(m_checklist, this, "checklistTable")),
      m_waterfall(new QChartView(this)) {
    setObjectName(QStringLiteral("neutralityEvaluationPage"));
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_boundary->setObjectName(QStringLiteral("boundaryCombo"));
    m_gwp->setObjectName(QStringLiteral("gwpCombo"));
    m_retireBy->setObjectName(QStringLiteral("retireByEdit"));
    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    m_waterfall->setObjectName(QStringLiteral("waterfallView"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_retireBy->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_retireBy->setFixedWidth(m_retireBy->fontMetrics().horizontalAdvance(QStringLiteral("2025-06-30")) + 20);
    m_yearLabel->setBuddy(m_year);
    m_boundaryLabel->setBuddy(m_boundary);
    m_gwpLabel->setBuddy(m_gwp);
    m_vintageLabel->setBuddy(m_vintageFrom);
    m_retireLabel->setBuddy(m_retireBy);
    m_waterfall->setRenderHint(QPainter::Antialiasing);
    m_waterfall->setMinimumSize(380, 260);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    QFont bold = m_net->font();
    bold.setBold(true);
    m_net->setFont(bold);
    for (auto* title : {m_refusedTitle, m_checklistTitle}) title->setFont(bold);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_yearLabel);
    controls->addWidget(m_year);
    controls->addSpacing(8);
    controls->addWidget(m_boundaryLabel);
    controls->addWidget(m_boundary);
    controls->addSpacing(8);
    controls->addWidget(m_gwpLabel);
    controls->addWidget(m_gwp);
    controls->addSpacing(8);
    controls->addWidget(m_vintageLabel);
    controls->addWidget(m_vintageFrom);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_vintageTo);
    controls->addSpacing(8);
    controls->addWidget(m_retireLabel);
    controls->addWidget(m_retireBy);
    controls->addStretch(1);
    controls->addWidget(m_evaluateButton);

    // QFormLayout makes no label for an empty text: give each row one, worded in retranslate().
    for (auto* value : {m_gross, m_reductions, m_accepted, m_net}) m_summaryForm->addRow(new QLabel(this), value);
    auto* summary = new QVBoxLayout;
    summary->addLayout(m_summaryForm);
    summary->addWidget(m_verdict);
    summary->addWidget(m_message);
    summary->addStretch(1);

    auto* upper = new QHBoxLayout;
    upper->addLayout(summary, 2);
    upper->addWidget(m_waterfall, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addLayout(upper, 3);
    layout->addWidget(m_refusedTitle);
    layout->addWidget(m_refusedView, 1);
    layout->addWidget(m_checklistTitle);
    layout->addWidget(m_checklistView, 2);

    connect(&m_watcher, &QFutureWatcher<EvaluationOutcome>::finished, this, &NeutralityEvaluationPage::showOutcome);
    connect(m_year, &QComboBox::activated, this, [this] {
        yearChanged();
        evaluate();
    });
    connect(m_boundary, &QComboBox::activated, this, &NeutralityEvaluationPage::evaluate);
    connect(m_gwp, &QComboBox::activated, this, &NeutralityEvaluationPage::evaluate);
    connect(m_evaluateButton, &QPushButton::clicked, this, &NeutralityEvaluationPage::evaluate);
    connect(&m_context.session, &ProjectSession::activitiesChanged, this, [this] {
        reloadYears();
        evaluate();
    });
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("offset_credit") || type == QLatin1String("target")) evaluate();
    });
    retranslate();
    reloadYears();
    evaluate();
}

NeutralityEvaluationPage::~NeutralityEvaluationPage() { m_watcher.waitForFinished(); }

bool NeutralityEvaluationPage::isBusy() const { return m_watcher.isRunning() || m_pending; }

void NeutralityEvaluationPage::reloadYears() {
    const QVariant current = m_year->currentData();
    m_year->clear();
    for (int year : m_context.session.store().activities().years()) m_year->addItem(QString::number(year), year);
    const int index = current.isValid() ? m_year->findData(current) : -1;
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);  // the latest year by default
    yearChanged();
}

void NeutralityEvaluationPage::yearChanged() {
    if (m_year->currentIndex() < 0) return;
    const int year = m_year->currentData().toInt();
    // The defaults of `cnms neutrality`: vintages of the last five years, retired by June 30 next year.
    m_vintageFrom->setValue(year - 5);
    m_vintageTo->setValue(year);
    m_retireBy->setText(QStringLiteral("%1-06-30").arg(year + 1));
}

bool NeutralityEvaluationPage::selectYear(int year) {
    const int index = m_year->findData(year);
    if (index < 0) return false;
    m_year->setCurrentIndex(index);
    yearChanged();
    return true;
}

void NeutralityEvaluationPage::setBoundary(const QString& boundary) {
    m_boundary->setCurrentIndex(std::max(0, m_boundary->findData(boundary)));
}

void NeutralityEvaluationPage::setVintageWindow(int from, int to) {
    m_vintageFrom->setValue(from);
    m_vintageTo->setValue(to);
}

ClaimRequest NeutralityEvaluationPage::request() const {
    ClaimRequest r;
    r.year = m_year->currentData().toInt();
    const QString gwp = m_gwp->currentData().toString();
    if (!gwp.isEmpty()) r.gwp = gwp.toStdString();
    r.boundary = m_boundary->currentData().toString().toStdString();
    r.vintageFrom = m_vintageFrom->value();
    r.vintageTo = m_vintageTo->value();
    r.retireBy = m_retireBy->text().trimmed().toStdString();
    return r;
}

void NeutralityEvaluationPage::evaluate() {
    if (m_year->currentIndex() < 0) {
        display(EvaluationOutcome{std::nullopt, {}, tr("The project has no activity data yet: a balance needs a year's inventory.")});
        emit evaluationFinished();
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_message->setText(tr("Evaluating …"));
    m_watcher.setFuture(QtConcurrent::run(computeEvaluation, m_context.session.path().toStdString(), request()));
}

void NeutralityEvaluationPage::showOutcome() {
    if (m_pending) {
        evaluate();
        return;
    }
    display(m_watcher.result());
    emit evaluationFinished();
}

void NeutralityEvaluationPage::display(const EvaluationOutcome& outcome) {
    m_outcome = outcome;
    m_refused->removeRows(0, m_refused->rowCount());
    m_checklist->removeRows(0, m_checklist->rowCount());
    m_bars.clear();
    QChart* old = m_waterfall->chart();
    if (!outcome.evaluation) {
        for (auto* label : {m_gross, m_reductions, m_accepted, m_net, m_verdict}) label->clear();
        m_message->setText(outcome.error);
        m_waterfall->setChart(new QChart);
        delete old;
        return;
    }
    const auto& e = *outcome.evaluation;
    const auto& b = e.balance;
    m_gross->setText(NeutralityText::tonnes(b.boundaryEmissionsTco2e, 1));
    m_reductions->setText(e.baseYear && !e.firstPeriod
                              ? tr("%1 against %2 (%3)")
                                    .arg(NeutralityText::tonnes(b.reductionsTco2e, 1))
                                    .arg(e.baseYear)
                                    .arg(NeutralityText::tonnes(e.baseYearEmissionsTco2e, 1))
                              : tr("none yet (no base-year inventory before %1)").arg(e.claim.year));
    m_accepted->setText(tr("%1 from %n credit record(s), removals %2", nullptr, static_cast<int>(b.accepted.size()))
                            .arg(NeutralityText::tonnes(b.offsetsAcceptedTco2e, 1),
                                 NeutralityText::tonnes(b.removalsAcceptedTco2e, 1)));
    m_net->setText(NeutralityText::tonnes(b.netEmissionsTco2e, 1));
    m_verdict->setText(b.carbonNeutral ? tr("Carbon neutral for %1").arg(e.claim.year)
                                       : tr("Not carbon neutral for %1").arg(e.claim.year));
    m_verdict->setStyleSheet(b.carbonNeutral ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_message->setText(tr("Boundary %1, GWP %2; eligible vintages %3-%4, retired by %5.")
                           .arg(e.boundaryDescription == "scope1+2" ? tr("scopes 1+2")
                                : e.boundaryDescription == "total"  ? tr("whole inventory")
                                                                    : QString::fromStdString(e.boundaryDescription))
                           .arg(QString::fromStdString(e.gwpSet))
                           .arg(e.claim.vintageFrom)
                           .arg(e.claim.vintageTo)
                           .arg(QString::fromStdString(e.claim.retireBy)));

    for (const auto& r : b.refused) {
        auto* quantity = new QStandardItem(QLocale().toString(r.credit.quantityTco2e, 'f', 1));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* reason = new QStandardItem(NeutralityText::refusalReason(r.reason));
        reason->setData(QString::fromStdString(std::string(toString(r.reason))), Qt::UserRole);
        reason->setForeground(QColor(0xc6, 0x28, 0x28));
        m_refused->appendRow({new QStandardItem(QString::fromStdString(r.credit.registry)),
                              new QStandardItem(QString::fromStdString(r.credit.serial)), quantity, reason,
                              new QStandardItem(NeutralityText::refusal(r, e.claim))});
    }
    for (const auto& item : e.checklist) {
        auto* met = new QStandardItem(item.met ? tr("✓ met") : tr("✗ not met"));
        met->setData(item.met, Qt::UserRole);
        met->setForeground(item.met ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        auto* title = new QStandardItem(NeutralityText::checklistTitle(item.id));
        title->setData(QString::fromStdString(item.id), Qt::UserRole);
        m_checklist->appendRow({met, title, new QStandardItem(NeutralityText::checklistEvidence(item, e, outcome.targets))});
    }
    // All but the last column fit their content; the last (detail, evidence) takes the rest and wraps.
    for (auto* view : {m_refusedView, m_checklistView})
        for (int c = 0; c + 1 < view->model()->columnCount(); ++c) view->resizeColumnToContents(c);
    m_refusedView->setColumnWidth(1, std::min(m_refusedView->columnWidth(1), 260));
    m_checklistView->resizeRowsToContents();
    m_refusedTitle->setText(tr("Credits refused for this claim (%1)").arg(b.refused.size()));

    m_bars = neutrality_charts::waterfallBars(e);
    m_waterfall->setChart(neutrality_charts::waterfall(m_bars));
    delete old;
}

void NeutralityEvaluationPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_outcome) display(*m_outcome);
    }
    QWidget::changeEvent(event);
}

void NeutralityEvaluationPage::retranslate() {
    m_yearLabel->setText(tr("&Year:"));
    m_boundaryLabel->setText(tr("&Boundary:"));
    m_gwpLabel->setText(tr("&GWP:"));
    m_vintageLabel->setText(tr("&Vintages:"));
    m_retireLabel->setText(tr("&Retired by:"));
    m_evaluateButton->setText(tr("&Evaluate"));
    const int boundary = std::max(0, m_boundary->currentIndex());
    m_boundary->clear();
    m_boundary->addItem(tr("Whole inventory"), QStringLiteral("total"));
    m_boundary->addItem(tr("Scopes 1+2"), QStringLiteral("scope1+2"));
    m_boundary->setCurrentIndex(boundary);
    const int gwp = std::max(0, m_gwp->currentIndex());
    m_gwp->clear();
    m_gwp->addItem(tr("As pinned"), QString());
    for (const char* set : {"AR4", "AR5", "AR6"}) m_gwp->addItem(QLatin1String(set), QLatin1String(set));
    m_gwp->setCurrentIndex(gwp);
    auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_summaryForm->labelForField(field))) label->setText(text);
    };
    setLabel(m_gross, tr("Gross emissions in the boundary:"));
    setLabel(m_reductions, tr("Reductions against the base year:"));
    setLabel(m_accepted, tr("Credits counted:"));
    setLabel(m_net, tr("Net emissions:"));
    m_refusedTitle->setText(tr("Credits refused for this claim"));
    m_checklistTitle->setText(tr("Claim checklist (ISO 14068-1 / PAS 2060)"));
    m_refused->setHorizontalHeaderLabels({tr("Registry"), tr("Serial"), tr("tCO2e"), tr("Reason"), tr("Detail")});
    m_checklist->setHorizontalHeaderLabels({tr("Met"), tr("Requirement"), tr("Evidence")});
}

}  // namespace cnms::gui
