// SPDX-License-Identifier: MIT
#include "AuditChecklistPage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "AuditText.h"
#include "ChecklistTableModel.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/report/AuditReportDocument.h"
#include "cnms/report/ReportPreviewDialog.h"
#include "CatalogueText.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
/// The audit the programme page last opened; a dynamic property, so the pages share it without a session API.
constexpr const char* kCurrentAuditProperty = "cnmsCurrentAudit";
}  // namespace

AuditChecklistPage::AuditChecklistPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new ChecklistTableModel(context.session, this)),
      m_audit(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_readOnly(new QLabel(this)),
      m_view(new QTableView(this)),
      m_progress(new QTableWidget(this)),
      m_overall(new QProgressBar(this)),
      m_question(new QLabel(this)),
      m_links(new QListWidget(this)),
      m_linkEdit(new QLineEdit(this)),
      m_linkButton(new QPushButton(this)),
      m_fileButton(new QPushButton(this)),
      m_correctButton(new QPushButton(this)),
      m_conclusion(new QLineEdit(this)),
      m_completeButton(new QPushButton(this)),
      m_reportButton(new QPushButton(this)),
      m_keysHelp(new QLabel(this)),
      m_progressTitle(new QLabel(this)),
      m_detailsTitle(new QLabel(this)) {
    setObjectName(QStringLiteral("auditChecklistPage"));
    m_audit->setObjectName(QStringLiteral("auditCombo"));
    m_view->setObjectName(QStringLiteral("checklistTable"));
    m_progress->setObjectName(QStringLiteral("clauseProgressTable"));
    m_links->setObjectName(QStringLiteral("linksList"));
    m_linkEdit->setObjectName(QStringLiteral("recordLinkEdit"));
    m_linkButton->setObjectName(QStringLiteral("addRecordButton"));
    m_fileButton->setObjectName(QStringLiteral("addFileButton"));
    m_correctButton->setObjectName(QStringLiteral("correctButton"));
    m_conclusion->setObjectName(QStringLiteral("conclusionEdit"));
    m_completeButton->setObjectName(QStringLiteral("completeButton"));
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));

    m_audit->setMinimumWidth(320);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("QLabel{background:#fdf5c9;border:1px solid #e0c36b;padding:6px;}"));
    m_keysHelp->setWordWrap(true);
    m_keysHelp->setStyleSheet(QStringLiteral("color:#555;"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    m_progressTitle->setFont(bold);
    m_detailsTitle->setFont(bold);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(ChecklistTableModel::QuestionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ChecklistTableModel::EvidenceColumn, QHeaderView::Interactive);
    m_view->installEventFilter(this);

    m_progress->setColumnCount(2);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->setMinimumWidth(200);

    auto* top = new QHBoxLayout;
    top->addWidget(m_audit);
    top->addWidget(m_status, 1);
    top->addWidget(m_reportButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_progressTitle);
    rightLayout->addWidget(m_overall);
    rightLayout->addWidget(m_progress, 2);
    rightLayout->addWidget(m_detailsTitle);
    rightLayout->addWidget(m_question);
    rightLayout->addWidget(m_links, 1);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(m_linkButton);
    rightLayout->addLayout(linkRow);
    rightLayout->addWidget(m_fileButton);
    rightLayout->addWidget(m_correctButton);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 210});

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_conclusion, 1);
    bottom->addWidget(m_completeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_keysHelp);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_audit, &QComboBox::currentIndexChanged, this, &AuditChecklistPage::auditChosen);
    connect(m_model, &ChecklistTableModel::writeFailed, this,
            [this](const QString& message) { m_context.dialogs.warning(this, tr("Audit checklist"), message); });
    connect(m_model, &ChecklistTableModel::itemStored, this, [this](int row) {
        updateProgress();
        if (row != m_advanceRow) return;
        m_advanceRow = -1;
        // After the editor has closed: the view must not be editing when the current index moves.
        QTimer::singleShot(0, this, [this, row] { moveToNext(row); });
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditChecklistPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateProgress();
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditChecklistPage::updateDetails);
    connect(m_linkButton, &QPushButton::clicked, this, &AuditChecklistPage::addRecordLink);
    connect(m_linkEdit, &QLineEdit::returnPressed, this, &AuditChecklistPage::addRecordLink);
    connect(m_fileButton, &QPushButton::clicked, this, &AuditChecklistPage::addFile);
    connect(m_correctButton, &QPushButton::clicked, this, &AuditChecklistPage::correctFinding);
    connect(m_completeButton, &QPushButton::clicked, this, &AuditChecklistPage::completeAudit);
    connect(m_reportButton, &QPushButton::clicked, this, &AuditChecklistPage::openReport);
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("audit")) reloadAudits();
    });
    retranslate();
    reloadAudits();
}

std::optional<AuditId> AuditChecklistPage::currentAudit() const { return m_model->auditId(); }

void AuditChecklistPage::reloadAudits() {
    const auto keep = m_audit->currentData();
    m_reloading = true;
    m_audit->clear();
    const auto audits = AuditPlanService(ServiceContext(m_context.session.store())).audits();
    int select = -1;
    for (const auto& a : audits) {
        m_audit->addItem(QStringLiteral("%1  %2").arg(qs(a.code), qs(a.title)), QVariant::fromValue<qlonglong>(a.id));
        if (keep.isValid() && keep.toLongLong() == a.id) select = m_audit->count() - 1;
    }
    // Without a choice yet, the audit being worked on: the first one in progress, else the latest.
    if (select < 0)
        for (int i = 0; i < static_cast<int>(audits.size()); ++i)
            if (audits[static_cast<std::size_t>(i)].status == AuditStatus::InProgress) select = i;
    if (select < 0) select = m_audit->count() - 1;
    m_reloading = false;
    m_audit->setCurrentIndex(select);
    auditChosen();
}

void AuditChecklistPage::showAudit(AuditId audit) {
    const int index = m_audit->findData(QVariant::fromValue<qlonglong>(audit));
    if (index >= 0) m_audit->setCurrentIndex(index);
    auditChosen();
}

void AuditChecklistPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    const QVariant wanted = m_context.session.property(kCurrentAuditProperty);
    if (wanted.isValid()) {
        m_context.session.setProperty(kCurrentAuditProperty, QVariant());
        showAudit(wanted.toLongLong());
    }
}

void AuditChecklistPage::auditChosen() {
    if (m_reloading) return;
    const QVariant id = m_audit->currentData();
    std::optional<AuditId> audit;
    if (id.isValid()) audit = id.toLongLong();
    if (audit == m_model->auditId() && audit) {
        m_model->reload();
    } else {
        m_model->setAudit(audit);
    }
    const auto& a = m_model->audit();
    const bool completed = a && a->isCompleted();
    m_readOnly->setVisible(completed);
    m_keysHelp->setVisible(a && !m_model->isReadOnly());
    m_conclusion->setReadOnly(m_model->isReadOnly());
    m_conclusion->setText(a ? qs(a->conclusion) : QString());
    m_completeButton->setEnabled(a && !m_model->isReadOnly());
    m_reportButton->setEnabled(a.has_value());
    m_linkEdit->setEnabled(a && !m_model->isReadOnly());
    m_linkButton->setEnabled(a && !m_model->isReadOnly());
    m_fileButton->setEnabled(a && !m_model->isReadOnly());
    m_correctButton->setVisible(completed);
    m_correctButton->setEnabled(completed && !m_context.session.isReadOnly());
    m_view->resizeColumnToContents(ChecklistTableModel::RefColumn);
    m_view->resizeColumnToContents(ChecklistTableModel::ClauseColumn);
    m_view->setColumnWidth(ChecklistTableModel::ResultColumn, 120);
    m_view->setColumnWidth(ChecklistTableModel::EvidenceColumn, 170);
    m_view->setColumnWidth(ChecklistTableModel::FilesColumn, 90);
    if (m_model->rowCount() > 0) m_view->setCurrentIndex(m_model->index(0, ChecklistTableModel::ResultColumn));
    retranslate();
}

bool AuditChecklistPage::eventFilter(QObject* watched, QEvent* event) {
    // While the evidence editor is open it has the keys, so the view only sees keys between edits.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int k = key->key();
        if (k >= Qt::Key_1 && k <= Qt::Key_6 && key->modifiers() == Qt::NoModifier) {
            const int row = m_view->currentIndex().row();
            if (row < 0 || m_model->isReadOnly()) return true;
            const auto result = static_cast<FindingResult>(k - Qt::Key_0);
            if (m_model->setResult(row, result)) {
                moveToNext(row);
            } else if (m_model->hasDraft(row)) {
                // No evidence yet: write it now; storing it moves on (see itemStored below).
                const QModelIndex evidence = m_model->index(row, ChecklistTableModel::EvidenceColumn);
                m_advanceRow = row;
                m_view->setCurrentIndex(evidence);
                m_view->edit(evidence);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuditChecklistPage::moveToNext(int row) {
    if (row + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row + 1, ChecklistTableModel::ResultColumn));
    m_view->scrollTo(m_view->currentIndex());
}

void AuditChecklistPage::updateProgress() {
    const auto progress = m_model->progress();
    m_progress->setRowCount(static_cast<int>(progress.size()));
    int row = 0;
    for (const auto& p : progress) {
        QString title = qs(p.clauseId);
        if (auto clause = ClauseCatalogue::shipped().find(p.clauseId)) title = catalogue_text::numberedTitle(*clause);
        auto* name = new QTableWidgetItem(title);
        name->setToolTip(title);
        auto* count = new QTableWidgetItem(QStringLiteral("%1 / %2").arg(p.answered).arg(p.total));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QColor colour = p.answered == p.total ? QColor(0xe3, 0xf4, 0xe1)
                              : p.answered == 0    ? QColor(0xff, 0xff, 0xff)
                                                   : QColor(0xfd, 0xf5, 0xc9);
        name->setBackground(colour);
        count->setBackground(colour);
        m_progress->setItem(row, 0, name);
        m_progress->setItem(row, 1, count);
        ++row;
    }
    m_progress->resizeColumnToContents(1);
    m_overall->setRange(0, std::max(1, m_model->rowCount()));
    m_overall->setValue(m_model->answeredCount());
    m_overall->setFormat(tr("%1 of %2 answered").arg(m_model->answeredCount()).arg(m_model->rowCount()));
}

void AuditChecklistPage::updateDetails() {
    m_links->clear();
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_question->clear();
        return;
    }
    const ChecklistItem& item = m_model->item(row);
    m_question->setText(QStringLiteral("%1  %2").arg(qs(item.ref), qs(item.question(catalogue_text::chinese() ? "zh" : "en"))));
    for (const auto& r : item.records) m_links->addItem(tr("Record %1").arg(qs(r.toString())));
    const auto states = m_model->fileStates(row);
    for (std::size_t i = 0; i < item.files.size(); ++i) {
        const auto& f = item.files[i];
        const FileState state = i < states.size() ? states[i] : FileState::Unchanged;
        QString stateText = state == FileState::Unchanged ? tr("unchanged")
                            : state == FileState::Changed ? tr("changed since it was recorded")
                                                          : tr("missing");
        auto* entry = new QListWidgetItem(tr("File %1 (SHA-256 %2…): %3")
                                              .arg(qs(f.path), qs(f.sha256.substr(0, 12)), stateText));
        entry->setToolTip(qs(f.sha256));
        if (state != FileState::Unchanged) {
            entry->setBackground(QColor(0xf8, 0xd0, 0xcc));
            entry->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_links->addItem(entry);
    }
    if (m_model->audit() && m_model->audit()->isCompleted())
        for (const auto& c : m_context.session.store().checklists().corrections(m_model->audit()->id))
            if (c.itemId == item.id) {
                auto* entry = new QListWidgetItem(tr("Corrected to %1 by %2 on %3: %4")
                                                      .arg(AuditText::result(c.result), qs(c.correctedBy),
                                                           qs(c.correctedAt.substr(0, 10)), qs(c.reason)));
                entry->setBackground(QColor(0xfd, 0xf5, 0xc9));
                m_links->addItem(entry);
            }
}

void AuditChecklistPage::addFile() {
    const int row = m_view->currentIndex().row();
    if (row < 0 || m_model->isReadOnly()) return;
    const QString path = m_context.dialogs.openFileName(this, tr("Evidence file"), {}, tr("All files (*)"));
    if (path.isEmpty()) return;
    m_model->addFile(row, path);
}

void AuditChecklistPage::addRecordLink() {
    const int row = m_view->currentIndex().row();
    if (row < 0 || m_model->isReadOnly()) return;
    const auto ref = RecordRef::parse(m_linkEdit->text().trimmed().toStdString());
    if (!ref) {
        m_context.dialogs.warning(this, tr("Audit checklist"),
                                  tr("Write the record as type:id, e.g. activity_data:42 or document:DOC-003."));
        return;
    }
    if (m_model->addRecord(row, *ref)) m_linkEdit->clear();
}

bool AuditChecklistPage::completeAudit() {
    const std::optional<Audit> audit = m_model->audit();  // a copy: completing reloads the model
    if (!audit || m_model->isReadOnly()) return false;
    AuditCompletionService service{ServiceContext(m_context.session.store())};
    const int open = m_model->rowCount() - m_model->answeredCount();
    if (open > 0) {
        m_context.dialogs.warning(this, tr("Complete audit"),
                                  tr("%n checklist item(s) are not answered yet; answer every item before completing "
                                     "the audit.", nullptr, open));
        return false;
    }
    if (!m_context.dialogs.confirm(this, tr("Complete audit"),
                                   tr("Complete %1? The audit becomes read-only and a nonconformity is raised for "
                                      "every major and minor finding.").arg(qs(audit->code)),
                                   tr("Complete")))
        return false;
    try {
        const auto done = service.complete(audit->id, m_conclusion->text().trimmed().toStdString());
        QStringList raised;
        for (const auto& nc : done.raised) raised << qs(nc.code());
        m_context.session.notifyRecordsChanged(QStringLiteral("audit"));
        m_context.session.notifyRecordsChanged(QStringLiteral("nonconformity"));
        m_context.dialogs.information(this, tr("Complete audit"),
                                      raised.isEmpty() ? tr("%1 is completed.").arg(qs(audit->code))
                                                       : tr("%1 is completed. Nonconformities raised: %2")
                                                             .arg(qs(done.audit.code), raised.join(QStringLiteral(", "))));
    } catch (const RefusedError& e) {
        m_context.dialogs.warning(this, tr("Complete audit"), AuditText::refused(e));
        return false;
    } catch (...) {
        m_context.dialogs.warning(this, tr("Complete audit"), ErrorText::exception(std::current_exception()));
        return false;
    }
    showAudit(audit->id);
    return true;
}

bool AuditChecklistPage::correctCurrent(FindingResult result, const QString& evidence, const QString& reason) {
    const int row = m_view->currentIndex().row();
    const auto& audit = m_model->audit();
    if (row < 0 || !audit || !audit->isCompleted() || m_context.session.isReadOnly()) return false;
    const AuditId id = audit->id;
    const std::string ref = m_model->item(row).ref;
    try {
        const auto done = AuditCompletionService(ServiceContext(m_context.session.store()))
                              .correct(id, ref, result, evidence.trimmed().toStdString(), reason.trimmed().toStdString());
        if (done.raised)
            m_context.dialogs.information(this, tr("Correct finding"),
                                          tr("The correction raised %1.").arg(qs(done.raised->code())));
    } catch (const RefusedError& e) {
        m_context.dialogs.warning(this, tr("Correct finding"), AuditText::refused(e));
        return false;
    } catch (...) {
        m_context.dialogs.warning(this, tr("Correct finding"), ErrorText::exception(std::current_exception()));
        return false;
    }
    m_context.session.notifyRecordsChanged(QStringLiteral("audit"));
    m_context.session.notifyRecordsChanged(QStringLiteral("nonconformity"));
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(ref), ChecklistTableModel::ResultColumn));
    updateDetails();
    return true;
}

QDialog* AuditChecklistPage::correctFinding() {
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_model->audit() || !m_model->audit()->isCompleted() || m_context.session.isReadOnly())
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("correctionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Correct finding %1").arg(qs(m_model->item(row).ref)));
    auto* result = new QComboBox(dialog);
    result->setObjectName(QStringLiteral("correctionResult"));
    for (int r = static_cast<int>(FindingResult::Conforming); r <= static_cast<int>(FindingResult::NotApplicable); ++r)
        result->addItem(AuditText::result(static_cast<FindingResult>(r)), r);
    auto* evidence = new QLineEdit(dialog);
    evidence->setObjectName(QStringLiteral("correctionEvidence"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("correctionReason"));
    auto* form = new QFormLayout;
    form->addRow(tr("Result"), result);
    form->addRow(tr("Evidence"), evidence);
    form->addRow(tr("Reason for the correction"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, result, evidence, reason] {
        if (correctCurrent(static_cast<FindingResult>(result->currentData().toInt()), evidence->text(), reason->text()))
            dialog->accept();
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(520, dialog->sizeHint().height());
    dialog->open();
    return dialog;
}

report::ReportPreviewDialog* AuditChecklistPage::openReport() {
    const auto audit = m_model->auditId();
    if (!audit) return nullptr;
    const auto language = catalogue_text::reportLanguage();
    try {
        auto document = report::buildAuditReportDocument(m_context.session.store(), *audit, language);
        auto* dialog = new report::ReportPreviewDialog(std::move(document), language, {}, this);
        dialog->setObjectName(QStringLiteral("auditReportPreview"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    } catch (...) {
        m_context.dialogs.warning(this, tr("Audit report"), ErrorText::exception(std::current_exception()));
        return nullptr;
    }
}

void AuditChecklistPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateProgress();
        updateDetails();
    }
    QWidget::changeEvent(event);
}

void AuditChecklistPage::retranslate() {
    const auto& a = m_model->audit();
    m_status->setText(a ? tr("%1 · %2 to %3 · lead auditor %4")
                              .arg(AuditText::status(a->status), qs(a->startDate), qs(a->endDate), qs(a->lead.name))
                        : tr("No audit is planned yet: plan one on the audit programme page."));
    if (a && a->isCompleted())
        m_readOnly->setText(tr("Completed on %1 by %2: the audit is read-only. A wrong finding is corrected by a new, "
                               "linked record (Correct finding…), which the audit report shows.")
                                .arg(qs(a->completedOn), qs(a->completedBy)));
    m_keysHelp->setText(tr("Keys: 1 conforming · 2 major · 3 minor · 4 observation · 5 opportunity for improvement · "
                           "6 not applicable. The item's evidence is edited in place (F2 or typing); the answer is "
                           "stored with its evidence and the next item is selected."));
    m_progressTitle->setText(tr("Progress per clause"));
    m_detailsTitle->setText(tr("Current item"));
    m_progress->setHorizontalHeaderLabels({tr("Clause"), tr("Answered")});
    m_linkEdit->setPlaceholderText(tr("Link a record: type:id"));
    m_linkButton->setText(tr("Link"));
    m_fileButton->setText(tr("Add evidence file…"));
    m_correctButton->setText(tr("Correct finding…"));
    m_conclusion->setPlaceholderText(tr("Conclusion (optional: a count of the findings when empty)"));
    m_completeButton->setText(tr("Complete audit…"));
    m_reportButton->setText(tr("Audit report…"));
}

}  // namespace cnms::gui
