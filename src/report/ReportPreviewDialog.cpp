// SPDX-License-Identifier: MIT
#include "cnms/report/ReportPreviewDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace cnms::report {

ReportPreviewDialog::ReportPreviewDialog(ReportDocument document, ReportLanguage language, RenderOptions options,
                                         QWidget* parent)
    : QDialog(parent), m_document(std::move(document)), m_renderer(language, std::move(options)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    setWindowTitle(tr("Print Preview – %1").arg(m_document.cover().title));
    m_printer->setPageLayout(QPageLayout(m_renderer.style().pageSize, QPageLayout::Portrait,
                                         m_renderer.style().marginsMm, QPageLayout::Millimeter));
    m_printer->setDocName(m_document.cover().title);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewDialog::paintPages);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPreviewDialog::updatePageLabel);

    auto* toolBar = new QToolBar(this);
    QAction* previous = toolBar->addAction(tr("Previous page"));
    connect(previous, &QAction::triggered, this,
            [this] { m_preview->setCurrentPage(std::max(1, m_preview->currentPage() - 1)); updatePageLabel(); });
    QAction* next = toolBar->addAction(tr("Next page"));
    connect(next, &QAction::triggered, this, [this] {
        m_preview->setCurrentPage(std::min(m_preview->pageCount(), m_preview->currentPage() + 1));
        updatePageLabel();
    });
    m_pageLabel = new QLabel(this);
    m_pageLabel->setContentsMargins(8, 0, 8, 0);
    toolBar->addWidget(m_pageLabel);
    toolBar->addSeparator();
    QAction* zoomOut = toolBar->addAction(tr("Zoom out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_preview, [this] { m_preview->zoomOut(); });
    QAction* zoomIn = toolBar->addAction(tr("Zoom in"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_preview, [this] { m_preview->zoomIn(); });
    QAction* fitWidth = toolBar->addAction(tr("Fit width"));
    connect(fitWidth, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitToWidth);
    QAction* wholePage = toolBar->addAction(tr("Whole page"));
    connect(wholePage, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitInView);
    QAction* facing = toolBar->addAction(tr("Two pages"));
    facing->setCheckable(true);
    connect(facing, &QAction::toggled, m_preview, [this](bool on) {
        m_preview->setViewMode(on ? QPrintPreviewWidget::FacingPagesView : QPrintPreviewWidget::SinglePageView);
    });

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QPushButton* pdfButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(printButton, &QPushButton::clicked, this, &ReportPreviewDialog::askAndPrint);
    connect(pdfButton, &QPushButton::clicked, this, &ReportPreviewDialog::askAndExportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(toolBar);
    layout->addWidget(m_preview, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(8, 0, 8, 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    resize(900, 1000);

    // Lay the pages out now, so that sheetCount() answers before the dialog is shown.
    m_preview->updatePreview();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

int ReportPreviewDialog::sheetCount() const {
    return m_preview->pageCount();
}

void ReportPreviewDialog::paintPages(QPrinter* printer) {
    try {
        m_renderer.print(m_document, printer);
    } catch (const ReportError& error) {
        QMessageBox::warning(this, tr("Print preview"), QString::fromStdString(error.what()));
    }
}

void ReportPreviewDialog::askAndPrint() {
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.cover().title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_renderer.print(m_document, m_printer.get());
    } catch (const ReportError& error) {
        QMessageBox::warning(this, tr("Print"), QString::fromStdString(error.what()));
    }
    m_preview->updatePreview();  // the printer's paper may have changed
}

QString ReportPreviewDialog::suggestedFileName() const {
    QString name = m_document.cover().title.trimmed();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])")), QStringLiteral("_"));
    if (name.isEmpty())
        name = tr("report");
    return name + QStringLiteral(".pdf");
}

void ReportPreviewDialog::askAndExportPdf() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QDir(folder).filePath(suggestedFileName()),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"),
                   &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

bool ReportPreviewDialog::exportPdf(const QString& path, QString* error) {
    try {
        m_renderer.renderPdf(m_document, path);
    } catch (const ReportError& failure) {
        if (error != nullptr)
            *error = QString::fromStdString(failure.what());
        return false;
    }
    emit pdfExported(path);
    return true;
}

void ReportPreviewDialog::updatePageLabel() {
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

}  // namespace cnms::report
