// SPDX-License-Identifier: MIT
// The management review page on the demo project: the held review is read-only, the draft takes
// comments, outputs and actions, and "Hold review…" holds it after a confirmation.
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ManagementReviewPage.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"

using namespace cnms;
using namespace cnms::gui;

class ManagementReviewPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("ManagementReviewPageTest");
        QVERIFY(m_languages.apply("en"));
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_path = m_dir.filePath(QStringLiteral("demo-%1.cnms").arg(++m_count));
        test::createDemoProject(m_path);
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
    }

    void listsTheDemoReviewsAndShowsTheLatest() {
        auto session = ProjectSession::open(m_path);
        ManagementReviewPage page(PageContext{*session, m_dialogs});
        QCOMPARE(page.findChild<QListWidget*>("reviewList")->count(), 2);
        QVERIFY(page.current().status == review::ReviewStatus::Draft);  // the latest meeting is this year's draft
        QVERIFY(!page.isReadOnly());
        // The compiled inputs are shown with the comments recorded in the demo.
        auto* comment = page.findChild<QPlainTextEdit*>("comment_carbon_performance");
        QVERIFY(comment);
        QVERIFY(!comment->toPlainText().isEmpty());
    }

    void aHeldReviewIsReadOnlyAndSaysWhy() {
        auto session = ProjectSession::open(m_path);
        ManagementReviewPage page(PageContext{*session, m_dialogs});
        review::ManagementReview held;
        for (const auto& r : session->store().managementReviews().list())
            if (r.isHeld()) held = r;
        QVERIFY(page.selectReview(held.id));
        QVERIFY(page.isReadOnly());
        QVERIFY(page.findChild<QPlainTextEdit*>("decisions")->isReadOnly());
        QVERIFY(!page.findChild<QPushButton*>("holdReview")->isEnabled());
        QVERIFY(page.findChild<QLabel*>("reviewState")->text().contains(QStringLiteral("read-only")));
        QCOMPARE(page.findChild<QTableWidget*>("reviewActions")->rowCount(), 2);
        QVERIFY(!page.hold());
        QVERIFY(m_dialogs.shown.isEmpty());  // nothing asked: the button is off and hold() refuses at once
    }

    void holdingNeedsTheOutputsThenConfirmation() {
        auto session = ProjectSession::open(m_path);
        ManagementReviewPage page(PageContext{*session, m_dialogs});
        const auto id = page.current().id;

        // Without conclusions and decisions the review is refused, naming what is missing.
        m_dialogs.confirmAnswers = {true};
        page.findChild<QPlainTextEdit*>("adequacy")->clear();
        QVERIFY(!page.hold());
        auto* issues = page.findChild<QLabel*>("reviewIssues");
        QVERIFY(issues->text().contains(QStringLiteral("Adequacy: required.")));
        QVERIFY(issues->text().contains(QStringLiteral("Decisions: required.")));
        QVERIFY(session->store().managementReviews().find(id)->status == review::ReviewStatus::Draft);

        page.findChild<QPlainTextEdit*>("adequacy")->setPlainText(QStringLiteral("资源充分"));
        page.findChild<QPlainTextEdit*>("effectiveness")->setPlainText(QStringLiteral("体系有效"));
        page.findChild<QPlainTextEdit*>("decisions")->setPlainText(QStringLiteral("启动光伏项目\n\n更新碳目标"));
        page.findChild<QPlainTextEdit*>("comment_audit_results")->setPlainText(QStringLiteral("审核发现已整改"));
        test::typeText(page.findChild<QLineEdit*>("actionDescription"), QStringLiteral("编制光伏项目方案"));
        test::typeText(page.findChild<QLineEdit*>("actionOwner"), QStringLiteral("张伟"));
        QVERIFY(page.addAction());
        QCOMPARE(page.findChild<QTableWidget*>("reviewActions")->rowCount(), 1);

        // Declining the confirmation keeps the draft (with what was saved).
        m_dialogs.confirmAnswers = {false};
        QVERIFY(!page.hold());
        QCOMPARE(m_dialogs.shown.last().kind, QStringLiteral("confirm"));
        auto stored = *session->store().managementReviews().find(id);
        QVERIFY(stored.status == review::ReviewStatus::Draft);
        QCOMPARE(stored.decisions, (std::vector<std::string>{"启动光伏项目", "更新碳目标"}));
        QCOMPARE(stored.input(review::InputKind::AuditResults)->comment, std::string("审核发现已整改"));

        m_dialogs.confirmAnswers = {true};
        QVERIFY(page.hold());
        QVERIFY(page.isReadOnly());
        QVERIFY(test::reopen(m_path)->managementReviews().find(id)->status == review::ReviewStatus::Held);
        QVERIFY(!page.addAction());
    }

    void newReviewIsCreatedOnSave() {
        auto session = ProjectSession::open(m_path);
        ManagementReviewPage page(PageContext{*session, m_dialogs});
        page.startNew();
        QVERIFY(!page.save());  // no chair yet
        QVERIFY(page.findChild<QLabel*>("reviewIssues")->text().contains(QStringLiteral("Chair: required.")));
        page.findChild<QLineEdit*>("reviewChair")->setText(QStringLiteral("陈建国"));
        QVERIFY(page.save());
        QVERIFY(page.current().id != 0);
        QCOMPARE(page.current().inputs.size(), review::allInputKinds().size());
        QCOMPARE(page.findChild<QListWidget*>("reviewList")->count(), 3);
    }

    void isRegisteredUnderTheManagementReviewRecordType() {
        MainWindow window(m_dialogs, m_languages);
        window.setSession(ProjectSession::open(m_path));
        QVERIFY(window.showPage(QStringLiteral("management_review")));
        QVERIFY(qobject_cast<ManagementReviewPage*>(window.page(QStringLiteral("management_review"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    test::ScriptedDialogs m_dialogs;
    LanguageManager m_languages;
};

QTEST_MAIN(ManagementReviewPageTest)
#include "ManagementReviewPageTest.moc"
