// SPDX-License-Identifier: MIT
#include "ManagementReviewPage.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "CatalogueText.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/review/ManagementReviewService.h"

namespace cnms::gui {
namespace {

using review::InputKind;
using review::ManagementReview;

QString q(const std::string& text) { return QString::fromStdString(text); }
std::string s(const QString& text) { return text.trimmed().toStdString(); }
QDate dateOf(const std::string& iso) { return QDate::fromString(q(iso), Qt::ISODate); }
std::string isoOf(const QDate& date) { return date.toString(Qt::ISODate).toStdString(); }

QDateEdit* dateEdit() {
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QPlainTextEdit* textEdit(int lines) {
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

}  // namespace

ManagementReviewPage::ManagementReviewPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context) {
    buildUi();
    retranslate();
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(m_list->count() - 1);  // the latest review
    else
        startNew();
}

void ManagementReviewPage::buildUi() {
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal);
    layout->addWidget(splitter);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_newButton = new QPushButton;
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(m_newButton);
    splitter->addWidget(left);

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    m_issues = new QLabel;
    m_issues->setObjectName(QStringLiteral("reviewIssues"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issues->hide();
    editorLayout->addWidget(m_state);
    editorLayout->addWidget(m_issues);

    m_recordBox = new QGroupBox;
    auto* record = new QFormLayout(m_recordBox);
    m_title = new QLineEdit;
    m_chair = new QLineEdit;
    m_attendees = new QLineEdit;
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_chair->setObjectName(QStringLiteral("reviewChair"));
    m_attendees->setObjectName(QStringLiteral("reviewAttendees"));
    m_date = dateEdit();
    m_from = dateEdit();
    m_to = dateEdit();
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–")));
    period->addWidget(m_to);
    period->addStretch();
    m_titleLabel = new QLabel, m_dateLabel = new QLabel, m_chairLabel = new QLabel, m_attendeesLabel = new QLabel,
    m_periodLabel = new QLabel;
    record->addRow(m_titleLabel, m_title);
    record->addRow(m_dateLabel, m_date);
    record->addRow(m_chairLabel, m_chair);
    record->addRow(m_attendeesLabel, m_attendees);
    record->addRow(m_periodLabel, period);
    editorLayout->addWidget(m_recordBox);

    m_inputsBox = new QGroupBox;
    auto* inputs = new QVBoxLayout(m_inputsBox);
    for (auto kind : review::allInputKinds()) {
        InputWidgets w;
        w.box = new QGroupBox;
        auto* box = new QVBoxLayout(w.box);
        w.facts = new QLabel;
        w.facts->setWordWrap(true);
        w.facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
        w.facts->setTextFormat(Qt::PlainText);
        w.comment = textEdit(2);
        w.comment->setObjectName(QStringLiteral("comment_") + q(std::string(toString(kind))));
        box->addWidget(w.facts);
        box->addWidget(w.comment);
        inputs->addWidget(w.box);
        m_inputs[kind] = w;
    }
    editorLayout->addWidget(m_inputsBox);

    m_outputsBox = new QGroupBox;
    auto* outputs = new QFormLayout(m_outputsBox);
    m_suitability = textEdit(2), m_adequacy = textEdit(2), m_effectiveness = textEdit(2);
    m_decisions = textEdit(4), m_resources = textEdit(2), m_policy = textEdit(2);
    m_suitability->setObjectName(QStringLiteral("suitability"));
    m_adequacy->setObjectName(QStringLiteral("adequacy"));
    m_effectiveness->setObjectName(QStringLiteral("effectiveness"));
    m_decisions->setObjectName(QStringLiteral("decisions"));
    m_suitabilityLabel = new QLabel, m_adequacyLabel = new QLabel, m_effectivenessLabel = new QLabel,
    m_decisionsLabel = new QLabel, m_resourcesLabel = new QLabel, m_policyLabel = new QLabel;
    outputs->addRow(m_suitabilityLabel, m_suitability);
    outputs->addRow(m_adequacyLabel, m_adequacy);
    outputs->addRow(m_effectivenessLabel, m_effectiveness);
    outputs->addRow(m_decisionsLabel, m_decisions);
    outputs->addRow(m_resourcesLabel, m_resources);
    outputs->addRow(m_policyLabel, m_policy);
    editorLayout->addWidget(m_outputsBox);

    m_actionsBox = new QGroupBox;
    auto* actions = new QVBoxLayout(m_actionsBox);
    m_actions = new QTableWidget(0, 5);
    m_actions->setObjectName(QStringLiteral("reviewActions"));
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_actions->setMinimumHeight(120);
    actions->addWidget(m_actions);
    auto* addRow = new QHBoxLayout;
    m_actionText = new QLineEdit;
    m_actionText->setObjectName(QStringLiteral("actionDescription"));
    m_actionOwner = new QLineEdit;
    m_actionOwner->setObjectName(QStringLiteral("actionOwner"));
    m_actionDue = dateEdit();
    m_actionDue->setDate(QDate::currentDate().addMonths(3));  // a sensible first due date, changed at will
    m_addAction = new QPushButton;
    addRow->addWidget(m_actionText, 3);
    addRow->addWidget(m_actionOwner, 1);
    addRow->addWidget(m_actionDue);
    addRow->addWidget(m_addAction);
    actions->addLayout(addRow);
    editorLayout->addWidget(m_actionsBox);

    auto* buttons = new QHBoxLayout;
    m_compileButton = new QPushButton;
    m_saveButton = new QPushButton;
    m_holdButton = new QPushButton;
    m_holdButton->setObjectName(QStringLiteral("holdReview"));
    buttons->addWidget(m_compileButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_holdButton);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(editor);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll);
    rightLayout->addLayout(buttons);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 700});

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        selectReview(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        startNew();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_compileButton, &QPushButton::clicked, this, [this] { recompile(); });
    connect(m_holdButton, &QPushButton::clicked, this, [this] { hold(); });
    connect(m_addAction, &QPushButton::clicked, this, [this] { addAction(); });
}

QString ManagementReviewPage::inputTitle(InputKind kind) const {
    switch (kind) {
    case InputKind::PreviousActions: return tr("Status of actions from previous reviews");
    case InputKind::Changes:
        return tr("Changes in issues, interested parties, compliance obligations, risks and opportunities");
    case InputKind::CarbonPerformance: return tr("Carbon performance");
    case InputKind::AuditResults: return tr("Internal audit results");
    case InputKind::Nonconformities: return tr("Nonconformities and corrective actions");
    case InputKind::ComplianceEvaluation: return tr("Results of the evaluation of compliance");
    case InputKind::MonitoringResults: return tr("Monitoring and measurement results");
    case InputKind::Resources: return tr("Adequacy of resources");
    case InputKind::Communications: return tr("Communications from interested parties");
    case InputKind::Improvement: return tr("Opportunities for continual improvement");
    }
    return {};
}

void ManagementReviewPage::retranslate() {
    m_newButton->setText(tr("New review"));
    m_recordBox->setTitle(tr("Review"));
    m_titleLabel->setText(tr("Title"));
    m_dateLabel->setText(tr("Meeting date"));
    m_chairLabel->setText(tr("Chair (top management)"));
    m_attendeesLabel->setText(tr("Attendees"));
    m_attendees->setPlaceholderText(tr("Names separated by semicolons"));
    m_periodLabel->setText(tr("Period covered"));
    m_inputsBox->setTitle(tr("Inputs (compiled from the project)"));
    for (auto& [kind, w] : m_inputs) {
        w.box->setTitle(inputTitle(kind));
        w.comment->setPlaceholderText(tr("Comment of the review on this input"));
    }
    m_outputsBox->setTitle(tr("Outputs"));
    m_suitabilityLabel->setText(tr("Suitability"));
    m_adequacyLabel->setText(tr("Adequacy"));
    m_effectivenessLabel->setText(tr("Effectiveness"));
    m_decisionsLabel->setText(tr("Decisions (one a line)"));
    m_resourcesLabel->setText(tr("Resource needs"));
    m_policyLabel->setText(tr("Changes to policy or targets"));
    m_actionsBox->setTitle(tr("Actions (actions register)"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Description"), tr("Owner"), tr("Due"), tr("Status")});
    m_actionText->setPlaceholderText(tr("What is to be done"));
    m_actionOwner->setPlaceholderText(tr("Owner"));
    m_addAction->setText(tr("Add action"));
    m_compileButton->setText(tr("Compile inputs again"));
    m_saveButton->setText(tr("Save"));
    m_holdButton->setText(tr("Hold review…"));
    if (m_list) reloadList();
    showReview(m_current);
}

void ManagementReviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ManagementReviewPage::reloadList() {
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (const auto& r : m_context.session.store().managementReviews().list()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3\n%4")
                                             .arg(q(r.code()), q(r.meetingDate),
                                                  r.isHeld() ? tr("held") : tr("draft"), q(r.title)));
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(r.id));
        m_list->addItem(item);
        if (r.id == m_current.id && m_current.id != 0) select = m_list->count() - 1;
    }
    m_list->setCurrentRow(select);
}

bool ManagementReviewPage::selectReview(review::ReviewId id) {
    auto found = m_context.session.store().managementReviews().find(id);
    if (!found) return false;
    m_issues->hide();
    showReview(*found);
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id && m_list->currentRow() != row) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(row);
        }
    return true;
}

void ManagementReviewPage::startNew() {
    ManagementReview r;
    const QDate today = QDate::currentDate();
    const int year = today.year() - 1;
    r.title = tr("Management review %1").arg(year).toStdString();
    r.meetingDate = isoOf(today);
    r.periodFrom = isoOf(QDate(year, 1, 1));
    r.periodTo = isoOf(QDate(year, 12, 31));
    m_issues->hide();
    showReview(r);
}

void ManagementReviewPage::showReview(const ManagementReview& r) {
    m_current = r;
    m_title->setText(q(r.title));
    m_chair->setText(q(r.chair));
    QStringList attendees;
    for (const auto& a : r.attendees) attendees << q(a);
    m_attendees->setText(attendees.join(QStringLiteral("; ")));
    m_date->setDate(r.meetingDate.empty() ? QDate::currentDate() : dateOf(r.meetingDate));
    m_from->setDate(dateOf(r.periodFrom));
    m_to->setDate(dateOf(r.periodTo));
    const std::string lang = catalogue_text::chinese() ? "zh" : "en";
    for (auto& [kind, w] : m_inputs) {
        const auto* in = r.input(kind);
        QStringList lines;
        if (in)
            for (const auto& fact : in->facts) lines << QStringLiteral("• ") + q(review::factText(fact, lang));
        w.facts->setText(in ? lines.join(QLatin1Char('\n')) : tr("Compiled when the review is saved."));
        w.comment->setPlainText(in ? q(in->comment) : QString());
    }
    m_suitability->setPlainText(q(r.suitability));
    m_adequacy->setPlainText(q(r.adequacy));
    m_effectiveness->setPlainText(q(r.effectiveness));
    QStringList decisions;
    for (const auto& d : r.decisions) decisions << q(d);
    m_decisions->setPlainText(decisions.join(QLatin1Char('\n')));
    m_resources->setPlainText(q(r.resourceNeeds));
    m_policy->setPlainText(q(r.policyChanges));
    fillActions();

    if (r.id == 0)
        m_state->setText(tr("New review: fill in the meeting and save; the inputs are then compiled from the project."));
    else if (r.isHeld())
        m_state->setText(tr("%1 was held on %2 (recorded by %3). A held review is read-only.")
                             .arg(q(r.code()), q(r.meetingDate), q(r.heldBy)));
    else
        m_state->setText(tr("%1 is a draft. Inputs compiled %2.").arg(q(r.code()), q(r.compiledAt)));
    setReadOnly(r.isHeld() || m_context.session.isReadOnly());
}

void ManagementReviewPage::fillActions() {
    m_actions->setRowCount(0);
    if (m_current.id == 0) return;
    review::ManagementReviewService service(ServiceContext(m_context.session.store()));
    for (const auto& a : service.actions(m_current.id)) {
        const int row = m_actions->rowCount();
        m_actions->insertRow(row);
        const QStringList cells{q(a.code()), q(a.description), q(a.owner), q(a.dueDate),
                                a.status == ActionStatus::Implemented ? tr("implemented") : tr("open")};
        for (int c = 0; c < cells.size(); ++c) m_actions->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_actions->resizeColumnToContents(0);
}

void ManagementReviewPage::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QLineEdit* e : {m_title, m_chair, m_attendees, m_actionText, m_actionOwner}) e->setReadOnly(readOnly);
    for (QDateEdit* e : {m_date, m_from, m_to, m_actionDue}) e->setReadOnly(readOnly);
    for (QPlainTextEdit* e : {m_suitability, m_adequacy, m_effectiveness, m_decisions, m_resources, m_policy})
        e->setReadOnly(readOnly);
    for (auto& [kind, w] : m_inputs) w.comment->setReadOnly(readOnly);
    m_saveButton->setEnabled(!readOnly);
    m_holdButton->setEnabled(!readOnly && m_current.id != 0);
    m_compileButton->setEnabled(!readOnly && m_current.id != 0);
    m_addAction->setEnabled(!readOnly && m_current.id != 0);
    const QString why = m_current.isHeld() ? tr("The review has been held and is read-only.") : QString();
    for (QWidget* w : {static_cast<QWidget*>(m_saveButton), static_cast<QWidget*>(m_holdButton),
                       static_cast<QWidget*>(m_compileButton), static_cast<QWidget*>(m_addAction)})
        w->setToolTip(why);
}

ManagementReview ManagementReviewPage::fromEditor() const {
    ManagementReview r = m_current;
    r.title = s(m_title->text());
    r.chair = s(m_chair->text());
    r.attendees.clear();
    for (const QString& part : m_attendees->text().split(QRegularExpression(QStringLiteral("[;；、]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) r.attendees.push_back(s(part));
    r.meetingDate = isoOf(m_date->date());
    r.periodFrom = isoOf(m_from->date());
    r.periodTo = isoOf(m_to->date());
    for (auto& [kind, w] : m_inputs)
        if (auto* in = r.input(kind)) in->comment = w.comment->toPlainText().trimmed().toStdString();
    r.suitability = s(m_suitability->toPlainText());
    r.adequacy = s(m_adequacy->toPlainText());
    r.effectiveness = s(m_effectiveness->toPlainText());
    r.decisions.clear();
    for (const QString& line : m_decisions->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty()) r.decisions.push_back(s(line));
    r.resourceNeeds = s(m_resources->toPlainText());
    r.policyChanges = s(m_policy->toPlainText());
    return r;
}

QString ManagementReviewPage::issueText(const FieldIssue& issue) const {
    const std::map<std::string, QString> fields = {
        {"title", tr("Title")},           {"meeting_date", tr("Meeting date")},
        {"chair", tr("Chair")},           {"attendees", tr("Attendees")},
        {"period_from", tr("Period covered")}, {"period_to", tr("Period covered")},
        {"suitability", tr("Suitability")}, {"adequacy", tr("Adequacy")},
        {"effectiveness", tr("Effectiveness")}, {"decisions", tr("Decisions")},
        {"description", tr("Description")}, {"owner", tr("Owner")},
        {"due", tr("Due")},               {"inputs", tr("Inputs")},
    };
    auto it = fields.find(issue.field);
    const QString field = it == fields.end() ? q(issue.field) : it->second;
    if (issue.code == "required") return tr("%1: required.").arg(field);
    if (issue.code == "date_invalid") return tr("%1: not a valid date.").arg(field);
    if (issue.code == "before_start") return tr("%1: the period ends before it starts.").arg(field);
    if (issue.code == "in_future") return tr("%1: the meeting has not taken place yet.").arg(field);
    if (issue.code == "empty_entry") return tr("%1: an entry has no name.").arg(field);
    if (issue.code == "not_compiled") return tr("%1: compile the inputs first.").arg(field);
    return field + QStringLiteral(": ") + q(issue.message);
}

void ManagementReviewPage::showIssues(const std::vector<FieldIssue>& issues) {
    QStringList lines;
    for (const auto& i : issues) lines << issueText(i);
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void ManagementReviewPage::showError(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const ValidationError& e) {
        showIssues(e.issues());
    } catch (const RefusedError& e) {
        const QString text = e.code() == "review_held" ? tr("%1 has been held: it is read-only and cannot be changed.")
                                                             .arg(q(m_current.code()))
                             : e.code() == "review_has_actions"
                                 ? tr("The review has actions in the actions register.")
                                 : q(e.what());
        m_context.dialogs.warning(this, tr("Management review"), text);
    } catch (...) {
        m_context.dialogs.critical(this, tr("Management review"), ErrorText::exception(std::current_exception()));
    }
}

bool ManagementReviewPage::save() {
    review::ManagementReviewService service(ServiceContext(m_context.session.store()));
    try {
        auto r = fromEditor();
        auto stored = r.id == 0 ? service.create(r) : service.update(r);
        m_issues->hide();
        m_current = stored;
        reloadList();
        showReview(stored);
        m_context.session.notifyRecordsChanged(QString::fromUtf8(review::kRecordType.data()));
        return true;
    } catch (...) {
        showError(std::current_exception());
        return false;
    }
}

bool ManagementReviewPage::recompile() {
    if (m_current.id == 0 || !save()) return false;
    review::ManagementReviewService service(ServiceContext(m_context.session.store()));
    try {
        showReview(service.recompile(m_current.id));
        return true;
    } catch (...) {
        showError(std::current_exception());
        return false;
    }
}

bool ManagementReviewPage::addAction() {
    if (m_current.id == 0) return false;
    review::ManagementReviewService service(ServiceContext(m_context.session.store()));
    try {
        Action a;
        a.description = s(m_actionText->text());
        a.owner = s(m_actionOwner->text());
        a.dueDate = isoOf(m_actionDue->date());
        service.addAction(m_current.id, a);
        m_actionText->clear();
        m_actionOwner->clear();
        m_issues->hide();
        fillActions();
        m_context.session.notifyRecordsChanged(QStringLiteral("corrective_action"));
        return true;
    } catch (...) {
        showError(std::current_exception());
        return false;
    }
}

bool ManagementReviewPage::hold() {
    if (m_current.id == 0 || m_readOnly || !save()) return false;
    if (!m_context.dialogs.confirm(this, tr("Hold review"),
                                   tr("Record %1 as held on %2, chaired by %3? A held review can no longer be "
                                      "changed.")
                                       .arg(q(m_current.code()), q(m_current.meetingDate), q(m_current.chair)),
                                   tr("Hold review")))
        return false;
    review::ManagementReviewService service(ServiceContext(m_context.session.store()));
    try {
        auto held = service.hold(m_current.id);
        m_issues->hide();
        m_current = held;
        reloadList();
        showReview(held);
        m_context.session.notifyRecordsChanged(QString::fromUtf8(review::kRecordType.data()));
        return true;
    } catch (...) {
        showError(std::current_exception());
        return false;
    }
}

}  // namespace cnms::gui
