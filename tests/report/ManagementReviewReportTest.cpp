// SPDX-License-Identifier: MIT
// The management review report of the demo project, rendered to PDF in both languages and read back.
#include "PdfTools.h"

#include "cnms/core/DemoProject.h"
#include "cnms/report/ManagementReviewReportDocument.h"
#include "cnms/report/ReportRenderer.h"
#include "cnms/storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cnms;
using namespace cnms::report;

class ManagementReviewReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!pdf::toolsAvailable()) QSKIP("poppler-utils (pdftotext) is not installed");
        m_store = storage::createProject(m_dir.filePath(QStringLiteral("demo.cnms")).toStdString(), demo::organization());
        demo::populate(*m_store);
        for (const auto& r : m_store->managementReviews().list()) (r.isHeld() ? m_held : m_draft) = r;
        QVERIFY(m_held.id != 0);
        QVERIFY(m_draft.id != 0);
    }

    void heldReviewPrintsItsDecisions_data() {
        QTest::addColumn<int>("language");
        QTest::newRow("zh") << int(ReportLanguage::Chinese);
        QTest::newRow("en") << int(ReportLanguage::English);
    }

    void heldReviewPrintsItsDecisions() {
        QFETCH(int, language);
        const auto lang = static_cast<ReportLanguage>(language);
        const QString path = render(m_held.id, lang, QStringLiteral("held"));
        const QString text = pdf::compact(pdf::text(path));
        for (const auto& decision : m_held.decisions)
            QVERIFY2(text.contains(pdf::compact(QString::fromStdString(decision))), decision.c_str());
        QVERIFY(text.contains(pdf::compact(QString::fromStdString(m_held.chair))));
        QVERIFY(text.contains(pdf::compact(QString::fromStdString(m_held.suitability))));
        // The inputs' comments and the actions from the actions register.
        QVERIFY(text.contains(pdf::compact(QString::fromStdString(m_held.input(review::InputKind::AuditResults)->comment))));
        for (const auto& a : m_store->actions().listBySource(review::kRecordType, m_held.id))
            QVERIFY(text.contains(pdf::compact(QString::fromStdString(a.description))));
        if (lang == ReportLanguage::Chinese) {
            QVERIFY(text.contains(QStringLiteral("管理评审报告")));
            QVERIFY(text.contains(QStringLiteral("评审输出")));
            QVERIFY(text.contains(QStringLiteral("碳绩效")));
            QVERIFY(!text.contains(QStringLiteral("Reviewoutputs")));
        } else {
            QVERIFY(text.contains(QStringLiteral("ManagementReviewReport")));
            QVERIFY(text.contains(QStringLiteral("Reviewoutputs")));
            QVERIFY(text.contains(QStringLiteral("Carbonperformance")));
        }
        QVERIFY(!text.contains(pdf::compact(QStringLiteral("This review is a draft"))));
    }

    void draftReviewIsMarkedAsDraft() {
        const QString path = render(m_draft.id, ReportLanguage::English, QStringLiteral("draft"));
        const QString text = pdf::simplified(pdf::text(path));
        QVERIFY(text.contains(QStringLiteral("This review is a draft")));
        QVERIFY(text.contains(QStringLiteral("No decision recorded.")));
        // The trend table shows the inventory years the demo holds.
        QVERIFY(text.contains(QStringLiteral("Emissions by year")));
        QVERIFY(text.contains(QStringLiteral("2023")));
        QVERIFY(text.contains(QStringLiteral("2024")));
    }

    void unknownReviewIsRefused() {
        QVERIFY_THROWS_EXCEPTION(NotFoundError,
                                 buildManagementReviewReportDocument(*m_store, 999, ReportLanguage::English));
    }

private:
    QString render(review::ReviewId id, ReportLanguage language, const QString& name) {
        const QString file = name + QLatin1Char('-') + languageCode(language) + QStringLiteral(".pdf");
        const QByteArray artifacts = qgetenv("CNMS_REPORT_ARTIFACTS");
        const QString path = artifacts.isEmpty() ? m_dir.filePath(file) : QDir(QString::fromLocal8Bit(artifacts)).filePath(file);
        const auto document = buildManagementReviewReportDocument(*m_store, id, language);
        const auto result = renderPdf(document, path, language);
        [&] { QCOMPARE(pdf::pageCount(path), result.sheetCount); }();
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    review::ManagementReview m_held, m_draft;
};

QTEST_MAIN(ManagementReviewReportTest)
#include "ManagementReviewReportTest.moc"
