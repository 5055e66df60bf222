// SPDX-License-Identifier: MIT
#include "FactorLibraryPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "cnms/accounting/InventoryService.h"

namespace cnms::gui {

namespace {

bool chineseUi() { return QLocale().language() == QLocale::Chinese; }

QString name(const std::string& zh, const std::string& en) {
    const std::string& preferred = chineseUi() ? zh : en;
    return QString::fromStdString(preferred.empty() ? (chineseUi() ? en : zh) : preferred);
}

QString number(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'g', 6) : QString();
}

/** A factor's values in one line: the single value with its unit, or the combustion parameters. */
QString values(const accounting::Factor& f) {
    if (f.value) return QStringLiteral("%1 %2").arg(number(f.value), QString::fromStdString(f.unit));
    QStringList parts;
    if (f.ncv) parts << QObject::tr("NCV %1 %2").arg(number(f.ncv), QString::fromStdString(f.ncvUnit));
    if (f.carbonContent) parts << QObject::tr("C %1 tC/TJ").arg(number(f.carbonContent));
    if (f.co2KgPerTj) parts << QObject::tr("CO2 %1 kg/TJ").arg(number(f.co2KgPerTj));
    if (f.oxidationPct) parts << QObject::tr("oxidation %1 %").arg(number(f.oxidationPct));
    if (f.ch4KgPerTj) parts << QObject::tr("CH4 %1 kg/TJ").arg(number(f.ch4KgPerTj));
    if (f.n2oKgPerTj) parts << QObject::tr("N2O %1 kg/TJ").arg(number(f.n2oKgPerTj));
    return parts.join(QStringLiteral("; "));
}

QString confidenceText(accounting::Confidence c) {
    switch (c) {
    case accounting::Confidence::High: return QObject::tr("high");
    case accounting::Confidence::Medium: return QObject::tr("medium");
    case accounting::Confidence::Low: return QObject::tr("low");
    }
    return {};
}

QTableView* makeView(QStandardItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

}  // namespace

FactorLibraryPage::FactorLibraryPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_service(std::make_unique<accounting::InventoryService>(context.session.store())),
      m_sets(new QStandardItemModel(this)),
      m_factors(new QStandardItemModel(this)),
      m_setView(makeView(m_sets, this)),
      m_factorView(makeView(m_factors, this)),
      m_setsLabel(new QLabel(this)),
      m_factorsLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("factorLibraryPage"));
    m_setView->setObjectName(QStringLiteral("setTable"));
    m_factorView->setObjectName(QStringLiteral("factorTable"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_setsLabel);
    topLayout->addWidget(m_setView);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_factorsLabel);
    bottomLayout->addWidget(m_factorView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_setView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FactorLibraryPage::fillFactors);
    fillSets();
    if (m_sets->rowCount() > 0) m_setView->selectRow(0);
    fillFactors();
}

FactorLibraryPage::~FactorLibraryPage() = default;

bool FactorLibraryPage::selectSet(const QString& id) {
    int found = -1;
    for (int row = 0; row < m_sets->rowCount(); ++row)
        if (m_sets->item(row, 0)->text() == id) found = row;  // the last listed is the latest version
    if (found < 0) return false;
    m_setView->selectRow(found);
    fillFactors();
    return true;
}

void FactorLibraryPage::fillSets() {
    m_setsLabel->setText(tr("Factor sets (shipped sets are read-only)"));
    m_sets->clear();
    m_sets->setHorizontalHeaderLabels({tr("Id"), tr("Version"), tr("Name"), tr("Factors"), tr("Source")});
    for (const auto* set : m_service->library().sets()) {
        auto* count = new QStandardItem(QString::number(set->factors().size()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString title = name(set->nameZh, set->nameEn);
        if (!set->shipped) title += tr(" (project's own)");
        m_sets->appendRow({new QStandardItem(QString::fromStdString(set->id)),
                           new QStandardItem(QString::fromStdString(set->version)), new QStandardItem(title), count,
                           new QStandardItem(QString::fromStdString(set->source))});
    }
    m_setView->resizeColumnsToContents();
}

void FactorLibraryPage::fillFactors() {
    m_factors->clear();
    m_factors->setHorizontalHeaderLabels(
        {tr("Factor"), tr("Name"), tr("Activity unit"), tr("Values"), tr("Confidence"), tr("Source")});
    const QModelIndex current = m_setView->currentIndex();
    if (!current.isValid()) {
        m_factorsLabel->setText(tr("Select a factor set to see its factors"));
        return;
    }
    const std::string id = m_sets->item(current.row(), 0)->text().toStdString();
    const std::string version = m_sets->item(current.row(), 1)->text().toStdString();
    const auto* set = m_service->library().findSet(id, version);
    if (!set) return;
    int low = 0;
    for (const auto& f : set->factors()) {
        QList<QStandardItem*> row{new QStandardItem(QString::fromStdString(f.id)),
                                  new QStandardItem(name(f.nameZh, f.nameEn)),
                                  new QStandardItem(QString::fromStdString(f.activityUnit)),
                                  new QStandardItem(values(f)), new QStandardItem(confidenceText(f.confidence)),
                                  new QStandardItem(QString::fromStdString(f.source))};
        if (f.confidence == accounting::Confidence::Low) {
            ++low;
            for (auto* item : row) {
                item->setBackground(QColor(0xff, 0xf3, 0xe0));
                item->setForeground(QColor(0xb2, 0x5f, 0x00));
                item->setToolTip(tr("Low confidence: unconfirmed or disputed value; its use is flagged in the inventory"));
            }
        }
        m_factors->appendRow(row);
    }
    m_factorsLabel->setText(tr("Factors of %1 %2: %3, of which %4 of low confidence")
                                .arg(QString::fromStdString(set->id), QString::fromStdString(set->version))
                                .arg(set->factors().size())
                                .arg(low));
    m_factorView->resizeColumnsToContents();
}

void FactorLibraryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        const int row = m_setView->currentIndex().row();
        fillSets();
        if (row >= 0) m_setView->selectRow(row);
        fillFactors();
    }
    QWidget::changeEvent(event);
}

}  // namespace cnms::gui
