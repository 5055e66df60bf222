// SPDX-License-Identifier: MIT
#include "ReadinessPage.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "CatalogueText.h"
#include "ProjectSession.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/ReadinessGuidance.h"
#include "cnms/records/Today.h"

namespace cnms::gui {
namespace {
using records::ReadinessStatus;

constexpr Pdca kPhases[] = {Pdca::Plan, Pdca::Do, Pdca::Check, Pdca::Act};
constexpr int kTilesPerRow = 10;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString phaseName(Pdca phase) {
    switch (phase) {
        case Pdca::Plan: return ReadinessPage::tr("Plan");
        case Pdca::Do: return ReadinessPage::tr("Do");
        case Pdca::Check: return ReadinessPage::tr("Check");
        case Pdca::Act: return ReadinessPage::tr("Act");
    }
    return {};
}

QString statusName(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::Met: return ReadinessPage::tr("Met");
        case ReadinessStatus::PartlyMet: return ReadinessPage::tr("Partly met");
        case ReadinessStatus::Missing: return ReadinessPage::tr("Missing");
    }
    return {};
}

QColor statusColour(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::Met: return QColor(0x2e, 0x9e, 0x5b);
        case ReadinessStatus::PartlyMet: return QColor(0xf0, 0xa2, 0x02);
        case ReadinessStatus::Missing: return QColor(0xd6, 0x45, 0x45);
    }
    return {};
}

QString gapName(records::Gap gap) {
    switch (gap) {
        case records::Gap::None: return ReadinessPage::tr("in place");
        case records::Gap::Missing: return ReadinessPage::tr("missing");
        case records::Gap::Unapproved: return ReadinessPage::tr("not approved");
        case records::Gap::Overdue: return ReadinessPage::tr("overdue");
        case records::Gap::NotTracked: return ReadinessPage::tr("not tracked by this version");
    }
    return {};
}

QString clauseTitle(const records::ClauseReadiness& clause) {
    return qs(catalogue_text::chinese() || clause.titleEn.empty() ? clause.titleZh : clause.titleEn);
}

QString percent(double value) { return QStringLiteral("%1 %").arg(value, 0, 'f', 0); }
}  // namespace

ReadinessPage::ReadinessPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_overall(new QLabel(this)),
      m_overallCaption(new QLabel(this)),
      m_phases(new QLabel(this)),
      m_legend(new QLabel(this)),
      m_heatMap(new QWidget(this)),
      m_heatLayout(new QGridLayout(m_heatMap)),
      m_table(new QTableWidget(this)),
      m_details(new QTextBrowser(this)),
      m_goTo(new QPushButton(this)) {
    setObjectName(QStringLiteral("readinessPage"));
    m_overall->setObjectName(QStringLiteral("overallPercent"));
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_table->setObjectName(QStringLiteral("clauseTable"));
    m_details->setObjectName(QStringLiteral("clauseDetails"));
    m_goTo->setObjectName(QStringLiteral("goToButton"));

    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_overall->setFont(big);
    m_phases->setTextFormat(Qt::RichText);
    m_legend->setTextFormat(Qt::RichText);
    m_heatLayout->setContentsMargins(0, 0, 0, 0);
    m_heatLayout->setSpacing(4);

    m_table->setColumnCount(4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 190);
    m_table->setColumnWidth(1, 72);
    m_table->setColumnWidth(2, 250);
    m_details->setOpenLinks(false);

    auto* header = new QHBoxLayout;
    auto* overallBox = new QVBoxLayout;
    overallBox->addWidget(m_overall);
    overallBox->addWidget(m_overallCaption);
    header->addLayout(overallBox);
    header->addSpacing(24);
    auto* phaseBox = new QVBoxLayout;
    phaseBox->addWidget(m_phases);
    phaseBox->addWidget(m_legend);
    header->addLayout(phaseBox, 1);

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(m_goTo, 0, Qt::AlignLeft);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_heatMap);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReadinessPage::showDetails);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { goToSelected(); });
    connect(m_goTo, &QPushButton::clicked, this, [this] { goToSelected(); });
    connect(&m_context.session, &ProjectSession::recordsChanged, this, &ReadinessPage::refresh);
    connect(&m_context.session, &ProjectSession::siteAdded, this, &ReadinessPage::refresh);
    connect(&m_context.session, &ProjectSession::siteRemoved, this, &ReadinessPage::refresh);
    connect(&m_context.session, &ProjectSession::organizationChanged, this, &ReadinessPage::refresh);
    refresh();
}

void ReadinessPage::refresh() {
    const QString selected = selectedClause();
    m_report = records::projectReadiness(m_context.session.store()).evaluate(records::SystemToday().date());
    fill();
    selectClause(selected.isEmpty() && !m_report.clauses.empty() ? qs(m_report.clauses.front().clauseId) : selected);
}

void ReadinessPage::fill() {
    m_overall->setText(percent(m_report.percent));
    m_overallCaption->setText(tr("ready for audit: %1 clauses met, %2 partly met, %3 missing")
                                  .arg(m_report.met)
                                  .arg(m_report.partlyMet)
                                  .arg(m_report.missing));
    QStringList phases;
    for (Pdca phase : kPhases)
        phases << QStringLiteral("<b>%1</b> %2").arg(phaseName(phase).toHtmlEscaped(), percent(m_report.phasePercent(phase)));
    m_phases->setText(phases.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    QStringList legend;
    for (auto status : {ReadinessStatus::Met, ReadinessStatus::PartlyMet, ReadinessStatus::Missing})
        legend << QStringLiteral("<span style='color:%1'>■</span> %2")
                      .arg(statusColour(status).name(), statusName(status).toHtmlEscaped());
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));

    // Heat map: one row of tiles per PDCA phase, wrapped.
    while (QLayoutItem* item = m_heatLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int gridRow = 0;
    for (Pdca phase : kPhases) {
        auto* name = new QLabel(phaseName(phase), m_heatMap);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_heatLayout->addWidget(name, gridRow, 0, Qt::AlignTop | Qt::AlignLeft);
        int column = 0;
        for (const auto& clause : m_report.clauses) {
            if (clause.pdca != phase) continue;
            if (column == kTilesPerRow) {
                column = 0;
                ++gridRow;
            }
            auto* tile = new QToolButton(m_heatMap);
            tile->setObjectName(QStringLiteral("tile_%1").arg(qs(clause.clauseId)));
            const QString title = clauseTitle(clause);
            const QString shortTitle = QFontMetrics(tile->font()).elidedText(title, Qt::ElideRight, 96);
            tile->setText(QStringLiteral("%1\n%2").arg(qs(clause.clauseId), shortTitle));
            tile->setToolTip(QStringLiteral("%1 %2 — %3").arg(qs(clause.clauseId), title, statusName(clause.status)));
            tile->setFixedSize(108, 44);
            tile->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: white; border: none;"
                                               " border-radius: 4px; font-size: 11px; }"
                                               "QToolButton:hover { border: 2px solid #333; }")
                                    .arg(statusColour(clause.status).name()));
            const QString id = qs(clause.clauseId);
            connect(tile, &QToolButton::clicked, this, [this, id] { selectClause(id); });
            m_heatLayout->addWidget(tile, gridRow, 1 + column);
            ++column;
        }
        ++gridRow;
    }
    m_heatLayout->setColumnStretch(kTilesPerRow + 1, 1);

    m_table->setHorizontalHeaderLabels({tr("Clause"), tr("Status"), tr("Required"), tr("Present")});
    m_table->setRowCount(static_cast<int>(m_report.clauses.size()));
    int row = 0;
    for (const auto& clause : m_report.clauses) {
        auto* clauseItem = new QTableWidgetItem(QStringLiteral("%1 %2").arg(qs(clause.clauseId), clauseTitle(clause)));
        clauseItem->setData(Qt::UserRole, qs(clause.clauseId));
        auto* statusItem = new QTableWidgetItem(statusName(clause.status));
        statusItem->setForeground(statusColour(clause.status));
        QStringList required, present;
        for (const auto& requirement : clause.requirements) {
            required << catalogue_text::record(requirement.record);
            present << (requirement.gap == records::Gap::NotTracked
                            ? gapName(requirement.gap)
                            : tr("%n record(s), %1", nullptr, requirement.evidence.present).arg(gapName(requirement.gap)));
        }
        m_table->setItem(row, 0, clauseItem);
        m_table->setItem(row, 1, statusItem);
        m_table->setItem(row, 2, new QTableWidgetItem(required.join(QLatin1Char('\n'))));
        m_table->setItem(row, 3, new QTableWidgetItem(present.join(QLatin1Char('\n'))));
        ++row;
    }
    m_table->resizeRowsToContents();
}

QString ReadinessPage::selectedClause() const {
    auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) return {};
    return rows.front().data(Qt::UserRole).toString();
}

void ReadinessPage::selectClause(const QString& clauseId) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == clauseId) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return;
        }
}

QString ReadinessPage::fixPageFor(const QString& clauseId) const {
    const auto* clause = m_report.clause(clauseId.toStdString());
    if (!clause || clause->fixRecordType.empty()) return {};
    const PageSpec* page = PageRegistry::builtin().pageForRecordType(qs(clause->fixRecordType));
    return page ? page->id : QString();
}

bool ReadinessPage::goToSelected() {
    const QString page = fixPageFor(selectedClause());
    if (page.isEmpty() || !m_context.showPage) return false;
    return m_context.showPage(page);
}

void ReadinessPage::showDetails() {
    const QString id = selectedClause();
    const auto* clause = m_report.clause(id.toStdString());
    const QString fixPage = fixPageFor(id);
    m_goTo->setEnabled(!fixPage.isEmpty() && m_context.showPage);
    if (const PageSpec* page = PageRegistry::builtin().find(fixPage))
        m_goTo->setText(tr("Go to page: %1").arg(page->translatedTitle()));
    else
        m_goTo->setText(tr("Go to page"));
    if (!clause) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1 %2</h3><p><b>%3:</b> <span style='color:%4'>%5</span></p>")
                       .arg(id.toHtmlEscaped(), clauseTitle(*clause).toHtmlEscaped(), tr("Status").toHtmlEscaped(),
                            statusColour(clause->status).name(), statusName(clause->status).toHtmlEscaped());
    if (auto catalogueClause = ClauseCatalogue::shipped().find(clause->clauseId))
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("What the standard asks").toHtmlEscaped(),
                         catalogue_text::guidance(*catalogueClause).toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Required records").toHtmlEscaped());
    for (const auto& requirement : clause->requirements)
        html += QStringLiteral("<li>%1 — <i>%2</i></li>")
                    .arg(catalogue_text::record(requirement.record).toHtmlEscaped(), gapName(requirement.gap).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (const auto* example = records::ReadinessGuidance::shipped().example(clause->clauseId)) {
        const std::string& text = catalogue_text::chinese() || example->en.empty() ? example->zh : example->en;
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("A good example").toHtmlEscaped(), qs(text).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void ReadinessPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ReadinessPage::retranslate() {
    const QString selected = selectedClause();
    fill();
    selectClause(selected);
    showDetails();
}

}  // namespace cnms::gui
