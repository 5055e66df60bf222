// SPDX-License-Identifier: MIT
// SiteTableModel against Qt's model checker while the session adds, edits, removes, undoes and redoes.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "SiteTableModel.h"

using namespace cnms;
using namespace cnms::gui;

class SiteTableModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("SiteTableModelTest");
        QVERIFY(m_dir.isValid());
    }

    void passesTheModelTesterThroughEveryKindOfChange() {
        const QString path = m_dir.filePath("model.cnms");
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        SiteTableModel model(*session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SiteTableModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Site a = session->addSite({0, "AA-FIRST", "一号厂", "江苏", "", 51.5});  // sorts before every demo code
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.back().at(1).toInt(), 0);
        QCOMPARE(model.rowOf(a.id), 0);
        Site z = session->addSite({0, "ZZ-LAST", "末厂", "", "", 100});
        QCOMPARE(model.rowOf(z.id), 4);

        a.name = "一号厂（扩建）";
        session->editSite(a);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, SiteTableModel::Name).data().toString(), QStringLiteral("一号厂（扩建）"));

        session->removeSite(z.id);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 4);

        QUndoStack* stack = session->undoStack();
        while (stack->canUndo()) stack->undo();
        QCOMPARE(model.rowCount(), 3);
        while (stack->canRedo()) stack->redo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(model.rowOf(a.id), SiteTableModel::Name).data().toString(),
                 QStringLiteral("一号厂（扩建）"));
        QCOMPARE(model.rowOf(z.id), -1);

        model.reload();
        QCOMPARE(model.rowCount(), 4);
    }

    void exposesIdsSortValuesAndHeaders() {
        const QString path = m_dir.filePath("roles.cnms");
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        Site site = session->addSite({0, "QZ", "衢州厂", "浙江", "衢州市", 33.25});
        SiteTableModel model(*session);
        const int row = model.rowOf(site.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(SiteTableModel::SiteIdRole).toLongLong(), site.id);
        QCOMPARE(model.index(row, SiteTableModel::EquityShare).data(SiteTableModel::SortRole).toDouble(), 33.25);
        QCOMPARE(model.index(row, SiteTableModel::EquityShare).data().toString(), QStringLiteral("33.25"));
        QCOMPARE(model.index(row, SiteTableModel::Province).data().toString(), QStringLiteral("浙江"));
        QCOMPARE(model.headerData(SiteTableModel::Code, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QCOMPARE(model.headerData(SiteTableModel::EquityShare, Qt::Horizontal).toString(),
                 QStringLiteral("Equity share %"));
        QVERIFY(!model.index(row, 0).data(Qt::EditRole).isValid());  // read-only: edits go through the dialog
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(SiteTableModelTest)
#include "SiteTableModelTest.moc"
