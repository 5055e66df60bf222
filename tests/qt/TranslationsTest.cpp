// SPDX-License-Identifier: MIT
// Both shipped translations are complete: every message translated, none left unfinished, and
// each %n placeholder kept; and the built .qm files are embedded where LanguageManager loads them.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Problem {
    QString context, source, why;
};

QSet<QString> placeholders(const QString& text) {
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%\\d"));
    for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
    return found;
}

QList<Problem> problemsIn(const QString& path, int& messages) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {{path, {}, QStringLiteral("cannot be read")}};
    QList<Problem> problems;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished")) problems.append({context, source, "unfinished"});
            else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.append({context, source, "obsolete entry left in the file"});
            else if (translation.trimmed().isEmpty()) problems.append({context, source, "empty"});
            else if (placeholders(translation) != placeholders(source))
                problems.append({context, source, "placeholders differ: " + translation});
        }
    }
    if (xml.hasError()) problems.append({path, {}, xml.errorString()});
    return problems;
}
}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral(CNMS_TRANSLATIONS_DIR "/cnms_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral(CNMS_TRANSLATIONS_DIR "/cnms_en.ts");
    }

    void everyMessageIsTranslated() {
        QFETCH(QString, file);
        int messages = 0;
        const auto problems = problemsIn(file, messages);
        for (const auto& p : problems)
            qWarning("%s | %s: %s", qPrintable(p.context), qPrintable(p.source), qPrintable(p.why));
        QCOMPARE(problems.size(), 0);
        QVERIFY(messages > 100);
    }

    void theBuiltTranslationsAreEmbedded() {
        for (const char* language : {"zh_CN", "en"}) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/cnms_%1.qm").arg(QLatin1String(language))), language);
            QVERIFY(!translator.isEmpty());
        }
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/cnms_zh_CN.qm")));
        QCOMPARE(chinese.translate("cnms::gui::Pages", "Sites"), QStringLiteral("场所"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
