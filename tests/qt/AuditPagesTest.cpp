// SPDX-License-Identifier: MIT
// The audit pages on the demo project: answering the checklist with number keys (evidence written
// in place), a completed audit read-only in the UI, completion raising NCs, the programme calendar
// and its uncovered clauses, the independence warning that needs a reason, findings filters, and
// the NC workflow buttons (a refused step shows the reason, an allowed one is recorded in history).
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "AuditChecklistPage.h"
#include "AuditPlanDialog.h"
#include "AuditProgrammePage.h"
#include "AuditText.h"
#include "ChecklistTableModel.h"
#include "FindingsPage.h"
#include "GuiTestSupport.h"
#include "NcStepDialog.h"
#include "NonconformityPage.h"
#include "NonconformityTableModel.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/audit/ChecklistService.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/IsoDate.h"
#include "cnms/report/ReportPreviewDialog.h"

using namespace cnms;
using namespace cnms::gui;

namespace {
std::string today() { return QDate::currentDate().toString(Qt::ISODate).toStdString(); }

Audit draftAudit(const std::string& clauses) {
    Audit a;
    a.title = "GUI test audit";
    a.objective = "Check the monitoring records";
    a.criteria = "The standard";
    a.clauseSelection = clauses;
    a.startDate = today();
    a.endDate = today();
    a.lead = {"Auditor Test", "Quality"};
    return a;
}

std::optional<Audit> completedDemoAudit(ProjectStore& store) {
    for (const auto& a : AuditPlanService(ServiceContext(store)).audits())
        if (a.isCompleted()) return a;
    return std::nullopt;
}
}  // namespace

class AuditPagesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("AuditPagesTest"); }

    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("a%1.cnms").arg(++m_counter));
        test::createDemoProject(m_path);
        m_session = ProjectSession::open(m_path);
    }

    void cleanup() {
        m_session.reset();
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
        m_dialogs.fileAnswers.clear();
    }

    void numberKeysAnswerItemsAndEvidenceIsWrittenInPlace() {
        const Audit audit = AuditPlanService(ServiceContext(m_session->store())).plan(draftAudit("9.1"));
        AuditChecklistPage page(PageContext{*m_session, m_dialogs});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showAudit(audit.id);
        QVERIFY(page.model()->rowCount() >= 3);
        QTableView* view = page.view();
        view->setFocus();
        view->setCurrentIndex(page.model()->index(0, ChecklistTableModel::ResultColumn));

        // "1" on an item without evidence: a draft, and the evidence editor opens on that item.
        QTest::keyClick(view, Qt::Key_1);
        QVERIFY(page.model()->hasDraft(0));
        auto* editor = view->findChild<QLineEdit*>();  // the delegate's editor of the evidence cell
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(view->currentIndex().column(), int(ChecklistTableModel::EvidenceColumn));
        test::typeText(editor, QStringLiteral("查阅监测计划，抽样核对"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex().row(), 1);  // stored, and on to the next item

        auto stored = ChecklistService(ServiceContext(m_session->store())).items(audit.id);
        QVERIFY(stored[0].result == FindingResult::Conforming);
        QVERIFY(stored[0].evidence == std::string("查阅监测计划，抽样核对"));
        QVERIFY(!page.model()->hasDraft(0));

        // Evidence first, then "3": stored at once as a minor nonconformity, and the next item is current.
        QVERIFY(page.model()->setData(page.model()->index(1, ChecklistTableModel::EvidenceColumn),
                                      QStringLiteral("Meter M07 not calibrated")));
        QVERIFY(page.model()->hasDraft(1));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(view->currentIndex().row(), 2);
        stored = ChecklistService(ServiceContext(m_session->store())).items(audit.id);
        QVERIFY(stored[1].result == FindingResult::MinorNonconformity);
        QVERIFY(stored[1].evidence == std::string("Meter M07 not calibrated"));

        // Progress per clause counts the two answers.
        int answered = 0;
        for (const auto& p : page.model()->progress()) answered += p.answered;
        QCOMPARE(answered, 2);
        QVERIFY(page.progressTable()->rowCount() >= 1);
        QVERIFY(m_dialogs.shown.isEmpty());
    }

    void evidenceFileIsFingerprintedAndAChangeIsFlagged() {
        const Audit audit = AuditPlanService(ServiceContext(m_session->store())).plan(draftAudit("9.1"));
        const QString file = m_dir.filePath(QStringLiteral("evidence-%1.txt").arg(m_counter));
        test::writeBytes(file, "meter readings");
        AuditChecklistPage page(PageContext{*m_session, m_dialogs});
        page.showAudit(audit.id);
        QVERIFY(page.model()->setEvidence(0, QStringLiteral("Readings checked")) == false);  // no result yet: draft
        QVERIFY(page.model()->setResult(0, FindingResult::Conforming));
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        m_dialogs.fileAnswers << file;
        page.addFile();
        auto item = ChecklistService(ServiceContext(m_session->store())).items(audit.id)[0];
        QCOMPARE(item.files.size(), std::size_t(1));
        QCOMPARE(item.files[0].sha256.size(), std::size_t(64));
        QVERIFY(page.model()->fileStates(0) == std::vector<FileState>{FileState::Unchanged});

        test::writeBytes(file, "meter readings, edited later");
        page.model()->reload();
        QVERIFY(page.model()->fileStates(0) == std::vector<FileState>{FileState::Changed});
        QVERIFY(page.model()->index(0, ChecklistTableModel::FilesColumn).data().toString().contains(QStringLiteral("changed")));
        QVERIFY(page.model()->index(0, ChecklistTableModel::FilesColumn).data(Qt::BackgroundRole).isValid());
    }

    void completedAuditIsReadOnlyInTheUi() {
        const auto audit = completedDemoAudit(m_session->store());
        QVERIFY(audit);
        AuditChecklistPage page(PageContext{*m_session, m_dialogs});
        page.show();
        page.showAudit(audit->id);
        QVERIFY(page.model()->isReadOnly());
        const auto before = ChecklistService(ServiceContext(m_session->store())).items(audit->id);
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(0, ChecklistTableModel::ResultColumn));
        QTest::keyClick(page.view(), Qt::Key_3);
        QVERIFY(!page.model()->hasDraft(0));
        QVERIFY(ChecklistService(ServiceContext(m_session->store())).items(audit->id) == before);
        QVERIFY(!(page.model()->flags(page.model()->index(0, ChecklistTableModel::EvidenceColumn)) & Qt::ItemIsEditable));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("completeButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addFileButton"))->isEnabled());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("conclusionEdit"))->isReadOnly());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportButton"))->isEnabled());

        // A correction is a new record linked to the item; the item itself stays as it was.
        const ServiceContext ctx(m_session->store());
        const auto ncsBefore = NonconformityService(ctx).list().size();
        const auto correctionsBefore = m_session->store().checklists().corrections(audit->id).size();
        QVERIFY(before[0].result == FindingResult::Conforming);
        page.view()->setCurrentIndex(page.model()->index(0, ChecklistTableModel::ResultColumn));
        QVERIFY(!page.correctCurrent(FindingResult::MinorNonconformity, QStringLiteral("Rechecked"), QString()));
        QCOMPARE(m_dialogs.shown.last().kind, QStringLiteral("warning"));  // the reason is required
        QVERIFY(page.correctCurrent(FindingResult::MinorNonconformity, QStringLiteral("Rechecked the records"),
                                    QStringLiteral("A second sample showed gaps")));
        QCOMPARE(m_session->store().checklists().corrections(audit->id).size(), correctionsBefore + 1);
        QVERIFY(ChecklistService(ctx).items(audit->id) == before);
        QCOMPARE(NonconformityService(ctx).list().size(), ncsBefore + 1);
        QVERIFY(m_dialogs.shown.last().text.contains(QStringLiteral("NC-")));
        auto* links = page.findChild<QListWidget*>(QStringLiteral("linksList"));
        QVERIFY(links->count() >= 1);
        QVERIFY(links->item(links->count() - 1)->text().contains(QStringLiteral("A second sample showed gaps")));
    }

    void completingRaisesNonconformitiesAndOpensTheReport() {
        const ServiceContext ctx(m_session->store());
        const Audit audit = AuditPlanService(ctx).plan(draftAudit("9.1"));
        AuditChecklistPage page(PageContext{*m_session, m_dialogs});
        page.showAudit(audit.id);
        QVERIFY(!page.completeAudit());  // unanswered items: refused with a warning
        QCOMPARE(m_dialogs.shown.last().kind, QStringLiteral("warning"));
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            page.model()->setEvidence(row, QStringLiteral("seen"));
            QVERIFY(page.model()->setResult(row, row == 0 ? FindingResult::MajorNonconformity : FindingResult::Conforming));
        }
        const auto ncsBefore = NonconformityService(ctx).list().size();
        m_dialogs.confirmAnswers << true;
        QVERIFY(page.completeAudit());
        QVERIFY(page.model()->isReadOnly());
        QCOMPARE(NonconformityService(ctx).list().size(), ncsBefore + 1);
        QVERIFY(m_dialogs.shown.last().text.contains(QStringLiteral("NC-")));

        auto* preview = page.openReport();
        QVERIFY(preview);
        QVERIFY(preview->sheetCount() >= 3);
        preview->close();
    }

    void calendarPlacesAuditsAndHighlightsUncoveredClauses() {
        const ServiceContext ctx(m_session->store());
        AuditProgrammePage page(PageContext{*m_session, m_dialogs});
        // Last year the demo's two completed audits cover every clause.
        const int lastYear = QDate::currentDate().year() - 1;
        page.setYear(lastYear);
        QVERIFY(page.coverage().uncoveredClauses().empty());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("uncoveredLabel"))->text().contains(QString::number(lastYear)));

        // This year's only audit is a focused one: most clauses are uncovered and highlighted.
        Audit planned;
        for (const auto& a : AuditPlanService(ctx).audits())
            if (!a.isCompleted()) planned = a;
        QVERIFY(planned.id != 0);
        const QDate start = QDate::fromString(QString::fromStdString(planned.startDate), Qt::ISODate);
        page.setYear(start.year());
        const auto uncovered = page.coverage().uncoveredClauses();
        QVERIFY(!uncovered.empty());
        int highlighted = 0;
        QTableWidget* table = page.coverageTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() != AuditProgrammePage::tr("Not covered")) continue;
            QVERIFY(table->item(row, 0)->background().style() != Qt::NoBrush);
            ++highlighted;
        }
        QCOMPARE(highlighted, static_cast<int>(uncovered.size()));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("uncoveredLabel"))->text().contains(QString::number(uncovered.size())));
        // The calendar shows the audit in its month and not in the others.
        const int month = start.month();
        QTableWidget* calendar = page.calendar();
        const QString code = QString::fromStdString(planned.code);
        QVERIFY(calendar->item((month - 1) / 4, (month - 1) % 4)->text().contains(code));
        const int other = month == 1 ? 6 : 1;
        if (QDate::fromString(QString::fromStdString(planned.endDate), Qt::ISODate).month() != other)
            QVERIFY(!calendar->item((other - 1) / 4, (other - 1) % 4)->text().contains(code));
    }

    void independenceWarningNeedsAReason() {
        AuditProgrammePage page(PageContext{*m_session, m_dialogs});
        AuditPlanDialog* dialog = page.planAudit();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Metering audit"));
        dialog->findChild<QLineEdit*>(QStringLiteral("objectiveEdit"))->setText(QStringLiteral("Check metering"));
        dialog->findChild<QLineEdit*>(QStringLiteral("clausesEdit"))->setText(QStringLiteral("9.1"));
        dialog->findChild<QLineEdit*>(QStringLiteral("leadEdit"))->setText(QStringLiteral("张伟"));
        dialog->findChild<QLineEdit*>(QStringLiteral("leadDepartmentEdit"))->setText(QStringLiteral("设备部"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("processesEdit"))->setPlainText(QStringLiteral("能源计量; 设备部; 张伟"));
        QVERIFY(!dialog->conflicts().empty());
        const auto before = AuditPlanService(ServiceContext(m_session->store())).audits().size();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("张伟")));
        QCOMPARE(AuditPlanService(ServiceContext(m_session->store())).audits().size(), before);

        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("independenceTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            table->item(row, 2)->setText(QStringLiteral("只审核粉磨站，结论由李明复核"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const auto audits = AuditPlanService(ServiceContext(m_session->store())).audits();
        QCOMPARE(audits.size(), before + 1);
        const auto found = std::find_if(audits.begin(), audits.end(), [](const Audit& a) { return a.title == "Metering audit"; });
        QVERIFY(found != audits.end());
        const Audit& stored = *found;
        QVERIFY(!stored.independence.empty());
        for (const auto& declaration : stored.independence) {
            QVERIFY(declaration.auditor == std::string("张伟"));
            QVERIFY(declaration.reason == std::string("只审核粉磨站，结论由李明复核"));
        }
        QVERIFY(page.selectedAudit());  // the page shows the new audit's year and selects it
    }

    void findingsAreFilteredByAuditResultAndClause() {
        FindingsPage page(PageContext{*m_session, m_dialogs});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = page.model()->rowCount();
        QVERIFY(all > 0);
        page.resultFilter()->setCurrentIndex(page.resultFilter()->findData(static_cast<int>(FindingResult::MinorNonconformity)));
        QVERIFY(page.model()->rowCount() > 0 && page.model()->rowCount() < all);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()->row(row).effective == FindingResult::MinorNonconformity);
        page.resultFilter()->setCurrentIndex(0);
        page.clauseFilter()->setText(QStringLiteral("9"));
        QVERIFY(page.model()->rowCount() > 0);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(QString::fromStdString(page.model()->row(row).item.clauseId).startsWith(QStringLiteral("9.")));
        page.clauseFilter()->clear();
        page.auditFilter()->setCurrentIndex(1);
        const auto chosen = page.auditFilter()->currentData().toLongLong();
        for (int row = 0; row < page.model()->rowCount(); ++row) QVERIFY(page.model()->row(row).audit.id == chosen);
    }

    void refusedStepShowsTheReasonAndAllowedStepIsRecorded() {
        const ServiceContext ctx(m_session->store());
        NonconformityPage page(PageContext{*m_session, m_dialogs});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::optional<Nonconformity> raised;
        for (const auto& nc : NonconformityService(ctx).list())
            if (nc.state == NcState::Raised) raised = nc;
        QVERIFY(raised);
        page.selectNc(raised->id);
        QVERIFY(page.selectedNc() == std::optional<NonconformityId>(raised->id));

        // Close on a raised NC: refused, with the reason the workflow gives; nothing changes.
        QVERIFY(!page.stepButton(nc_workflow::Step::Close)->toolTip().isEmpty());
        page.stepButton(nc_workflow::Step::Close)->click();
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("warning"));
        QVERIFY2(m_dialogs.shown[0].text.contains(QString::fromStdString(raised->code())), qPrintable(m_dialogs.shown[0].text));
        QVERIFY(m_dialogs.shown[0].text.contains(QStringLiteral("implemented and verified")));
        QVERIFY(NonconformityService(ctx).get(raised->id).state == NcState::Raised);

        // The correction is allowed: its form stores it and the history shows the step.
        const int historyRows = page.historyTable()->rowCount();
        NcStepDialog* dialog = page.takeStep(nc_workflow::Step::Contain);
        QVERIFY(dialog);
        dialog->accept();  // empty correction: refused in the form
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Readings re-entered"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QVERIFY(NonconformityService(ctx).get(raised->id).state == NcState::Contained);
        QVERIFY(page.selectedNc() == std::optional<NonconformityId>(raised->id));
        QCOMPARE(page.historyTable()->rowCount(), historyRows + 1);
        QVERIFY(page.stepButton(nc_workflow::Step::AnalyseCause)->toolTip().isEmpty());
    }

    void overdueActionsAreFlagged() {
        NonconformityPage page(PageContext{*m_session, m_dialogs});
        QAbstractItemModelTester tester(page.actionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int overdueNcs = 0, overdueActions = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            overdueNcs += page.model()->index(row, 0).data(NonconformityTableModel::OverdueRole).toBool();
        for (int row = 0; row < page.actionsModel()->rowCount(); ++row) {
            const QModelIndex due = page.actionsModel()->index(row, ActionTableModel::DueColumn);
            if (!due.data(ActionTableModel::OverdueRole).toBool()) continue;
            ++overdueActions;
            QVERIFY(due.data(Qt::BackgroundRole).isValid());
            QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
        }
        QCOMPARE(overdueNcs, 1);  // the demo's major NC with an overdue action
        QVERIFY(overdueActions >= 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ProjectSession> m_session;
    test::ScriptedDialogs m_dialogs;
};

QTEST_MAIN(AuditPagesTest)
#include "AuditPagesTest.moc"
