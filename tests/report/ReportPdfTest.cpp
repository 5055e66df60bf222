// SPDX-License-Identifier: MIT
// The report engine end to end: a PDF is written, then read back with poppler-utils as a reader would.

#include "PdfTools.h"
#include "SampleReport.h"

#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportRenderer.h"
#include "cnms/report/ReportStyle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace cnms::report;

namespace {

QString languageName(ReportLanguage language) {
    return language == ReportLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

QString footer(ReportLanguage language, int page, int of) {
    return language == ReportLanguage::Chinese ? QStringLiteral("第 %1 页 / 共 %2 页").arg(page).arg(of)
                                               : QStringLiteral("Page %1 of %2").arg(page).arg(of);
}

/// Whether `line` is a line of its own (heading) on the text of a page, ignoring layout padding.
bool hasLine(const QString& pageText, const QString& line) {
    const QStringList lines = pageText.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return pdf::compact(l) == pdf::compact(line); });
}

/// Whether the text of a page contains `text`, whatever spaces pdftotext guessed.
bool containsCompact(const QString& pageText, const QString& text) {
    return pdf::compact(pageText).contains(pdf::compact(text));
}

/// Keeps a copy of a PDF for people to look at when CNMS_REPORT_ARTIFACTS names a folder.
void keepArtifact(const QString& path, const QString& name) {
    const QString folder = qEnvironmentVariable("CNMS_REPORT_ARTIFACTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(name);
    QFile::remove(target);
    QFile::copy(path, target);
}

}  // namespace

class ReportPdfTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleReport_data();
    void sampleReport();
    void chineseFontIsEmbedded();
    void shortReportWithEmptyTableAndMissingDataNote();
    void userTextIsPrintedLiterallyNeverAsMarkup();
    void appendixCanBeLeftOut();
    void unwritablePathIsRefusedWithTheReason();
    void failedWriteKeepsThePreviousFile();
    void longTablesArePrintedUpToTheLimit();
    void largeRegisterTiming();

private:
    QTemporaryDir m_dir;
};

void ReportPdfTest::initTestCase() {
    QVERIFY2(pdf::toolsAvailable(), "poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) must be installed");
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportStyle::standard(ReportLanguage::Chinese).hasCjkFont(),
             "a CJK font (fonts-wqy-microhei) must be installed");
}

void ReportPdfTest::sampleReport_data() {
    QTest::addColumn<ReportLanguage>("language");
    QTest::newRow("zh") << ReportLanguage::Chinese;
    QTest::newRow("en") << ReportLanguage::English;
}

void ReportPdfTest::sampleReport() {
    QFETCH(ReportLanguage, language);
    const ReportFormat format(language);
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.pdf").arg(languageName(language)));

    QElapsedTimer timer;
    timer.start();
    const ReportDocument document = sample::build(language);
    const qint64 buildMs = timer.restart();
    const std::clock_t cpu = std::clock();
    const RenderResult result = renderPdf(document, path, language);
    const qint64 renderMs = timer.elapsed();
    const qint64 renderCpuMs = qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    // Wall time depends on what else the machine runs; CPU time is the comparable figure.
    qInfo("sample report (%s): %d sheets, %lld KiB; building the content (charts included) %lld ms, "
          "rendering the PDF %lld ms (%lld ms CPU)", qPrintable(languageName(language)), result.sheetCount,
          QFileInfo(path).size() / 1024, buildMs, renderMs, renderCpuMs);
    keepArtifact(path, QFileInfo(path).fileName());

    // The file has the sheets the renderer says: cover + contents + body, on A4, titled.
    QCOMPARE(pdf::pageCount(path), result.sheetCount);
    const QString info = pdf::info(path);
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    QVERIFY2(info.contains(document.cover().title), qPrintable(info));
    QCOMPARE(result.numberedPageCount, result.sheetCount - 1);
    QVERIFY2(result.contentsPageCount >= 1, "a long report gets a contents page");
    QVERIFY(result.sheetCount >= 8);

    // Cover: every field, and no page number.
    const ReportCover& cover = document.cover();
    const QString coverText = pdf::text(path, 1, 1);
    for (const QString& field : {cover.title, cover.subtitle, cover.organization, cover.period, cover.preparedBy,
                                 cover.approvedBy, format.date(cover.approvedOn), format.date(cover.reportDate),
                                 cover.standardLine}) {
        QVERIFY2(containsCompact(coverText, field), qPrintable(QStringLiteral("cover lacks \"%1\"").arg(field)));
    }
    QVERIFY(!containsCompact(coverText, footer(language, 1, result.numberedPageCount)));

    // Every numbered sheet carries its footer and the running header. (Organization and title are checked
    // apart: pdftotext may merge the header line with the clipped first line of a table row split over
    // the page break, which Qt draws on both pages.)
    for (int sheet = 2; sheet <= result.sheetCount; ++sheet) {
        const QString page = pdf::text(path, sheet, sheet);
        QVERIFY2(containsCompact(page, footer(language, sheet - 1, result.numberedPageCount)),
                 qPrintable(QStringLiteral("sheet %1 lacks its footer").arg(sheet)));
        QVERIFY2(containsCompact(page, cover.organization) && containsCompact(page, cover.title),
                 qPrintable(QStringLiteral("sheet %1 lacks the running header").arg(sheet)));
    }
    if (language == ReportLanguage::Chinese)
        QVERIFY(containsCompact(pdf::text(path, 2, 2), QStringLiteral("第 1 页")));
    else
        QVERIFY(pdf::text(path, 2, 2).contains(QStringLiteral("Page 1 of")));

    // The contents lists every heading with the page the renderer found it on ...
    QString contentsText;
    for (int sheet = 2; sheet < 2 + result.contentsPageCount; ++sheet)
        contentsText += pdf::text(path, sheet, sheet);
    const QRegularExpression entryLine(QStringLiteral(R"(^\s*(\S.*?)\s{2,}(\d+)\s*$)"));
    QList<QPair<QString, int>> printed;
    for (const QString& line : contentsText.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = entryLine.match(line);
        if (match.hasMatch() && !match.captured(1).contains(QStringLiteral("·")))
            printed.append({pdf::simplified(match.captured(1)), match.captured(2).toInt()});
    }
    QCOMPARE(printed.size(), static_cast<qsizetype>(result.headings.size()));
    QVERIFY(result.headings.size() >= 9);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const ContentsEntry& entry = result.headings[static_cast<std::size_t>(i)];
        QCOMPARE(pdf::compact(printed[i].first), pdf::compact(entry.text));
        QCOMPARE(printed[i].second, entry.page);
        // ... and the heading really is on that page (sheet = page + 1, after the cover), and not before it.
        QVERIFY2(hasLine(pdf::text(path, entry.page + 1, entry.page + 1), entry.text),
                 qPrintable(QStringLiteral("\"%1\" is not on page %2").arg(entry.text).arg(entry.page)));
        if (entry.page > result.contentsPageCount + 1) {
            QVERIFY2(!hasLine(pdf::text(path, entry.page, entry.page), entry.text),
                     qPrintable(QStringLiteral("\"%1\" is already on page %2").arg(entry.text).arg(entry.page - 1)));
        }
    }
    const QString lastChapter = language == ReportLanguage::Chinese ? QStringLiteral("附录A 核算方法说明")
                                                                   : QStringLiteral("Appendix A Quantification methods");
    QCOMPARE(result.headings.back().text, lastChapter);

    // Figures from the tables, formatted for the language.
    const std::vector<sample::SourceRow> rows = sample::sourceRegister(language);
    const QString all = pdf::text(path);
    QVERIFY2(all.contains(QStringLiteral("164,198.95")), "row 1: 86,420.50 t × 1.9 = 164,198.95 tCO2e");
    QVERIFY2(all.contains(QStringLiteral("86,420.50")), "row 1 activity data");
    QVERIFY2(all.contains(format.tonnesCo2e(sample::registerTotal(rows))), "register total");
    QVERIFY2(all.contains(QStringLiteral("1,013,900.00")), "summary total: 812,400 + 96,500 + 41,200 + 63,800");
    QVERIFY2(all.contains(QStringLiteral("80.1%")), "category 1 share: 812,400 / 1,013,900 = 80.13%");

    // The register spans pages and its header row is repeated on each of them.
    const QString sourceMark = rows.front().source.section(QLatin1Char(' '), 0, -2);  // "回转窑燃煤" / "Kiln coal"
    const QString factorHeader = language == ReportLanguage::Chinese ? QStringLiteral("排放因子") : QStringLiteral("Factor");
    int registerSheets = 0;
    for (int sheet = 2; sheet <= result.sheetCount; ++sheet) {
        const QString page = pdf::text(path, sheet, sheet);
        if (page.contains(sourceMark + QStringLiteral(" #"))) {
            ++registerSheets;
            QVERIFY2(page.contains(factorHeader), qPrintable(QStringLiteral("sheet %1 lacks the table header").arg(sheet)));
        }
    }
    QVERIFY2(registerSheets >= 3, "200 rows take several pages");

    // The missing-data callout.
    QVERIFY(all.contains(language == ReportLanguage::Chinese ? QStringLiteral("数据缺失") : QStringLiteral("Missing data")));
}

void ReportPdfTest::chineseFontIsEmbedded() {
    for (ReportLanguage language : {ReportLanguage::Chinese, ReportLanguage::English}) {
        const QString path = m_dir.filePath(QStringLiteral("fonts-%1.pdf").arg(languageName(language)));
        renderPdf(sample::build(language, 20), path, language);
        const QString fonts = pdf::fonts(path);
        const QStringList lines = fonts.split(QLatin1Char('\n'));
        // pdffonts columns: name type encoding emb sub uni object ID.
        const auto cjk = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.contains(QStringLiteral("WenQuanYi")); });
        QVERIFY2(cjk != lines.end(), qPrintable(QStringLiteral("no CJK font in:\n") + fonts));
        const QStringList columns = cjk->simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QStringLiteral("yes"),
                 qPrintable(QStringLiteral("the CJK font is not embedded:\n") + fonts));
        // Every font is embedded, so the PDF looks the same on a machine without them.
        for (const QString& line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            const QStringList c = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(c.size() >= 5 && c.at(c.size() - 5) == QStringLiteral("yes"), qPrintable(line));
        }
    }
}

void ReportPdfTest::shortReportWithEmptyTableAndMissingDataNote() {
    ReportDocument document;
    document.cover().title = QStringLiteral("2024年度碳中和声明");
    document.cover().organization = QStringLiteral("浙江钱塘水泥有限公司");
    document.addHeading(1, QStringLiteral("抵消情况"));
    ReportTable credits;
    credits.caption = QStringLiteral("注销的碳信用");
    credits.columns = {{QStringLiteral("项目")}, {QStringLiteral("数量（tCO₂e）"), ColumnAlign::Right}};
    document.addTable(credits);
    document.addCallout(CalloutKind::Warning, QStringLiteral("尚未录入任何碳信用注销记录。"), QStringLiteral("数据缺失"));

    const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
    const RenderResult result = renderPdf(document, path, ReportLanguage::Chinese);
    keepArtifact(path, QStringLiteral("short-zh.pdf"));
    QCOMPARE(result.contentsPageCount, 0);  // a short report has no contents page
    QCOMPARE(result.sheetCount, 2);
    QCOMPARE(pdf::pageCount(path), 2);
    const QString cover = pdf::simplified(pdf::text(path, 1, 1));
    QVERIFY(cover.contains(QStringLiteral("2024年度碳中和声明")));
    QVERIFY2(cover.contains(QStringLiteral("批准 —")), "an empty cover field prints as a dash");
    const QString body = pdf::simplified(pdf::text(path, 2, 2));
    QVERIFY(body.contains(QStringLiteral("1 抵消情况")));
    QVERIFY(body.contains(QStringLiteral("表1 注销的碳信用")));
    QVERIFY(body.contains(QStringLiteral("无记录")));
    QVERIFY(body.contains(QStringLiteral("数据缺失")));
    QVERIFY(body.contains(QStringLiteral("尚未录入任何碳信用注销记录。")));
    QVERIFY(containsCompact(body, QStringLiteral("第 1 页 / 共 1 页")));
}

void ReportPdfTest::userTextIsPrintedLiterallyNeverAsMarkup() {
    ReportDocument document;
    document.cover().title = QStringLiteral("<b>Audit</b> & <i>register</i>");
    document.addHeading(1, QStringLiteral("Findings <img src=x>"));
    document.addParagraph(QStringLiteral("Supplier said: <script>alert(1)</script> & \"quoted\" <br>text"));
    ReportTable table;
    table.columns = {{QStringLiteral("Finding")}};
    table.rows = {{QStringLiteral("<table><tr><td>injected</td></tr></table>")}};
    document.addTable(table);

    const QString path = m_dir.filePath(QStringLiteral("markup.pdf"));
    renderPdf(document, path, ReportLanguage::English);
    const QString all = pdf::simplified(pdf::text(path));
    QVERIFY(all.contains(QStringLiteral("<b>Audit</b> & <i>register</i>")));
    QVERIFY(all.contains(QStringLiteral("1 Findings <img src=x>")));
    QVERIFY(all.contains(QStringLiteral("Supplier said: <script>alert(1)</script> & \"quoted\" <br>text")));
    QVERIFY(all.contains(QStringLiteral("<table><tr><td>injected</td></tr></table>")));
}

void ReportPdfTest::appendixCanBeLeftOut() {
    const ReportDocument document = sample::build(ReportLanguage::English, 20);
    RenderOptions options;
    options.includeAppendix = false;
    options.contents = ContentsMode::Always;
    const QString path = m_dir.filePath(QStringLiteral("no-appendix.pdf"));
    const RenderResult without = renderPdf(document, path, ReportLanguage::English, options);
    QVERIFY(!pdf::text(path).contains(QStringLiteral("Appendix A")));
    QVERIFY(!pdf::text(path).contains(QStringLiteral("Combustion emissions")));

    options.includeAppendix = true;
    const RenderResult with = renderPdf(document, path, ReportLanguage::English, options);
    QCOMPARE(with.headings.size(), without.headings.size() + 1);
    QCOMPARE(with.headings.back().text, QStringLiteral("Appendix A Quantification methods"));
    QVERIFY2(with.sheetCount > without.sheetCount, "the appendix starts a page of its own");
    // The appendix starts on a fresh page: its heading is the first line of the body on that page.
    const QString appendixPage = pdf::text(path, with.headings.back().page + 1, with.headings.back().page + 1);
    QVERIFY(!appendixPage.contains(QStringLiteral("Data quality")));
}

void ReportPdfTest::unwritablePathIsRefusedWithTheReason() {
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    try {
        renderPdf(sample::build(ReportLanguage::Chinese, 5), path, ReportLanguage::Chinese);
        QFAIL("a PDF in a missing folder was reported as written");
    } catch (const ReportError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QDir::toNativeSeparators(path)), error.what());
    }
    QVERIFY(!QFile::exists(path));
}

void ReportPdfTest::failedWriteKeepsThePreviousFile() {
    // A rendering that throws halfway (here: no device) must leave an existing PDF as it was.
    const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
    renderPdf(sample::build(ReportLanguage::English, 5), path, ReportLanguage::English);
    const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QVERIFY(before.startsWith("%PDF"));
    QVERIFY_THROWS_EXCEPTION(ReportError, ReportRenderer(ReportLanguage::English).render(ReportDocument{}, nullptr));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void ReportPdfTest::longTablesArePrintedUpToTheLimit() {
    // A builder that read 30 of 1,000,030 records, and a renderer limited to 20 rows a table:
    // 20 rows print, and the closing row counts the other 10 + 1,000,000 = 1,000,010.
    ReportDocument document;
    document.cover().title = QStringLiteral("活动数据清单");
    document.beginAppendix(QStringLiteral("活动数据记录"));
    ReportTable records;
    records.columns = {{QStringLiteral("序号"), ColumnAlign::Right}, {QStringLiteral("数量"), ColumnAlign::Right}};
    for (int i = 1; i <= 30; ++i)
        records.rows.push_back({QString::number(i), QStringLiteral("%1.00").arg(i * 10)});
    records.omittedRows = 1000000;
    records.totals = QStringList{QStringLiteral("合计"), QStringLiteral("5,000,150,000.00")};
    document.addTable(records);

    RenderOptions options;
    options.maxTableRows = 20;
    const QString path = m_dir.filePath(QStringLiteral("limited.pdf"));
    renderPdf(document, path, ReportLanguage::Chinese, options);
    const QString text = pdf::text(path);
    QVERIFY(text.contains(QStringLiteral("200.00")));   // row 20
    QVERIFY(!text.contains(QStringLiteral("210.00")));  // row 21
    QVERIFY2(containsCompact(text, QStringLiteral("另有 1,000,010 行未打印，完整清单请从工作台导出。")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("5,000,150,000.00")));

    options.maxTableRows = 1000;
    renderPdf(document, path, ReportLanguage::English, options);
    QVERIFY(containsCompact(pdf::text(path),
                            QStringLiteral("1,000,000 more rows are not printed; export the full list from the workbench.")));
}

void ReportPdfTest::largeRegisterTiming() {
    // A register of 1,000 rows, the most a table prints by default: what a record list costs (docs/reports.md).
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const ReportDocument document = sample::build(ReportLanguage::Chinese, 1000);
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    const RenderResult result = renderPdf(document, path, ReportLanguage::Chinese);
    qInfo("1,000-row register (zh): %d sheets, %lld KiB, %lld ms (%lld ms CPU)", result.sheetCount,
          QFileInfo(path).size() / 1024, timer.elapsed(), qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC));
    QCOMPARE(pdf::pageCount(path), result.sheetCount);
    QVERIFY(pdf::text(path).contains(QStringLiteral("164,198.95")));
}

QTEST_MAIN(ReportPdfTest)
#include "ReportPdfTest.moc"
