// SPDX-License-Identifier: MIT
// The print preview: same pages as the PDF, Export PDF without dialogs, printing through QPrinter.

#include "PdfTools.h"
#include "SampleReport.h"

#include "cnms/report/ReportPreviewDialog.h"
#include "cnms/report/ReportRenderer.h"

#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cnms::report;

class ReportPreviewDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsTheSamePagesAsThePdf_data();
    void previewShowsTheSamePagesAsThePdf();
    void exportPdfWritesTheFile();
    void exportPdfToABadPathReportsTheReason();
    void suggestedFileNameIsSafe();
    void printingOnAPrinterGivesThePdfPages();

private:
    QTemporaryDir m_dir;
};

void ReportPreviewDialogTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(pdf::toolsAvailable(), "poppler-utils must be installed");
}

void ReportPreviewDialogTest::previewShowsTheSamePagesAsThePdf_data() {
    QTest::addColumn<ReportLanguage>("language");
    QTest::newRow("zh") << ReportLanguage::Chinese;
    QTest::newRow("en") << ReportLanguage::English;
}

void ReportPreviewDialogTest::previewShowsTheSamePagesAsThePdf() {
    QFETCH(ReportLanguage, language);
    const QString path = m_dir.filePath(QStringLiteral("direct.pdf"));
    const RenderResult pdf = renderPdf(sample::build(language, 60), path, language);

    // The dialog keeps its own copy: the builder's document (and its charts) are gone when it paints.
    auto dialog = std::make_unique<ReportPreviewDialog>(sample::build(language, 60), language);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    // The printer lays out at its own resolution (1200 dpi), the PDF at 300: same sheets all the same.
    QCOMPARE(dialog->sheetCount(), pdf.sheetCount);

    auto* print = dialog->findChild<QPushButton*>(QStringLiteral("printButton"));
    auto* exportPdf = dialog->findChild<QPushButton*>(QStringLiteral("exportPdfButton"));
    QVERIFY(print != nullptr && exportPdf != nullptr);
    QCOMPARE(print->text(), QStringLiteral("Print…"));
    QCOMPARE(exportPdf->text(), QStringLiteral("Export PDF…"));

    const QString folder = qEnvironmentVariable("CNMS_REPORT_ARTIFACTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        dialog->grab().save(QDir(folder).filePath(QStringLiteral("preview-%1.png").arg(languageCode(language))));
    }
}

void ReportPreviewDialogTest::exportPdfWritesTheFile() {
    ReportPreviewDialog dialog(sample::build(ReportLanguage::Chinese, 30), ReportLanguage::Chinese);
    QSignalSpy exported(&dialog, &ReportPreviewDialog::pdfExported);
    const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(dialog.exportPdf(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.front().front().toString(), path);
    QCOMPARE(pdf::pageCount(path), dialog.sheetCount());
    QVERIFY(pdf::compact(pdf::text(path, 1, 1)).contains(QStringLiteral("2024年度温室气体排放报告")));
}

void ReportPreviewDialogTest::exportPdfToABadPathReportsTheReason() {
    ReportPreviewDialog dialog(sample::build(ReportLanguage::English, 5), ReportLanguage::English);
    QSignalSpy exported(&dialog, &ReportPreviewDialog::pdfExported);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    QString error;
    QVERIFY(!dialog.exportPdf(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(exported.count(), 0);
}

void ReportPreviewDialogTest::suggestedFileNameIsSafe() {
    ReportDocument doc;
    doc.cover().title = QStringLiteral("2024年度温室气体排放报告");
    QCOMPARE(ReportPreviewDialog(doc, ReportLanguage::Chinese).suggestedFileName(),
             QStringLiteral("2024年度温室气体排放报告.pdf"));
    doc.cover().title = QStringLiteral("Audit 2024/25: plant \"A\"?");
    QCOMPARE(ReportPreviewDialog(doc, ReportLanguage::English).suggestedFileName(),
             QStringLiteral("Audit 2024_25_ plant _A__.pdf"));
    doc.cover().title.clear();
    QCOMPARE(ReportPreviewDialog(doc, ReportLanguage::English).suggestedFileName(), QStringLiteral("report.pdf"));
}

void ReportPreviewDialogTest::printingOnAPrinterGivesThePdfPages() {
    // print() paints with the same routine on a QPrinter; a PDF-format printer lets the test read it back.
    const ReportDocument document = sample::build(ReportLanguage::Chinese, 60);
    const RenderResult pdf = renderPdf(document, m_dir.filePath(QStringLiteral("writer.pdf")), ReportLanguage::Chinese);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const RenderResult printed = print(document, &printer, ReportLanguage::Chinese);
    QCOMPARE(printed.sheetCount, pdf.sheetCount);
    QCOMPARE(pdf::pageCount(path), pdf.sheetCount);
    for (std::size_t i = 0; i < pdf.headings.size(); ++i)
        QCOMPARE(printed.headings[i].page, pdf.headings[i].page);
    QVERIFY(pdf::compact(pdf::text(path, 2, 2)).contains(QStringLiteral("第1页/共")));
}

QTEST_MAIN(ReportPreviewDialogTest)
#include "ReportPreviewDialogTest.moc"
