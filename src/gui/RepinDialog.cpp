// SPDX-License-Identifier: MIT
#include "RepinDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Trust.h"

namespace cnms::gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

QStandardItem* number(double v, bool sign = false) {
    QString t = QLocale().toString(v, 'f', 3);
    if (sign && v > 0) t.prepend(QLatin1Char('+'));
    auto* item = new QStandardItem(t);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

RepinDialog::RepinDialog(ProjectSession& session, Dialogs& dialogs, int year, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_dialogs(dialogs),
      m_year(year),
      m_gwp(new QComboBox(this)),
      m_sets(new QListWidget(this)),
      m_compare(new QPushButton(tr("Show &difference"), this)),
      m_apply(new QPushButton(tr("&Apply"), this)),
      m_status(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("repinDialog"));
    setWindowTitle(tr("Change the factors of %1").arg(year));
    resize(760, 600);

    accounting::InventoryService service(session.store());
    m_pinned = service.pinFor(year).selection();
    for (const char* set : {"AR4", "AR5", "AR6"}) m_gwp->addItem(QString::fromLatin1(set), QString::fromLatin1(set));
    m_gwp->setCurrentIndex(std::max(0, m_gwp->findData(text(m_pinned.gwpSet))));

    // Pinned sets first, in their order of precedence; then every other set, unchecked.
    auto addSet = [this](const QString& entry, const QString& label, bool checked) {
        auto* item = new QListWidgetItem(label, m_sets);
        item->setData(Qt::UserRole, entry);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    QStringList pinnedEntries;
    for (const auto& entry : m_pinned.factorSets) {
        pinnedEntries << text(entry);
        addSet(text(entry), text(entry), true);
    }
    for (const auto* set : service.library().sets()) {
        const QString entry = text(set->id + "@" + set->version);
        if (pinnedEntries.contains(entry)) continue;
        addSet(entry, QStringLiteral("%1 — %2").arg(entry, text(set->nameZh.empty() ? set->nameEn : set->nameZh)), false);
    }

    m_view->setObjectName(QStringLiteral("differenceTable"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_apply->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&GWP set:"), m_gwp);
    form->addRow(tr("&Factor sets (checked, in order of precedence):"), m_sets);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &RepinDialog::showDifference);
    connect(m_apply, &QPushButton::clicked, this, &RepinDialog::apply);
    connect(m_gwp, &QComboBox::currentIndexChanged, this, &RepinDialog::choicesChanged);
    connect(m_sets, &QListWidget::itemChanged, this, &RepinDialog::choicesChanged);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RepinDialog::onFinished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The year is calculated with: %1; GWP %2. Choose the new factors, look at the "
                                    "difference, then apply it.")
                                     .arg(pinnedEntries.join(QStringLiteral(", ")), text(m_pinned.gwpSet)),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    choicesChanged();
}

RepinDialog::~RepinDialog() { m_watcher.waitForFinished(); }

accounting::FactorSelection RepinDialog::proposed() const {
    accounting::FactorSelection s;
    s.gwpSet = m_gwp->currentData().toString().toStdString();
    for (int i = 0; i < m_sets->count(); ++i)
        if (m_sets->item(i)->checkState() == Qt::Checked)
            s.factorSets.push_back(m_sets->item(i)->data(Qt::UserRole).toString().toStdString());
    return s;
}

void RepinDialog::setGwp(const QString& gwp) { m_gwp->setCurrentIndex(std::max(0, m_gwp->findData(gwp))); }

void RepinDialog::choicesChanged() {
    const bool changed = proposed() != m_pinned;
    m_compare->setEnabled(changed && !m_watcher.isRunning());
    m_apply->setEnabled(changed && m_differenceOf == proposed() && !m_watcher.isRunning());
    if (!changed) m_status->setText(tr("These are the factors the year is pinned to."));
    else if (m_differenceOf != proposed()) m_status->setText(tr("Press “Show difference” to see what would change."));
}

void RepinDialog::showDifference() { run(false); }
void RepinDialog::apply() {
    if (!m_difference || m_differenceOf != proposed()) return;
    run(true);
}

void RepinDialog::run(bool apply) {
    if (m_watcher.isRunning()) return;
    m_compare->setEnabled(false);
    m_apply->setEnabled(false);
    m_status->setText(apply ? tr("Re-pinning and recalculating %1 …").arg(m_year) : tr("Calculating the difference …"));
    m_watcher.setFuture(QtConcurrent::run([path = m_session.path().toStdString(), year = m_year, selection = proposed(),
                                           apply] {
        Outcome out;
        try {
            storage::OpenOptions options;
            options.readOnly = !apply;
            auto store = storage::openProject(path, options);
            accounting::InventoryService service(*store);
            out.difference = service.previewRepin(year, selection);
            if (apply) {
                service.repin(year, selection);
                out.applied = true;
            }
        } catch (...) {
            out.error = ErrorText::exception(std::current_exception());
        }
        storage::releaseThreadCryptoState();  // a re-pin writes through the hash chain on this pool thread
        return out;
    }));
    m_differenceOf = proposed();
}

void RepinDialog::onFinished() {
    Outcome out = m_watcher.result();
    if (!out.error.isEmpty()) {
        m_differenceOf.reset();
        m_status->setText(tr("Not possible: %1").arg(out.error));
        m_dialogs.warning(this, windowTitle(), out.error);
        choicesChanged();
        return;
    }
    m_difference = out.difference;
    fillTable(*m_difference);
    if (out.applied) {
        m_pinned = proposed();
        m_status->setText(tr("%1 is now calculated with the new factors; the change is in the change log.").arg(m_year));
        m_session.notifyActivitiesChanged();
        choicesChanged();
        emit applied();
        return;
    }
    const auto& t = m_difference->total;
    m_status->setText(m_difference->changed()
                          ? tr("The total would change by %1 tCO2e. Apply to re-pin the year.").arg(QLocale().toString(t.delta, 'f', 3))
                          : tr("No total would change."));
    choicesChanged();
    emit differenceShown();
}

void RepinDialog::fillTable(const accounting::InventoryDifference& d) {
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Total"), tr("Pinned (tCO2e)"), tr("Proposed (tCO2e)"), tr("Difference"), tr("%")});
    auto add = [this](const QString& what, const accounting::TotalDifference& row) {
        auto* pct = new QStandardItem(row.deltaPct ? QLocale().toString(*row.deltaPct, 'f', 2) : QStringLiteral("–"));
        pct->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({new QStandardItem(what), number(row.before), number(row.after), number(row.delta, true), pct});
    };
    add(tr("Total"), d.total);
    for (const auto& r : d.byScope) add(tr("Scope %1").arg(text(r.key)), r);
    for (const auto& r : d.byIsoCategory) add(tr("Category %1").arg(text(r.key)), r);
    for (const auto& r : d.byGas) add(text(r.key), r);
    for (const auto& r : d.bySite) add(text(r.key), r);
}

}  // namespace cnms::gui
