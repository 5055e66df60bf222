// SPDX-License-Identifier: MIT
// The generic register page and form: the model's contract, adding through the form built from
// the schema, refusal of a missing required field naming it, the file picker's digest, deletion
// with confirmation and the change history.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "RegisterPage.h"
#include "RegisterRecordDialog.h"
#include "RegisterTableModel.h"
#include "ScriptedDialogs.h"
#include "cnms/io/TabularReader.h"
#include "cnms/records/FileHash.h"
#include "cnms/records/RegisterService.h"

using namespace cnms;
using namespace cnms::gui;

namespace {
const records::RegisterSchema& schemaOf(const char* type) { return records::RegisterSchemas::shipped().get(type); }

void choose(QComboBox* combo, const char* value) {
    QVERIFY(combo);
    const int index = combo->findData(QString::fromLatin1(value));
    QVERIFY2(index >= 0, value);
    combo->setCurrentIndex(index);
}
}  // namespace

class RegisterPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("RegisterPageTest"); }

    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.cnms").arg(++m_counter));
        test::createDemoProject(m_path);
        m_session = ProjectSession::open(m_path);
    }

    void cleanup() {
        m_page.reset();
        m_session.reset();
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
        m_dialogs.fileAnswers.clear();
    }

    void modelPassesTheModelTesterAndListsTheRegister() {
        RegisterTableModel model(*m_session, schemaOf("context_issue"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        records::RegisterService service(m_session->store());
        const auto stored = service.list("context_issue");
        QVERIFY(!stored.empty());
        QCOMPARE(model.rowCount(), static_cast<int>(stored.size()));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 QString::fromStdString(schemaOf("context_issue").fields.front().en));
        model.setSearch(QStringLiteral("no such text anywhere 123"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        QCOMPARE(model.rowCount(), static_cast<int>(stored.size()));
    }

    void highlightsOverdueRecords() {
        // The demo leaves a belt-scale calibration overdue on purpose.
        RegisterTableModel model(*m_session, schemaOf("measuring_instrument"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int overdue = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(RegisterTableModel::OverdueRole).toBool()) {
                ++overdue;
                QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
            }
        QVERIFY(overdue >= 1);
    }

    void addsARecordThroughTheGenericForm() {
        openPage("context_issue");
        const int before = m_page->model()->rowCount();
        RegisterRecordDialog* dialog = m_page->addRecord();
        QVERIFY(dialog && dialog->isVisible());
        test::typeText(dialog->editor("title"), QStringLiteral("碳排放权交易配额收紧"));
        choose(qobject_cast<QComboBox*>(dialog->editor("origin")), "external");
        choose(qobject_cast<QComboBox*>(dialog->editor("category")), "policy");
        choose(qobject_cast<QComboBox*>(dialog->editor("effect")), "adverse");
        qobject_cast<QPlainTextEdit*>(dialog->editor("effect_description"))->setPlainText(QStringLiteral("配额逐年收紧"));
        dialog->editor("last_reviewed")->findChild<QDateEdit*>()->setDate(QDate(2026, 3, 1));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const auto id = dialog->resultId();
        QVERIFY(id > 0);

        QCOMPARE(m_page->model()->rowCount(), before + 1);
        QCOMPARE(m_page->selectedRecord().value_or(0), id);
        auto stored = records::RegisterService(*test::reopen(m_path)).get(id);
        QCOMPARE(stored.text("title"), std::string("碳排放权交易配额收紧"));
        QCOMPARE(stored.text("origin"), std::string("external"));
        QCOMPARE(stored.text("last_reviewed"), std::string("2026-03-01"));
        QVERIFY(!stored.has("review_due"));  // the empty date stays empty
    }

    void refusesAMissingRequiredFieldNamingIt() {
        openPage("context_issue");
        const int before = m_page->model()->rowCount();
        RegisterRecordDialog* dialog = m_page->addRecord();
        choose(qobject_cast<QComboBox*>(dialog->editor("origin")), "internal");
        choose(qobject_cast<QComboBox*>(dialog->editor("category")), "energy");
        choose(qobject_cast<QComboBox*>(dialog->editor("effect")), "mixed");
        qobject_cast<QPlainTextEdit*>(dialog->editor("effect_description"))->setPlainText(QStringLiteral("x"));
        dialog->editor("last_reviewed")->findChild<QDateEdit*>()->setDate(QDate(2026, 3, 1));
        dialog->accept();  // no title
        QVERIFY(dialog->isVisible());
        const QString titleLabel = QString::fromStdString(schemaOf("context_issue").field("title")->en);
        QVERIFY2(dialog->fieldError("title").contains(titleLabel), qPrintable(dialog->fieldError("title")));
        QVERIFY(dialog->fieldError("origin").isEmpty());
        QCOMPARE(m_page->model()->rowCount(), before);
        QCOMPARE(records::RegisterService(*test::reopen(m_path)).list("context_issue").size(),
                 static_cast<std::size_t>(before));
        dialog->reject();
    }

    void filePickerRecordsPathAndDigest() {
        openPage("document");
        const QString file = m_dir.filePath(QStringLiteral("procedure.txt"));
        const QByteArray content = "内部审核程序 v1\n";
        test::writeBytes(file, content);
        m_dialogs.fileAnswers << file;
        RegisterRecordDialog* dialog = m_page->addRecord();
        QVERIFY(dialog);
        // The picker's Choose button asks the Dialogs seam; the same path goes through setFieldValue.
        dialog->setFieldValue("file", file.toStdString());
        const auto fields = dialog->fields();
        QVERIFY(fields.contains("file"));
        QCOMPARE(fields["file"]["sha256"].get<std::string>(), records::sha256Hex(content.toStdString()));
        dialog->reject();
    }

    void deletesAfterConfirmationAndShowsHistory() {
        openPage("context_issue");
        records::RegisterService service(m_session->store());
        records::RegisterRecord record = service.list("context_issue").front();
        record.id = 0;  // a copy no other record refers to, so it may be deleted
        record.fields["title"] = "待删除的议题";
        record = service.add(record);
        record.fields["title"] = "改过的标题";
        service.update(record);
        m_session->notifyRecordsChanged(QStringLiteral("context_issue"));

        m_page->selectRecord(record.id);
        QDialog* history = m_page->showHistory();
        QVERIFY(history);
        auto* table = history->findChild<QTableWidget*>("historyTable");
        QVERIFY(table->rowCount() >= 2);  // added by the demo, then changed
        QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("→ 改过的标题")), qPrintable(table->item(0, 3)->text()));
        history->close();

        const int before = m_page->model()->rowCount();
        m_dialogs.confirmAnswers << false;
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), before);
        m_dialogs.confirmAnswers << true;
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), before - 1);
        QCOMPARE(m_page->model()->rowOf(record.id), -1);
    }

    void addEditAndDeleteAreUndoableAndRedoable() {
        openPage("context_issue");
        QUndoStack* undo = m_session->undoStack();
        const int before = m_page->model()->rowCount();

        // Add through the form: one command on the stack.
        RegisterRecordDialog* dialog = m_page->addRecord();
        test::typeText(dialog->editor("title"), QStringLiteral("绿电交易价格波动"));
        choose(qobject_cast<QComboBox*>(dialog->editor("origin")), "external");
        choose(qobject_cast<QComboBox*>(dialog->editor("category")), "market");
        choose(qobject_cast<QComboBox*>(dialog->editor("effect")), "mixed");
        qobject_cast<QPlainTextEdit*>(dialog->editor("effect_description"))->setPlainText(QStringLiteral("影响外购电成本"));
        dialog->editor("last_reviewed")->findChild<QDateEdit*>()->setDate(QDate(2026, 3, 1));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const auto id = dialog->resultId();
        QCOMPARE(undo->count(), 1);
        QVERIFY(undo->undoText().contains(QStringLiteral("绿电交易价格波动")));
        QCOMPARE(m_page->model()->rowCount(), before + 1);

        undo->undo();  // the record is gone from the page and from the file
        QCOMPARE(m_page->model()->rowCount(), before);
        QVERIFY(!test::reopen(m_path)->registers().find(id));
        undo->redo();  // back under the same id
        QCOMPARE(m_page->model()->rowCount(), before + 1);
        QCOMPARE(records::RegisterService(*test::reopen(m_path)).get(id).text("title"), std::string("绿电交易价格波动"));

        // Edit through the form.
        m_page->selectRecord(id);
        dialog = m_page->editSelected();
        QVERIFY(dialog);
        auto* title = qobject_cast<QLineEdit*>(dialog->editor("title"));
        title->clear();
        test::typeText(title, QStringLiteral("绿电价格上涨"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(undo->count(), 2);
        QCOMPARE(records::RegisterService(*test::reopen(m_path)).get(id).text("title"), std::string("绿电价格上涨"));
        undo->undo();
        QCOMPARE(records::RegisterService(*test::reopen(m_path)).get(id).text("title"), std::string("绿电交易价格波动"));
        undo->redo();
        QCOMPARE(records::RegisterService(*test::reopen(m_path)).get(id).text("title"), std::string("绿电价格上涨"));

        // Delete after confirmation; undo brings it back with its fields and id.
        m_page->selectRecord(id);
        m_dialogs.confirmAnswers << true;
        m_page->deleteSelected();
        QCOMPARE(undo->count(), 3);
        QCOMPARE(m_page->model()->rowOf(id), -1);
        undo->undo();
        QVERIFY(m_page->model()->rowOf(id) >= 0);
        const auto restored = records::RegisterService(*test::reopen(m_path)).get(id);
        QCOMPARE(restored.text("title"), std::string("绿电价格上涨"));
        QCOMPARE(restored.text("category"), std::string("market"));
        undo->redo();
        QCOMPARE(m_page->model()->rowOf(id), -1);

        // Undo all three: the register is as it was.
        undo->undo();
        undo->undo();
        undo->undo();
        QCOMPARE(m_page->model()->rowCount(), before);
        QVERIFY(!test::reopen(m_path)->registers().find(id));
    }

    void exportsTheRegisterAsXlsxOrCsv() {
        openPage("measuring_instrument");
        const int rows = m_page->model()->rowCount();
        for (const QString name : {QStringLiteral("meters.xlsx"), QStringLiteral("meters.csv")}) {
            const QString file = m_dir.filePath(name);
            m_dialogs.fileAnswers << file;
            m_page->exportRegister();
            QVERIFY2(m_dialogs.shown.isEmpty(), m_dialogs.shown.isEmpty() ? "" : qPrintable(m_dialogs.shown.front().text));
            auto reader = io::TabularReader::open(QFile::encodeName(file).toStdString());
            QCOMPARE(reader->format(), name.endsWith(QLatin1String(".xlsx")) ? io::TabularReader::Format::Xlsx
                                                                              : io::TabularReader::Format::Csv);
            int read = 0;
            io::TabularRow row;
            while (reader->next(row)) ++read;
            QCOMPARE(read, rows);
            // English labels in the headers: the UI language of the test.
            QVERIFY(std::find(reader->header().begin(), reader->header().end(),
                              schemaOf("measuring_instrument").field("code")->en) != reader->header().end());
        }
    }

private:
    void openPage(const char* type) {
        m_page = std::make_unique<RegisterPage>(PageContext{*m_session, m_dialogs}, schemaOf(type));
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<RegisterPage> m_page;
};

QTEST_MAIN(RegisterPageTest)
#include "RegisterPageTest.moc"
