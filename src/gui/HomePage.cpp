// SPDX-License-Identifier: MIT
#include "HomePage.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include "DashboardView.h"
#include "PageRegistry.h"
#include "ProjectSession.h"
#include "cnms/dashboard/DashboardSummary.h"
#include "cnms/records/Today.h"

namespace cnms::gui {
namespace {
QLabel* heading(QWidget* parent, int pointSizeDelta) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSize(font.pointSize() + pointSizeDelta);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* paragraph(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString consolidationName(Consolidation c) {
    switch (c) {
        case Consolidation::OperationalControl: return HomePage::tr("Operational control");
        case Consolidation::FinancialControl: return HomePage::tr("Financial control");
        case Consolidation::EquityShare: return HomePage::tr("Equity share");
    }
    return {};
}
}  // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent),
      m_title(heading(this, 8)),
      m_subtitle(paragraph(this)),
      m_purposeTitle(heading(this, 2)),
      m_purpose(paragraph(this)),
      m_startTitle(heading(this, 2)),
      m_steps(paragraph(this)),
      m_projectTitle(heading(this, 2)),
      m_dashboard(new DashboardView(PageRegistry::builtin(), this)),
      m_summary(new QWidget(this)),
      m_summaryForm(new QFormLayout(m_summary)),
      m_noProject(new QWidget(this)),
      m_noProjectText(paragraph(m_noProject)),
      m_newButton(new QPushButton(m_noProject)),
      m_openButton(new QPushButton(m_noProject)) {
    setObjectName(QStringLiteral("homePage"));
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_steps->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_steps, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("page:"))) emit pageRequested(link.mid(5));
    });

    connect(m_dashboard, &DashboardView::pageRequested, this, &HomePage::pageRequested);
    m_summaryForm->setContentsMargins(0, 0, 0, 12);
    m_summaryForm->setHorizontalSpacing(16);
    m_summaryForm->setLabelAlignment(Qt::AlignLeft);

    m_newButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_newButton, &QPushButton::clicked, this, &HomePage::newProjectRequested);
    connect(m_openButton, &QPushButton::clicked, this, &HomePage::openProjectRequested);
    auto* noProjectLayout = new QVBoxLayout(m_noProject);
    noProjectLayout->setContentsMargins(0, 0, 0, 0);
    noProjectLayout->addWidget(m_noProjectText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    noProjectLayout->addLayout(buttons);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/cnms.svg")).pixmap(QSize(44, 44)));
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(logo);
    titleRow->addWidget(m_title, 1);

    auto* content = new QWidget;
    content->setMaximumWidth(980);  // keep paragraphs at a readable line length
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(4, 4, 24, 24);
    column->setSpacing(8);
    column->addLayout(titleRow);
    column->addWidget(m_subtitle);
    column->addSpacing(12);
    column->addWidget(m_projectTitle);
    column->addWidget(m_dashboard);
    column->addWidget(m_summary);
    column->addWidget(m_noProject);
    column->addSpacing(12);
    column->addWidget(m_startTitle);
    column->addWidget(m_steps);
    column->addSpacing(12);
    column->addWidget(m_purposeTitle);
    column->addWidget(m_purpose);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslate();
}

void HomePage::setSession(ProjectSession* session) {
    if (m_session) disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::organizationChanged, this, &HomePage::refreshSummary);
        connect(m_session, &ProjectSession::siteAdded, this, &HomePage::refreshSummary);
        connect(m_session, &ProjectSession::siteRemoved, this, &HomePage::refreshSummary);
        connect(m_session, &ProjectSession::recordsChanged, this, &HomePage::refreshSummary);
        connect(m_session, &ProjectSession::activitiesChanged, this, &HomePage::refreshSummary);
    }
    refreshSummary();
}

void HomePage::refreshSummary() {
    while (m_summaryForm->rowCount() > 0) m_summaryForm->removeRow(0);
    m_summary->setVisible(m_session != nullptr);
    m_dashboard->setVisible(m_session != nullptr);
    m_noProject->setVisible(m_session == nullptr);
    m_projectTitle->setText(tr("Open project"));
    if (!m_session) return;

    m_dashboard->setSummary(dashboard::summarize(m_session->store(), records::SystemToday().date()));

    const Organization org = m_session->organization();
    const ProjectInfo info = m_session->info();
    m_projectTitle->setText(QString::fromStdString(org.name));
    auto add = [this](const QString& label, const QString& value) {
        auto* field = new QLabel(value, m_summary);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_summaryForm->addRow(label, field);
    };
    add(tr("Unified social credit code:"),
        org.creditCode.empty() ? tr("not entered yet") : QString::fromStdString(org.creditCode));
    add(tr("Boundary approach:"), consolidationName(org.consolidation));
    add(tr("Sites:"), QString::number(m_session->sites().size()));
    if (!org.standardNumber.empty()) add(tr("Standard number:"), QString::fromStdString(org.standardNumber));
    add(tr("Project file:"), QDir::toNativeSeparators(QString::fromStdString(info.path)));
    add(tr("File format version:"),
        QString::number(info.schemaVersion) +
            (info.readOnly ? QStringLiteral(" (") + tr("read-only") + QLatin1Char(')') : QString()));
}

void HomePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate() {
    m_title->setText(tr("CNMS Workbench"));
    m_subtitle->setText(
        tr("Run your carbon neutrality management system according to the group standard "
           "《工业碳中和管理体系 要求》 (Industrial carbon neutrality management system — Requirements), "
           "and keep the evidence an auditor asks for."));
    m_purposeTitle->setText(tr("What the workbench is for"));
    m_purpose->setText(
        tr("<p>The standard follows the Plan-Do-Check-Act cycle of ISO 14001 and ISO 50001: "
           "<b>Plan</b> (clauses on context, leadership, planning and support) fixes the boundary, the "
           "emission inventory and the targets; <b>Do</b> runs the operational controls; <b>Check</b> "
           "measures, evaluates and audits; <b>Act</b> corrects and improves.</p>"
           "<p>The navigation on the left follows that cycle and the clauses of the standard. Under each clause "
           "are the pages that hold the records the clause requires. Every change is recorded in the project's "
           "change log with who made it and when, and can be undone with Edit &gt; Undo.</p>"));
    m_startTitle->setText(tr("Where to start"));
    m_steps->setText(
        tr("<ol style=\"margin-left: 0px;\">"
           "<li><a href=\"page:organization\">Organization profile</a>: the organization's name, unified social "
           "credit code, industry code (GB/T 4754) and the approach that sets its boundary.</li>"
           "<li><a href=\"page:sites\">Sites</a>: every plant, station and office inside the boundary, with the "
           "organization's equity share in each.</li>"
           "<li>Then, as the workbench grows: emission sources and activity data, the greenhouse gas inventory, "
           "targets and reduction measures, internal audit and management review.</li>"
           "</ol>"));
    m_noProjectText->setText(tr("No project is open. A project is one file (*.cnms) holding one organization's "
                                "management system records."));
    m_newButton->setText(tr("&New project…"));
    m_openButton->setText(tr("&Open project…"));
    refreshSummary();
}

}  // namespace cnms::gui
