// SPDX-License-Identifier: MIT
// Number and date formatting of reports, and the --lang codes. Expected strings are worked out by hand.

#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportLanguage.h"
#include "ReportStrings.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace cnms::report;

class ReportFormatTest : public QObject {
    Q_OBJECT

private slots:
    void integersGetThousandsSeparators_data();
    void integersGetThousandsSeparators();
    void numbersRoundHalfAwayFromZero_data();
    void numbersRoundHalfAwayFromZero();
    void missingFiguresPrintAsADash();
    void emissionsAndPercentages();
    void datesAndPeriodsFollowTheLanguage();
    void languageCodes_data();
    void languageCodes();
    void engineWordsAreInTheReportLanguage();
};

void ReportFormatTest::integersGetThousandsSeparators_data() {
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("hundreds") << qint64(999) << QStringLiteral("999");
    QTest::newRow("thousand") << qint64(1000) << QStringLiteral("1,000");
    QTest::newRow("million") << qint64(1234567) << QStringLiteral("1,234,567");
    QTest::newRow("negative") << qint64(-1234) << QStringLiteral("-1,234");
}

void ReportFormatTest::integersGetThousandsSeparators() {
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    // Both languages group by three with "," (GB/T 15835 allows it; it is what Chinese reports print).
    QCOMPARE(ReportFormat(ReportLanguage::Chinese).integer(value), expected);
    QCOMPARE(ReportFormat(ReportLanguage::English).integer(value), expected);
}

void ReportFormatTest::numbersRoundHalfAwayFromZero_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pads decimals") << 1234.5 << 2 << QStringLiteral("1,234.50");
    // 2.675 is stored as 2.67499999999999982..., which naive formatting prints as 2.67.
    QTest::newRow("binary tie up") << 2.675 << 2 << QStringLiteral("2.68");
    QTest::newRow("binary tie down") << -2.675 << 2 << QStringLiteral("-2.68");
    QTest::newRow("exact tie") << 0.125 << 2 << QStringLiteral("0.13");
    QTest::newRow("below tie") << 0.1249 << 2 << QStringLiteral("0.12");
    // 86,420.5 t × 1.9 tCO2e/t = 164,198.95 tCO2e (the sample register's row 1), stored as 164198.94999999998.
    QTest::newRow("product") << 86420.5 * 1.9 << 2 << QStringLiteral("164,198.95");
    QTest::newRow("no negative zero") << -0.001 << 2 << QStringLiteral("0.00");
    QTest::newRow("no decimals") << 1013899.5 << 0 << QStringLiteral("1,013,900");
    QTest::newRow("four decimals") << 0.5703 << 4 << QStringLiteral("0.5703");
}

void ReportFormatTest::numbersRoundHalfAwayFromZero() {
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(ReportFormat(ReportLanguage::Chinese).number(value, decimals), expected);
    QCOMPARE(ReportFormat(ReportLanguage::English).number(value, decimals), expected);
}

void ReportFormatTest::missingFiguresPrintAsADash() {
    const ReportFormat format(ReportLanguage::Chinese);
    QCOMPARE(format.number(std::numeric_limits<double>::quiet_NaN(), 2), QStringLiteral("—"));
    QCOMPARE(format.tonnesCo2e(std::numeric_limits<double>::infinity()), QStringLiteral("—"));
    QCOMPARE(format.percent(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("—"));
    QCOMPARE(ReportFormat::missing(), QStringLiteral("—"));
}

void ReportFormatTest::emissionsAndPercentages() {
    const ReportFormat format(ReportLanguage::English);
    QCOMPARE(format.tonnesCo2e(1013900.0), QStringLiteral("1,013,900.00"));
    QCOMPARE(format.tonnesCo2e(12.3456, 3), QStringLiteral("12.346"));
    // Category 1 share of the sample inventory: 812,400 / 1,013,900 = 0.80126... -> 80.1 %.
    QCOMPARE(format.percent(812400.0 / 1013900.0), QStringLiteral("80.1%"));
    QCOMPARE(format.percent(1.0), QStringLiteral("100.0%"));
    QCOMPARE(format.percent(0.0005), QStringLiteral("0.1%"));  // 0.05 % rounds half away from zero
    QCOMPARE(format.percent(-0.062, 1), QStringLiteral("-6.2%"));
    QCOMPARE(format.percent(0.5, 0), QStringLiteral("50%"));
}

void ReportFormatTest::datesAndPeriodsFollowTheLanguage() {
    const ReportFormat zh(ReportLanguage::Chinese);
    const ReportFormat en(ReportLanguage::English);
    QCOMPARE(zh.date(QDate(2025, 3, 31)), QStringLiteral("2025年3月31日"));
    QCOMPARE(en.date(QDate(2025, 3, 31)), QStringLiteral("31 March 2025"));
    QCOMPARE(zh.date(QDate()), QString());
    QCOMPARE(zh.period(QDate(2024, 1, 1), QDate(2024, 12, 31)), QStringLiteral("2024年1月1日至2024年12月31日"));
    QCOMPARE(en.period(QDate(2024, 1, 1), QDate(2024, 12, 31)), QStringLiteral("1 January 2024 – 31 December 2024"));
    QCOMPARE(en.period(QDate(2024, 1, 1), QDate()), QStringLiteral("1 January 2024 – —"));
}

void ReportFormatTest::languageCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected");  // -1: refused
    QTest::newRow("zh") << QStringLiteral("zh") << int(ReportLanguage::Chinese);
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << int(ReportLanguage::Chinese);
    QTest::newRow("ZH-cn") << QStringLiteral("ZH-cn") << int(ReportLanguage::Chinese);
    QTest::newRow("en") << QStringLiteral(" en ") << int(ReportLanguage::English);
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(ReportLanguage::English);
    QTest::newRow("fr") << QStringLiteral("fr") << -1;
    QTest::newRow("zhx") << QStringLiteral("zhx") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void ReportFormatTest::languageCodes() {
    QFETCH(QString, code);
    QFETCH(int, expected);
    const std::optional<ReportLanguage> language = parseReportLanguage(code);
    if (expected < 0) {
        QVERIFY(!language.has_value());
    } else {
        QVERIFY(language.has_value());
        QCOMPARE(int(*language), expected);
        QCOMPARE(parseReportLanguage(languageCode(*language)), language);
    }
}

void ReportFormatTest::engineWordsAreInTheReportLanguage() {
    // Without a translation file loaded, Chinese reports use the built-in wording, English the source text.
    const ReportStrings zh(ReportLanguage::Chinese);
    const ReportStrings en(ReportLanguage::English);
    QCOMPARE(zh.text(ReportStrings::PageOfPages).arg(3).arg(12), QStringLiteral("第 3 页 / 共 12 页"));
    QCOMPARE(en.text(ReportStrings::PageOfPages).arg(3).arg(12), QStringLiteral("Page 3 of 12"));
    QCOMPARE(zh.text(ReportStrings::AppendixLetter).arg(QLatin1Char('A')), QStringLiteral("附录A"));
    QCOMPARE(en.text(ReportStrings::TableNumber).arg(2), QStringLiteral("Table 2"));
    for (int key = 0; key < ReportStrings::KeyCount; ++key) {
        QVERIFY(!zh.text(ReportStrings::Key(key)).isEmpty());
        QVERIFY(!en.text(ReportStrings::Key(key)).isEmpty());
        QVERIFY2(zh.text(ReportStrings::Key(key)) != en.text(ReportStrings::Key(key)), "every word is translated");
    }
}

QTEST_MAIN(ReportFormatTest)
#include "ReportFormatTest.moc"
