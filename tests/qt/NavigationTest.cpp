// SPDX-License-Identifier: MIT
// The navigation is built from the catalogue and the page registry: a page appears under every
// clause requiring one of its record types, and clauses without pages are not shown.
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "NavigationTree.h"
#include "cnms/records/RegisterSchema.h"
#include "PageRegistry.h"
#include "cnms/core/ClauseCatalogue.h"

using namespace cnms;
using namespace cnms::gui;

namespace {
QWidget* dummyPage(const PageContext&, QWidget* parent) { return new QLabel(parent); }

QTreeWidgetItem* findText(QTreeWidget& tree, const QString& text) {
    auto items = tree.findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.front();
}

QString clauseLabel(const Clause& clause) { return QString::fromStdString(clause.id + " " + clause.titleEn); }
}  // namespace

class NavigationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("NavigationTest");
        QVERIFY(m_languages.apply("en"));
    }

    void showsOnlyClausesWithPagesUnderTheirPdcaPhase() {
        const auto& catalogue = ClauseCatalogue::shipped();
        NavigationTree tree(PageRegistry::builtin(), catalogue);
        QCOMPARE(tree.topLevelItem(0)->text(0), QStringLiteral("Home"));
        // The readiness navigator holds no record type: it sits right after Home.
        QCOMPARE(tree.topLevelItem(1)->text(0), QStringLiteral("Readiness"));
        const QStringList entries = tree.pageEntries();
        QCOMPARE(entries.front(), QStringLiteral("readiness"));
        QVERIFY(entries.contains("organization") && entries.contains("sites"));
        // One page per register, each under at least one clause requiring its record type.
        for (const auto& schema : records::RegisterSchemas::shipped().all())
            QVERIFY2(entries.contains(QString::fromStdString(schema.type)), schema.type.c_str());
        for (const auto* page : {"inventory", "activities", "factors"}) QVERIFY2(entries.contains(page), page);

        // Walk up from the Sites entry: its clause requires sites, the top clause is its parent, then the phase.
        QTreeWidgetItem* sites = findText(tree, "Sites");
        QVERIFY(sites);
        QTreeWidgetItem* clauseItem = sites->parent();
        auto clause = catalogue.find(clauseItem->text(0).section(' ', 0, 0).toStdString());
        QVERIFY(clause && clause->requiresRecordType("site") && clause->requiresRecordType("organization"));
        QCOMPARE(clauseItem->text(0), clauseLabel(*clause));
        QCOMPARE(clauseItem->parent()->text(0), clauseLabel(*catalogue.find(clause->parent)));
        QCOMPARE(clauseItem->parent()->parent()->text(0), QStringLiteral("Plan"));
        QVERIFY(findText(tree, "Plan") && findText(tree, "Do") && findText(tree, "Check"));
    }

    void placesANewPageUnderEveryClauseRequiringItsRecordType() {
        PageRegistry registry;  // only the new pages, so their placement alone is seen
        registry.add({"audits", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Internal audits"), {"audit"}, {}, dummyPage});
        registry.add({"documents", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Documents"), {"document"}, {}, dummyPage});
        const auto& catalogue = ClauseCatalogue::shipped();
        NavigationTree tree(registry, catalogue);

        int expectedDocuments = 0;
        for (const auto& clause : catalogue.clauses()) {
            if (clause.requiresRecordType("document")) ++expectedDocuments;
            if (clause.requiresRecordType("audit")) {
                QTreeWidgetItem* item = findText(tree, clauseLabel(clause));
                QVERIFY(item);
                QCOMPARE(item->child(0)->text(0), QStringLiteral("Internal audits"));
            }
        }
        QCOMPARE(tree.pageEntries().count("documents"), expectedDocuments);
        QVERIFY(findText(tree, "Check"));  // audits bring the Check phase in
        QVERIFY(!findText(tree, "Do"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, registry.add({"audits", "Audits", {"audit"}, {}, dummyPage}));
    }

    void pagesNeedAProject() {
        NavigationTree tree(PageRegistry::builtin(), ClauseCatalogue::shipped());
        tree.setProjectOpen(false);
        QVERIFY(!tree.selectPage("sites"));
        QVERIFY(tree.selectPage("home"));
        tree.setProjectOpen(true);
        QSignalSpy selected(&tree, &NavigationTree::pageSelected);
        QVERIFY(tree.selectPage("sites"));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0][0].toString(), QStringLiteral("sites"));
    }

private:
    LanguageManager m_languages;
};

QTEST_MAIN(NavigationTest)
#include "NavigationTest.moc"
