// SPDX-License-Identifier: MIT
// Adding, editing and deleting sites through the Sites page and its dialog, with undo and redo,
// checked in the model and in the file itself.
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "SiteDialog.h"
#include "SiteTableModel.h"
#include "SitesPage.h"

using namespace cnms;
using namespace cnms::gui;

namespace {
std::optional<Site> findByCode(const std::vector<Site>& sites, const std::string& code) {
    auto it = std::find_if(sites.begin(), sites.end(), [&](const Site& s) { return s.code == code; });
    return it == sites.end() ? std::nullopt : std::optional<Site>(*it);
}

int modelRowOf(const SiteTableModel& model, const QString& code) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, SiteTableModel::Code).data().toString() == code) return row;
    return -1;
}
}  // namespace

class SiteEditingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("SiteEditingTest"); }

    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.cnms").arg(++m_counter));
        test::createProjectWithDemoSites(m_path);
        m_session = ProjectSession::open(m_path);
        m_page = std::make_unique<SitesPage>(PageContext{*m_session, m_dialogs});
        m_page->resize(900, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() {
        m_page.reset();
        m_session.reset();
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
    }

    void addsASiteThroughTheDialogIntoTheModelAndTheFile() {
        SiteDialog* dialog = m_page->addSite();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit*>("codeEdit"), "NB-PORT");
        test::typeText(dialog->findChild<QLineEdit*>("nameEdit"), "宁波码头");
        auto* province = dialog->findChild<QComboBox*>("provinceCombo");
        province->setCurrentIndex(province->findData(QStringLiteral("浙江")));
        test::typeText(dialog->findChild<QLineEdit*>("addressEdit"), "宁波市北仑区");
        dialog->findChild<QDoubleSpinBox*>("equityShareSpin")->setValue(60.0);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);

        QCOMPARE(m_page->model()->rowCount(), 4);
        int row = modelRowOf(*m_page->model(), "NB-PORT");
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->index(row, SiteTableModel::Name).data().toString(), QStringLiteral("宁波码头"));
        QCOMPARE(m_page->model()->index(row, SiteTableModel::EquityShare).data(SiteTableModel::SortRole).toDouble(),
                 60.0);

        auto stored = findByCode(test::sitesInFile(m_path), "NB-PORT");
        QVERIFY(stored.has_value());
        QCOMPARE(QString::fromStdString(stored->name), QStringLiteral("宁波码头"));
        QCOMPARE(QString::fromStdString(stored->province), QStringLiteral("浙江"));
        QCOMPARE(stored->equitySharePct, 60.0);
        QCOMPARE(m_page->selectedSite(), std::optional<SiteId>(stored->id));  // the new row is selected
    }

    void undoRemovesTheAddedSiteAndRedoRestoresItWithItsId() {
        Site added = m_session->addSite({0, "NB-PORT", "宁波码头", "浙江", "", 100});
        QUndoStack* stack = m_session->undoStack();
        QCOMPARE(stack->count(), 1);

        stack->undo();
        QCOMPARE(m_page->model()->rowCount(), 3);
        QVERIFY(!findByCode(test::sitesInFile(m_path), "NB-PORT"));

        stack->redo();
        QCOMPARE(m_page->model()->rowCount(), 4);
        auto stored = findByCode(test::sitesInFile(m_path), "NB-PORT");
        QVERIFY(stored.has_value());
        QCOMPARE(stored->id, added.id);
    }

    void deleteAsksThenUndoRestoresTheSameIdAndFields() {
        const Site before = *findByCode(m_session->sites(), "HZ-GRD");
        m_page->selectSite(before.id);

        m_dialogs.confirmAnswers << false;  // the user says no first
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("confirm"));
        QVERIFY(m_dialogs.shown[0].text.contains("HZ-GRD"));

        m_dialogs.confirmAnswers << true;
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(!findByCode(test::sitesInFile(m_path), "HZ-GRD"));

        m_session->undoStack()->undo();
        QCOMPARE(m_page->model()->rowCount(), 3);
        auto restored = findByCode(test::sitesInFile(m_path), "HZ-GRD");
        QVERIFY(restored.has_value());
        QCOMPARE(*restored, before);  // same id, same fields
        QCOMPARE(m_page->selectedSite(), std::optional<SiteId>(before.id));
    }

    void editThroughTheDialogIsUndoable() {
        const Site before = *findByCode(m_session->sites(), "HZ-HQ");
        m_page->selectSite(before.id);
        SiteDialog* dialog = m_page->editSelected();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>("nameEdit");
        QCOMPARE(name->text(), QString::fromStdString(before.name));
        name->clear();
        test::typeText(name, "杭州总部（新址）");
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(m_session->site(before.id)->name, std::string("杭州总部（新址）"));
        int row = m_page->model()->rowOf(before.id);
        QCOMPARE(m_page->model()->index(row, SiteTableModel::Name).data().toString(),
                 QStringLiteral("杭州总部（新址）"));

        m_session->undoStack()->undo();
        QCOMPARE(*test::reopen(m_path)->sites().find(before.id), before);
        QCOMPARE(m_page->model()->index(row, SiteTableModel::Name).data().toString(),
                 QString::fromStdString(before.name));
    }

    void theDialogRefusesADuplicateCodeAndStaysOpen() {
        SiteDialog* dialog = m_page->addSite();
        QTest::keyClicks(dialog->findChild<QLineEdit*>("codeEdit"), "HZ-HQ");
        auto* codeIssue = dialog->findChild<QLabel*>("codeIssue");
        QVERIFY(codeIssue->isVisible());  // checked while typing
        QVERIFY(!codeIssue->text().isEmpty());

        QVERIFY(!dialog->submit());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>("nameIssue")->isVisible());  // the missing name too
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(test::sitesInFile(m_path).size(), std::size_t(3));
        dialog->reject();
    }

    void searchFiltersTheTable() {
        auto* search = m_page->findChild<QLineEdit*>("searchEdit");
        test::typeText(search, "杭州");
        QCOMPARE(m_page->view()->model()->rowCount(), 2);  // HZ-GRD and HZ-HQ by name and address
        search->clear();
        QTest::keyClicks(search, "cx-clk");  // case does not matter
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        search->clear();
        QCOMPARE(m_page->view()->model()->rowCount(), 3);
    }

    void aRefusedActionLeavesNothingOnTheUndoStack() {
        QVERIFY_THROWS_EXCEPTION(ValidationError, m_session->addSite({0, "HZ-HQ", "重复", "", "", 100}));
        QVERIFY_THROWS_EXCEPTION(ValidationError, m_session->addSite({0, "X", "超比例", "", "", 120}));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(m_page->model()->rowCount(), 3);
    }

    void anUndoThatNoLongerAppliesIsReportedAndDropped() {
        Site added = m_session->addSite({0, "NB-PORT", "宁波码头", "浙江", "", 100});
        {   // another program removes the site behind the workbench's back
            auto other = test::reopen(m_path);
            auto work = other->begin("remove elsewhere");
            other->sites().remove(added.id);
            work->commit();
        }
        QSignalSpy failed(m_session.get(), &ProjectSession::commandFailed);
        m_session->undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed[0][0].toString().isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 0);  // the stale command is gone, not left to fail again
        QVERIFY(!m_session->undoStack()->canRedo());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<SitesPage> m_page;
};

QTEST_MAIN(SiteEditingTest)
#include "SiteEditingTest.moc"
