// SPDX-License-Identifier: MIT
// The readiness navigator on the demo project: the same figures as ReadinessService, and "Go to
// page" opening the register that fixes a clause's first gap.
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ReadinessPage.h"
#include "ScriptedDialogs.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/Today.h"

using namespace cnms;
using namespace cnms::gui;

class ReadinessPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("ReadinessPageTest");
        QVERIFY(m_languages.apply("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.cnms"));
        test::createDemoProject(m_path);  // the demo includes its registers, with gaps on purpose
    }

    void showsTheServicesOverallPercentage() {
        auto session = ProjectSession::open(m_path);
        ReadinessPage page(PageContext{*session, m_dialogs});
        const auto expected = records::projectReadiness(session->store()).evaluate(records::SystemToday().date());
        QVERIFY(expected.percent > 0 && expected.percent < 100);  // the demo has gaps on purpose
        QCOMPARE(page.report().percent, expected.percent);
        QCOMPARE(page.findChild<QLabel*>("overallPercent")->text(),
                 QStringLiteral("%1 %").arg(expected.percent, 0, 'f', 0));
        QCOMPARE(page.report().clauses.size(), expected.clauses.size());
    }

    void goToOpensThePageOfTheFirstGap() {
        MainWindow window(m_dialogs, m_languages);
        window.setSession(ProjectSession::open(m_path));
        QVERIFY(window.showPage(QStringLiteral("readiness")));
        auto* page = qobject_cast<ReadinessPage*>(window.page(QStringLiteral("readiness")));
        QVERIFY(page);
        // The demo has no design review yet: its clause's fix is the design review register.
        const records::ClauseReadiness* gap = nullptr;
        for (const auto& clause : page->report().clauses)
            if (clause.fixRecordType == "design_review") gap = &clause;
        QVERIFY(gap);
        const QString clauseId = QString::fromStdString(gap->clauseId);
        page->selectClause(clauseId);
        QCOMPARE(page->selectedClause(), clauseId);
        QCOMPARE(page->fixPageFor(clauseId), QStringLiteral("design_review"));
        QVERIFY(page->goToSelected());
        QCOMPARE(window.currentPageId(), QStringLiteral("design_review"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::ScriptedDialogs m_dialogs;
    LanguageManager m_languages;
};

QTEST_MAIN(ReadinessPageTest)
#include "ReadinessPageTest.moc"
