// SPDX-License-Identifier: MIT
// The report documents of a project (inventory, neutrality statement, registers) rendered for the demo
// project and for an empty one, in both languages, and read back with poppler-utils.

#include "PdfTools.h"

#include "cnms/accounting/InventoryService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/neutrality/ClaimEvaluation.h"
#include "cnms/report/InventoryReportDocument.h"
#include "cnms/report/InventoryWarningText.h"
#include "cnms/report/NeutralityReportDocument.h"
#include "cnms/report/RegisterReportDocument.h"
#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportRenderer.h"
#include "cnms/storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cnms;
using namespace cnms::report;

namespace {

QString code(ReportLanguage language) { return languageCode(language); }

/// Keeps a copy of a PDF for people to look at when CNMS_REPORT_ARTIFACTS names a folder.
void keepArtifact(const QString& path, const QString& name) {
    const QString folder = qEnvironmentVariable("CNMS_REPORT_ARTIFACTS");
    if (folder.isEmpty()) return;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(name);
    QFile::remove(target);
    QFile::copy(path, target);
}

bool containsCompact(const QString& text, const QString& needle) {
    return pdf::compact(text).contains(pdf::compact(needle));
}

/// The first table of the body whose caption contains `caption`, or null.
const ReportTable* findTable(const std::vector<ReportBlock>& blocks, const QString& caption) {
    for (const auto& block : blocks)
        if (const auto* table = std::get_if<ReportTable>(&block); table && table->caption.contains(caption))
            return table;
    return nullptr;
}

}  // namespace

class ReportDocumentsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_demo;
    std::unique_ptr<ProjectStore> m_empty;
    int m_year = 0;

    QString render(const ReportDocument& doc, ReportLanguage language, const QString& name) {
        const QString path = m_dir.filePath(name);
        const RenderResult result = renderPdf(doc, path, language);
        [&] { QVERIFY2(result.sheetCount >= 2, qPrintable(name)); }();
        keepArtifact(path, name);
        return pdf::text(path);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = storage::createProject(m_dir.filePath(QStringLiteral("demo.cnms")).toStdString(), demo::organization());
        demo::populate(*m_demo);
        Organization org;
        org.name = "空白测试有限公司";
        m_empty = storage::createProject(m_dir.filePath(QStringLiteral("empty.cnms")).toStdString(), org);
        const auto years = m_demo->activities().years();
        QVERIFY(years.size() >= 2);  // the demo holds two years, so the report compares with the previous one
        m_year = years.back();
        if (!pdf::toolsAvailable()) QSKIP("poppler-utils (pdftotext) is not installed");
    }

    void inventoryReport_data() {
        QTest::addColumn<ReportLanguage>("language");
        QTest::newRow("zh") << ReportLanguage::Chinese;
        QTest::newRow("en") << ReportLanguage::English;
    }

    /** Every total of the inventory appears in the PDF exactly as ReportFormat prints it. */
    void inventoryReport() {
        QFETCH(ReportLanguage, language);
        const auto inv = accounting::InventoryService(*m_demo).inventory(m_year);
        const ReportFormat fmt(language);
        const QString text = render(buildInventoryReportDocument(*m_demo, m_year, language), language,
                                    QStringLiteral("inventory-%1.pdf").arg(code(language)));
        QVERIFY(containsCompact(text, fmt.tonnesCo2e(inv.totalTco2e)));
        for (int s = 1; s <= 3; ++s) QVERIFY2(containsCompact(text, fmt.tonnesCo2e(inv.scopeTco2e(s))), qPrintable(QString::number(s)));
        for (int c = 1; c <= 6; ++c) QVERIFY2(containsCompact(text, fmt.tonnesCo2e(inv.categoryTco2e(c))), qPrintable(QString::number(c)));
        for (const auto& [site, t] : inv.bySiteTco2e) QVERIFY(containsCompact(text, fmt.tonnesCo2e(t)));
        // The pinned factor sets are named with their versions.
        for (const auto& set : inv.pin.factorSets) QVERIFY(containsCompact(text, QString::fromStdString(set.version)));
        const bool zh = language == ReportLanguage::Chinese;
        QVERIFY(containsCompact(text, zh ? QStringLiteral("温室气体排放报告") : QStringLiteral("Greenhouse Gas Inventory Report")));
        QVERIFY(containsCompact(text, zh ? QStringLiteral("与上一年相比的变化") : QStringLiteral("Changes from the previous year")));
        if (zh) QVERIFY2(!text.contains(QStringLiteral("Emissions by")), "English heading in a Chinese report");
    }

    /**
     * The engine words its calculation warnings in English (it has no Qt); the report and the
     * workbench translate the kinds it writes. The demo year has both: a grid factor of another
     * year and a low-confidence default factor.
     */
    void calculationWarningsAreTranslated() {
        const auto inv = accounting::InventoryService(*m_demo).inventory(m_year);
        QCOMPARE(inv.warnings.size(), std::size_t(2));
        const InventoryWarningText zh(ReportLanguage::Chinese);
        const InventoryWarningText en(ReportLanguage::English);
        int lowConfidence = 0;
        for (const auto& w : inv.warnings) {
            const QString chinese = zh.text(w);
            QVERIFY2(chinese != QString::fromStdString(w), w.c_str());  // recognized, not passed through
            QVERIFY2(chinese.contains(QStringLiteral("因子")), qPrintable(chinese));
            QVERIFY2(!en.text(w).isEmpty(), w.c_str());
            lowConfidence += InventoryWarningText::isLowConfidence(w) ? 1 : 0;
        }
        QCOMPARE(lowConfidence, 1);
        QCOMPARE(zh.text("factor 'east_2023' describes 2023, the inventory year is 2024"),
                 QStringLiteral("因子“east_2023”对应 2023 年的数据，清单年份为 2024 年"));
        QCOMPARE(zh.text("something the engine says in a new way"), QStringLiteral("something the engine says in a new way"));
    }

    /** The record appendix reads at most the first rows and counts the rest, so a big project gives the same size. */
    void inventoryAppendixIsBounded() {
        InventoryReportOptions options;
        options.maxRecords = 5;
        const ReportDocument doc = buildInventoryReportDocument(*m_demo, m_year, ReportLanguage::English, options);
        QVERIFY(doc.hasAppendix());
        const ReportTable* records = findTable(doc.appendix(), QStringLiteral("Activity records"));
        QVERIFY(records);
        QCOMPARE(records->rows.size(), std::size_t(5));
        QCOMPARE(records->omittedRows, m_demo->activities().countInYear(m_year) - 5);

        options.includeRecords = false;
        QVERIFY(!buildInventoryReportDocument(*m_demo, m_year, ReportLanguage::English, options).hasAppendix());
    }

    void neutralityStatement_data() { inventoryReport_data(); }

    void neutralityStatement() {
        QFETCH(ReportLanguage, language);
        neutrality::ClaimRequest request;
        request.year = m_year;
        const auto eval = neutrality::evaluateClaim(*m_demo, request);
        const ReportFormat fmt(language);
        const QString text = render(buildNeutralityReportDocument(*m_demo, request, language), language,
                                    QStringLiteral("neutrality-%1.pdf").arg(code(language)));
        QVERIFY(containsCompact(text, fmt.tonnesCo2e(eval.balance.boundaryEmissionsTco2e)));
        QVERIFY(containsCompact(text, fmt.tonnesCo2e(eval.balance.offsetsAcceptedTco2e)));
        QVERIFY(containsCompact(text, fmt.tonnesCo2e(eval.balance.netEmissionsTco2e)));
        for (const auto& credit : eval.balance.accepted) QVERIFY(containsCompact(text, QString::fromStdString(credit.serial)));
        QVERIFY(!eval.balance.refused.empty());  // the demo has two refused credits: their serials are printed
        for (const auto& r : eval.balance.refused) QVERIFY(containsCompact(text, QString::fromStdString(r.credit.serial)));
    }

    void registerReport_data() { inventoryReport_data(); }

    void registerReport() {
        QFETCH(ReportLanguage, language);
        const QString text = render(buildRegisterReportDocument(*m_demo, {}, language), language,
                                    QStringLiteral("register-%1.pdf").arg(code(language)));
        const bool zh = language == ReportLanguage::Chinese;
        QVERIFY(containsCompact(text, zh ? QStringLiteral("风险和机遇") : QStringLiteral("Risk or opportunity")));
        QVERIFY(containsCompact(text, QStringLiteral("NC-0001")));
        QVERIFY(containsCompact(text, QStringLiteral("全国碳市场")));  // a risk of the demo (its title may wrap)
    }

    void unknownRegisterIsRefused() {
        QVERIFY_THROWS_EXCEPTION(NotFoundError,
                                 buildRegisterReportDocument(*m_demo, {"no_such_register"}, ReportLanguage::English));
    }

    void emptyProject_data() { inventoryReport_data(); }

    /** A project without data says what is missing and prints no figures as if they were data. */
    void emptyProject() {
        QFETCH(ReportLanguage, language);
        const bool zh = language == ReportLanguage::Chinese;
        const QString inventory = render(buildInventoryReportDocument(*m_empty, 2025, language), language,
                                         QStringLiteral("empty-inventory-%1.pdf").arg(code(language)));
        QVERIFY2(containsCompact(inventory, zh ? QStringLiteral("2025年无活动数据：请在“活动数据”页面导入活动数据")
                                               : QStringLiteral("No activity data for 2025: import activity data on "
                                                                "the Activity data page")),
                 qPrintable(inventory));
        QVERIFY2(!inventory.contains(QStringLiteral("0.00")), qPrintable(inventory));

        neutrality::ClaimRequest request;
        request.year = 2025;
        const QString statement = render(buildNeutralityReportDocument(*m_empty, request, language), language,
                                         QStringLiteral("empty-neutrality-%1.pdf").arg(code(language)));
        QVERIFY(containsCompact(statement, zh ? QStringLiteral("2025年无活动数据") : QStringLiteral("No activity data for 2025")));
        QVERIFY2(!statement.contains(QStringLiteral("0.00")), qPrintable(statement));

        const QString registers = render(buildRegisterReportDocument(*m_empty, {}, language), language,
                                         QStringLiteral("empty-register-%1.pdf").arg(code(language)));
        QVERIFY(containsCompact(registers, zh ? QStringLiteral("尚无不符合记录") : QStringLiteral("No nonconformity is recorded")));
    }
};

QTEST_MAIN(ReportDocumentsTest)
#include "ReportDocumentsTest.moc"
