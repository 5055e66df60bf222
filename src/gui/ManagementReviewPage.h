// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <map>
#include <vector>

#include "PageRegistry.h"
#include "cnms/review/ManagementReview.h"

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cnms::gui {

/**
 * Management reviews: the list of reviews, and an editor for the selected one with the record
 * (meeting, chair, attendees, period), every input as compiled from the project with a comment
 * field, the outputs, and the review's actions from the actions register. "Hold review" records it
 * as held after a confirmation; a held review is shown read-only with who held it and when.
 */
class ManagementReviewPage : public QWidget {
    Q_OBJECT
public:
    ManagementReviewPage(const PageContext& context, QWidget* parent = nullptr);

    /** The review shown in the editor (id 0 while a new one is being drafted). */
    const review::ManagementReview& current() const { return m_current; }
    /** Selects a review of the list by id; false when it is not listed. */
    bool selectReview(review::ReviewId id);
    /** Clears the editor for a new review. */
    void startNew();
    /** Stores the editor (creates the review when new); false and the issues shown when refused. */
    bool save();
    /** Compiles the inputs again from the project, keeping the comments. */
    bool recompile();
    /** Adds the action typed into the action fields; false and the issues shown when refused. */
    bool addAction();
    /** Saves, asks for confirmation and holds the review; false when declined or refused. */
    bool hold();
    /** True when the editor only shows (a held review). */
    bool isReadOnly() const { return m_readOnly; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void reloadList();
    void showReview(const review::ManagementReview& review);
    review::ManagementReview fromEditor() const;
    void setReadOnly(bool readOnly);
    void showIssues(const std::vector<FieldIssue>& issues);
    void showError(std::exception_ptr error);
    QString issueText(const FieldIssue& issue) const;
    QString inputTitle(review::InputKind kind) const;
    void fillActions();

    PageContext m_context;
    review::ManagementReview m_current;
    bool m_readOnly = false;

    QListWidget* m_list = nullptr;
    QPushButton *m_newButton = nullptr, *m_saveButton = nullptr, *m_compileButton = nullptr, *m_holdButton = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_issues = nullptr;
    QGroupBox *m_recordBox = nullptr, *m_inputsBox = nullptr, *m_outputsBox = nullptr, *m_actionsBox = nullptr;
    QLabel *m_titleLabel = nullptr, *m_dateLabel = nullptr, *m_chairLabel = nullptr, *m_attendeesLabel = nullptr,
           *m_periodLabel = nullptr;
    QLineEdit *m_title = nullptr, *m_chair = nullptr, *m_attendees = nullptr;
    QDateEdit *m_date = nullptr, *m_from = nullptr, *m_to = nullptr;
    struct InputWidgets {
        QGroupBox* box = nullptr;
        QLabel* facts = nullptr;
        QPlainTextEdit* comment = nullptr;
    };
    std::map<review::InputKind, InputWidgets> m_inputs;
    QLabel *m_suitabilityLabel = nullptr, *m_adequacyLabel = nullptr, *m_effectivenessLabel = nullptr,
           *m_decisionsLabel = nullptr, *m_resourcesLabel = nullptr, *m_policyLabel = nullptr;
    QPlainTextEdit *m_suitability = nullptr, *m_adequacy = nullptr, *m_effectiveness = nullptr,
                   *m_decisions = nullptr, *m_resources = nullptr, *m_policy = nullptr;
    QTableWidget* m_actions = nullptr;
    QLineEdit *m_actionText = nullptr, *m_actionOwner = nullptr;
    QDateEdit* m_actionDue = nullptr;
    QPushButton* m_addAction = nullptr;
};

}  // namespace cnms::gui
