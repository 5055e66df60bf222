// SPDX-License-Identifier: MIT
// cnms-workbench --screenshot renders the window to a PNG and exits, for tests, docs and CI.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"

class ScreenshotTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath("demo.cnms");
        cnms::test::createDemoProject(m_project);
    }

    void writesAPngOfTheSitesPage_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void writesAPngOfTheSitesPage() {
        QFETCH(QString, language);
        const QString png = m_dir.filePath("sites-" + language + ".png");
        QProcess app;
        int code = run(app, {"--lang", language, "--screenshot", png, "--page", "sites", m_project});
        QCOMPARE(code, 0);
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank canvas: a rendered window has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void refusesAFileThatIsNotAProjectWithoutWritingAnything() {
        const QString notes = m_dir.filePath("notes.txt");
        cnms::test::writeBytes(notes, "hello");
        const QString png = m_dir.filePath("never.png");
        QProcess app;
        QCOMPARE(run(app, {"--screenshot", png, notes}), 2);
        QVERIFY(!QFile::exists(png));
        QVERIFY(app.readAllStandardError().contains("not a CNMS Workbench project"));
        QCOMPARE(cnms::test::fileBytes(notes), QByteArray("hello"));
    }

    void refusesAnUnknownPageOrLanguage() {
        QProcess app;
        QCOMPARE(run(app, {"--screenshot", m_dir.filePath("x.png"), "--page", "nosuchpage", m_project}), 1);
        QVERIFY(app.readAllStandardError().contains("nosuchpage"));
        QProcess app2;
        QCOMPARE(run(app2, {"--lang", "fr", "--screenshot", m_dir.filePath("y.png"), m_project}), 1);
    }

private:
    int run(QProcess& app, const QStringList& arguments) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));  // leave the user's settings and log alone
        env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CNMS_WORKBENCH_PATH), arguments);
        if (!app.waitForFinished(60000)) {
            app.kill();
            return -1;
        }
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
    }

    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "ScreenshotTest.moc"
