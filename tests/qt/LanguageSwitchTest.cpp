// SPDX-License-Identifier: MIT
// View > Language switches every visible text at run time: menus, navigation (catalogue titles
// in the chosen language), pages and the undo text; the choice is remembered.
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/core/ClauseCatalogue.h"

using namespace cnms;
using namespace cnms::gui;

namespace {
QStringList treeTexts(const QTreeWidget* tree) {
    QStringList texts;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        texts << item->text(0);
        for (int i = 0; i < item->childCount(); ++i) walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) walk(tree->topLevelItem(i));
    return texts;
}

QAction* languageAction(QMainWindow& window, const QString& language) {
    for (auto* action : window.findChildren<QAction*>())
        if (action->data().toString() == language && action->isCheckable()) return action;
    return nullptr;
}

/** The clause whose records include a site: the one the Sites page sits under. */
Clause siteClause() {
    for (const auto& clause : ClauseCatalogue::shipped().clauses())
        if (clause.requiresRecordType("site")) return clause;
    throw std::logic_error("the catalogue has no clause requiring sites");
}
}  // namespace

class LanguageSwitchTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("LanguageSwitchTest");
        QVERIFY(m_dir.isValid());
    }

    void retranslatesMenusNavigationPagesAndUndoText() {
        LanguageManager languages;
        QVERIFY(languages.apply("en"));
        test::ScriptedDialogs dialogs;
        MainWindow window(dialogs, languages);
        const QString path = m_dir.filePath("lang.cnms");
        test::createDemoProject(path);
        QVERIFY(window.openProject(path));
        QVERIFY(window.showPage("sites"));
        window.session()->addSite({0, "NB", "宁波码头", "浙江", "", 100});

        auto* fileMenu = window.findChild<QMenu*>("fileMenu");
        auto* undo = window.findChild<QAction*>("undoAction");
        auto* tree = window.findChild<QTreeWidget*>("navigationTree");
        const Clause clause = siteClause();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(undo->text(), QStringLiteral("Undo add site NB"));
        QVERIFY(treeTexts(tree).contains(QString::fromStdString(clause.id + " " + clause.titleEn)));
        QVERIFY(treeTexts(tree).contains(QStringLiteral("Sites")));

        languageAction(window, "zh_CN")->trigger();
        QCOMPARE(languages.current(), QStringLiteral("zh_CN"));
        QCOMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
        undo = window.findChild<QAction*>("undoAction");  // made again with the new prefix
        QCOMPARE(undo->text(), QStringLiteral("撤销 添加场所 NB"));
        QStringList texts = treeTexts(tree);
        QVERIFY2(texts.contains(QString::fromStdString(clause.id + " " + clause.titleZh)), qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QStringLiteral("场所")));
        QVERIFY(texts.contains(QStringLiteral("首页")));
        auto* sitesTitle = window.page("sites")->parentWidget()->findChild<QLabel*>("pageTitle");
        QVERIFY(sitesTitle);
        QCOMPARE(sitesTitle->text(), QStringLiteral("场所"));
        QCOMPARE(QSettings().value("language").toString(), QStringLiteral("zh_CN"));

        // Undo still works after the actions were replaced, and back to English.
        undo->trigger();
        QCOMPARE(window.session()->sites().size(), std::size_t(3));
        languageAction(window, "en")->trigger();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(window.findChild<QAction*>("redoAction")->text(), QStringLiteral("Redo add site NB"));
        QVERIFY(treeTexts(tree).contains(QString::fromStdString(clause.id + " " + clause.titleEn)));
        QCOMPARE(QSettings().value("language").toString(), QStringLiteral("en"));
    }

    void remembersTheChoiceAndRefusesUnknownLanguages() {
        LanguageManager languages;
        LanguageManager::remember("zh_CN");
        QCOMPARE(LanguageManager::remembered(), QStringLiteral("zh_CN"));
        QSettings().setValue("language", "fr");
        QCOMPARE(LanguageManager::remembered(), LanguageManager::systemDefault());
        QVERIFY(!languages.apply("fr"));
        QVERIFY(languages.apply("zh_CN"));
        QCOMPARE(QCoreApplication::translate("cnms::gui::Pages", "Sites"), QStringLiteral("场所"));
        QVERIFY(languages.apply("en"));
        QCOMPARE(QCoreApplication::translate("cnms::gui::Pages", "Sites"), QStringLiteral("Sites"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(LanguageSwitchTest)
#include "LanguageSwitchTest.moc"
