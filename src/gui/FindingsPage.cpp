// SPDX-License-Identifier: MIT
#include "FindingsPage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "AuditText.h"
#include "CatalogueText.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/audit/ChecklistService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

FindingsTableModel::FindingsTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    reload();
}

void FindingsTableModel::reload() {
    m_all.clear();
    ProjectStore& store = m_session.store();
    const ServiceContext ctx(store);
    ChecklistService checklist(ctx);
    for (const auto& audit : AuditPlanService(ctx).audits()) {
        const auto corrections = store.checklists().corrections(audit.id);
        for (const auto& item : checklist.items(audit.id)) {
            const FindingResult effective = effectiveResult(item, corrections);
            if (effective != FindingResult::Open) m_all.push_back({audit, item, effective});
        }
    }
    applyFilter();
}

void FindingsTableModel::setFilter(std::optional<AuditId> audit, std::optional<FindingResult> result,
                                   const QString& clause) {
    m_audit = audit;
    m_result = result;
    m_clause = clause.trimmed();
    applyFilter();
}

void FindingsTableModel::applyFilter() {
    beginResetModel();
    m_shown.clear();
    for (const auto& f : m_all) {
        if (m_audit && f.audit.id != *m_audit) continue;
        if (m_result && f.effective != *m_result) continue;
        if (!m_clause.isEmpty()) {
            const QString clause = qs(f.item.clauseId);
            if (clause != m_clause && !clause.startsWith(m_clause + QLatin1Char('.'))) continue;
        }
        m_shown.push_back(f);
    }
    endResetModel();
}

int FindingsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}
int FindingsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const FindingRow& f = row(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case AuditColumn: return qs(f.audit.code);
            case RefColumn: return qs(f.item.ref);
            case ClauseColumn: return qs(f.item.clauseId);
            case ResultColumn:
                return f.effective == f.item.result
                           ? AuditText::result(f.effective)
                           : tr("%1 (corrected from %2)").arg(AuditText::result(f.effective), AuditText::result(f.item.result));
            case QuestionColumn: return qs(f.item.question(catalogue_text::chinese() ? "zh" : "en"));
            case EvidenceColumn: return qs(f.item.evidence);
            default: return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == ResultColumn) {
        if (f.effective == FindingResult::MajorNonconformity) return QColor(0xf8, 0xd0, 0xcc);
        if (f.effective == FindingResult::MinorNonconformity) return QColor(0xfc, 0xe4, 0xc4);
        if (f.effective == FindingResult::Observation) return QColor(0xfd, 0xf5, 0xc9);
    }
    return {};
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case AuditColumn: return tr("Audit");
        case RefColumn: return tr("Item");
        case ClauseColumn: return tr("Clause");
        case ResultColumn: return tr("Result");
        case QuestionColumn: return tr("Question");
        case EvidenceColumn: return tr("Evidence");
        default: return {};
    }
}

FindingsPage::FindingsPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new FindingsTableModel(context.session, this)),
      m_audit(new QComboBox(this)),
      m_result(new QComboBox(this)),
      m_clause(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this)),
      m_auditLabel(new QLabel(this)),
      m_resultLabel(new QLabel(this)),
      m_clauseLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("findingsPage"));
    m_audit->setObjectName(QStringLiteral("auditFilter"));
    m_result->setObjectName(QStringLiteral("resultFilter"));
    m_clause->setObjectName(QStringLiteral("clauseFilter"));
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_clause->setClearButtonEnabled(true);
    m_clause->setMaximumWidth(120);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsTableModel::QuestionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsTableModel::EvidenceColumn, QHeaderView::Stretch);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_auditLabel);
    filters->addWidget(m_audit);
    filters->addWidget(m_resultLabel);
    filters->addWidget(m_result);
    filters->addWidget(m_clauseLabel);
    filters->addWidget(m_clause);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_audit, &QComboBox::currentIndexChanged, this, &FindingsPage::filter);
    connect(m_result, &QComboBox::currentIndexChanged, this, &FindingsPage::filter);
    connect(m_clause, &QLineEdit::textChanged, this, &FindingsPage::filter);
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("audit")) reload();
    });
    retranslate();
}

void FindingsPage::reload() {
    const QVariant audit = m_audit->currentData();
    const QVariant result = m_result->currentData();
    QSignalBlocker blockAudit(m_audit), blockResult(m_result);
    m_audit->clear();
    m_audit->addItem(tr("All audits"));
    for (const auto& a : AuditPlanService(ServiceContext(m_context.session.store())).audits())
        m_audit->addItem(qs(a.code), QVariant::fromValue<qlonglong>(a.id));
    m_audit->setCurrentIndex(std::max(0, m_audit->findData(audit)));
    m_result->clear();
    m_result->addItem(tr("All results"));
    for (auto r : {FindingResult::MajorNonconformity, FindingResult::MinorNonconformity, FindingResult::Observation,
                   FindingResult::Improvement, FindingResult::Conforming, FindingResult::NotApplicable})
        m_result->addItem(AuditText::result(r), static_cast<int>(r));
    m_result->setCurrentIndex(std::max(0, m_result->findData(result)));
    m_model->reload();
    filter();
}

void FindingsPage::filter() {
    std::optional<AuditId> audit;
    std::optional<FindingResult> result;
    if (m_audit->currentData().isValid()) audit = m_audit->currentData().toLongLong();
    if (m_result->currentData().isValid()) result = static_cast<FindingResult>(m_result->currentData().toInt());
    m_model->setFilter(audit, result, m_clause->text());
    m_view->resizeColumnToContents(FindingsTableModel::AuditColumn);
    m_view->resizeColumnToContents(FindingsTableModel::RefColumn);
    m_view->resizeColumnToContents(FindingsTableModel::ClauseColumn);
    m_view->resizeColumnToContents(FindingsTableModel::ResultColumn);
    m_count->setText(tr("%n finding(s)", nullptr, m_model->rowCount()));
}

void FindingsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void FindingsPage::retranslate() {
    m_auditLabel->setText(tr("Audit"));
    m_resultLabel->setText(tr("Result"));
    m_clauseLabel->setText(tr("Clause"));
    m_clause->setPlaceholderText(tr("e.g. 6 or 9.4"));
    reload();
}

}  // namespace cnms::gui
