// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportRenderer.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
QT_END_NAMESPACE

namespace cnms::report {

/**
 * Shows a report as it will print, page by page, with zoom, and buttons Print… (the system print
 * dialog, then the printer) and Export PDF… (a save dialog, then the PDF). The preview, the paper and
 * the PDF come from the same ReportRenderer, so they show the same pages.
 */
class ReportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    /** Keeps a copy of `document`, so the caller's copy and its charts may go away. */
    ReportPreviewDialog(ReportDocument document, ReportLanguage language, RenderOptions options = {},
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    /** How many sheets the preview shows (cover included). */
    int sheetCount() const;

    /**
     * Writes the PDF to `path` without asking. Returns false when it fails, with the reason (naming the
     * path) in `error` if given. Export PDF… calls it after its save dialog and shows the reason.
     */
    bool exportPdf(const QString& path, QString* error = nullptr);

    /** The file name Export PDF… proposes: the report title with characters unsafe in file names replaced. */
    QString suggestedFileName() const;

signals:
    /** A PDF was written to `path`. */
    void pdfExported(const QString& path);

private:
    void paintPages(QPrinter* printer);
    void askAndPrint();
    void askAndExportPdf();
    void updatePageLabel();

    ReportDocument m_document;
    ReportRenderer m_renderer;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_pageLabel = nullptr;
};

}  // namespace cnms::report
