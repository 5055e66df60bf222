// SPDX-License-Identifier: MIT
// The audit report of the demo's completed audit, rendered to PDF in Chinese and English and read
// back with pdftotext: the finding counts of the summary table, the nonconformities raised, the team.
#include "PdfTools.h"

#include "cnms/audit/AuditPlanService.h"
#include "cnms/audit/AuditReport.h"
#include "cnms/core/DemoProject.h"
#include "cnms/report/AuditReportDocument.h"
#include "cnms/report/ReportRenderer.h"
#include "cnms/storage/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace cnms;
using namespace cnms::report;

namespace {
/** The demo's completed audit with the most nonconformities (last year's operation audit). */
AuditId completedAuditWithNcs(ProjectStore& store) {
    AuditId best = 0;
    std::size_t most = 0;
    for (const auto& a : AuditPlanService(ServiceContext(store)).audits()) {
        if (!a.isCompleted()) continue;
        const auto r = buildAuditReport(store, a.id);
        if (best == 0 || r.nonconformities.size() > most) {
            best = a.id;
            most = r.nonconformities.size();
        }
    }
    return best;
}
}  // namespace

class AuditReportPdfTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!pdf::toolsAvailable()) QSKIP("poppler-utils (pdftotext) is not installed");
        QVERIFY(m_dir.isValid());
        m_store = storage::createProject(m_dir.filePath(QStringLiteral("demo.cnms")).toStdString(), demo::organization());
        demo::populate(*m_store);
        m_audit = completedAuditWithNcs(*m_store);
        QVERIFY(m_audit != 0);
    }

    void rendersTheCompletedAuditInBothLanguages_data() {
        QTest::addColumn<int>("language");
        QTest::newRow("zh") << static_cast<int>(ReportLanguage::Chinese);
        QTest::newRow("en") << static_cast<int>(ReportLanguage::English);
    }

    void rendersTheCompletedAuditInBothLanguages() {
        QFETCH(int, language);
        const auto lang = static_cast<ReportLanguage>(language);
        const bool zh = lang == ReportLanguage::Chinese;
        const AuditReport core = buildAuditReport(*m_store, m_audit);
        QVERIFY(!core.nonconformities.empty());  // the demo raised NCs from this audit

        const ReportDocument doc = buildAuditReportDocument(*m_store, m_audit, lang);
        const QString path = m_dir.filePath(zh ? QStringLiteral("audit-zh.pdf") : QStringLiteral("audit-en.pdf"));
        const RenderResult rendered = renderPdf(doc, path, lang);
        QVERIFY(rendered.sheetCount >= 3);
        if (qEnvironmentVariableIsSet("CNMS_REPORT_ARTIFACTS"))
            QFile::copy(path, QDir(qEnvironmentVariable("CNMS_REPORT_ARTIFACTS")).filePath(QFileInfo(path).fileName()));

        const QString text = pdf::simplified(pdf::text(path));
        const QString compact = pdf::compact(pdf::text(path));
        QVERIFY2(compact.contains(QString::fromStdString(core.audit.code)), qPrintable(text.left(400)));
        QVERIFY(compact.contains(zh ? QStringLiteral("内部审核报告") : QStringLiteral("InternalAuditReport")));
        // Every nonconformity the audit raised, by its id.
        for (const auto& nc : core.nonconformities)
            QVERIFY2(compact.contains(QString::fromStdString(nc.code())), nc.code().c_str());
        // The summary table's count of each result, as the core counted them.
        const std::pair<FindingResult, QString> rows[] = {
            {FindingResult::Conforming, zh ? QStringLiteral("符合") : QStringLiteral("Conforming")},
            {FindingResult::MajorNonconformity, zh ? QStringLiteral("严重不符合") : QStringLiteral("Majornonconformity")},
            {FindingResult::MinorNonconformity, zh ? QStringLiteral("一般不符合") : QStringLiteral("Minornonconformity")},
            {FindingResult::Observation, zh ? QStringLiteral("观察项") : QStringLiteral("Observation")},
        };
        int total = 0;
        for (const auto& [result, n] : core.counts) total += n;
        for (const auto& [result, label] : rows) {
            const auto it = core.counts.find(result);
            const int n = it == core.counts.end() ? 0 : it->second;
            QVERIFY2(compact.contains(label + QString::number(n)), qPrintable(label + QString::number(n)));
        }
        QVERIFY(compact.contains((zh ? QStringLiteral("合计") : QStringLiteral("Total")) + QString::number(total)));
        QVERIFY(core.counts.count(FindingResult::MajorNonconformity) || core.counts.count(FindingResult::MinorNonconformity));
        // Team and conclusion.
        QVERIFY(compact.contains(QString::fromStdString(core.audit.lead.name).remove(QLatin1Char(' '))));
        QVERIFY(compact.contains(zh ? QStringLiteral("审核结论") : QStringLiteral("Conclusion")));
    }

    void unknownAuditIsRefused() {
        QVERIFY_THROWS_EXCEPTION(NotFoundError, buildAuditReportDocument(*m_store, 999999, ReportLanguage::English));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    AuditId m_audit = 0;
};

QTEST_MAIN(AuditReportPdfTest)
#include "AuditReportPdfTest.moc"
