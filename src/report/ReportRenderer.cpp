// SPDX-License-Identifier: MIT
#include "cnms/report/ReportRenderer.h"

#include "BodyBuilder.h"
#include "BodyPagination.h"
#include "DocumentFormats.h"
#include "FrontMatter.h"
#include "PagePainter.h"
#include "ReportStrings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace cnms::report {

Q_LOGGING_CATEGORY(lcReport, "cnms.report", QtInfoMsg)

namespace {

/// ContentsMode::Auto gives a contents page from this many body pages on.
constexpr int kAutoContentsMinPages = 4;
/// The deepest heading level listed in the contents.
constexpr int kContentsDepth = 2;
/**
 * Every report is laid out at this resolution, whatever it is painted on, and the painter scales the
 * result to the device. QTextDocument rounds line heights to whole device pixels, so laying out at the
 * device's own resolution would break pages at slightly different places on a 300 dpi PDF, a 600 dpi
 * printer and the preview.
 */
constexpr int kLayoutDpi = 1200;

QString tr(const char* text) {
    return QCoreApplication::translate("cnms::report::ReportRenderer", text);
}

/// Everything laid out before the first stroke is painted, so that the page count is known on page 1.
struct Layout {
    QTextDocument coverTitle;
    QTextDocument coverDetails;
    QTextDocument contents;
    QTextDocument body;
    int contentsPages = 0;
    int bodyPages = 0;
    std::vector<ContentsEntry> entries;
};

}  // namespace

ReportRenderer::ReportRenderer(ReportLanguage language, RenderOptions options)
    : m_language(language), m_options(std::move(options)),
      m_style(m_options.style ? *m_options.style : ReportStyle::standard(language)) {}

RenderResult ReportRenderer::render(const ReportDocument& document, QPagedPaintDevice* device) const {
    if (device == nullptr)
        throw ReportError(tr("There is no page to print the report on.").toStdString());

    // Our margins and portrait orientation on the device's paper; a printer whose hardware margins are
    // wider refuses them, and then its own margins stay.
    const QPageLayout current = device->pageLayout();
    if (!device->setPageLayout(QPageLayout(current.pageSize(), QPageLayout::Portrait, m_style.marginsMm,
                                           QPageLayout::Millimeter)))
        device->setPageOrientation(QPageLayout::Portrait);

    // The layout device: the same page at kLayoutDpi. A PDF writer that is never painted on costs nothing.
    QBuffer sink;
    QPdfWriter reference(&sink);
    reference.setResolution(kLayoutDpi);
    reference.setPageLayout(device->pageLayout());

    PageFrame frame;
    frame.width = reference.width();
    frame.height = reference.height();
    const DocumentFormats formats(m_style, &reference, frame.width);
    frame.header = formats.mm(m_style.headerHeightMm);
    frame.footer = formats.mm(m_style.footerHeightMm);
    const QSizeF bodySize = frame.body().size();

    QElapsedTimer timer;
    timer.start();

    // 1. The body, paginated, with headings and captions kept with what follows them.
    Layout layout;
    formats.prepare(layout.body);
    BodyBuilder builder(layout.body, formats, m_language, m_options.maxTableRows);
    builder.build(document, m_options.includeAppendix);
    const qint64 buildMs = timer.restart();
    layout.body.setPageSize(bodySize);
    BodyPagination pagination(layout.body);
    layout.bodyPages = pagination.pageCount();
    const qint64 layoutMs = timer.restart();
    const int moved = pagination.keepTogether(builder.keepGroups());
    layout.bodyPages = pagination.pageCount();
    const qint64 keepMs = timer.restart();

    // 2. The page of every heading, read from that layout.
    std::vector<std::pair<const HeadingMark*, int>> headingPages;
    for (const HeadingMark& mark : builder.headings()) {
        if (mark.level <= kContentsDepth)
            headingPages.emplace_back(&mark, pagination.pageOf(mark.position) + 1);
    }

    // 3. The contents, whose own length shifts every body page number: repeat until it stops changing.
    const bool withContents = m_options.contents == ContentsMode::Always
        || (m_options.contents == ContentsMode::Auto && layout.bodyPages >= kAutoContentsMinPages);
    int contentsPages = 0;
    if (withContents) {
        contentsPages = 1;
        for (int attempt = 0; attempt < 4; ++attempt) {
            layout.entries.clear();
            for (const auto& [mark, bodyPage] : headingPages)
                layout.entries.push_back(ContentsEntry{mark->level, mark->text, contentsPages + bodyPage});
            layout.contents.clear();
            formats.prepare(layout.contents);
            buildContents(layout.contents, formats, layout.entries, m_language);
            layout.contents.setPageSize(bodySize);
            const int pages = layout.contents.pageCount();
            if (pages == contentsPages)
                break;
            contentsPages = pages;
        }
    } else {
        for (const auto& [mark, bodyPage] : headingPages)
            layout.entries.push_back(ContentsEntry{mark->level, mark->text, bodyPage});
    }
    layout.contentsPages = contentsPages;

    // 4. The cover.
    formats.prepare(layout.coverTitle);
    buildCoverTitle(layout.coverTitle, formats, document.cover());
    layout.coverTitle.setTextWidth(frame.width * 0.86);
    formats.prepare(layout.coverDetails);
    buildCoverDetails(layout.coverDetails, formats, document.cover(), m_language);
    layout.coverDetails.setTextWidth(frame.width);

    // 5. Paint, scaling the layout onto the device.
    QPainter painter;
    if (!painter.begin(device))
        throw ReportError(tr("The report cannot be painted on this device.").toStdString());
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(device->logicalDpiX() / double(kLayoutDpi), device->logicalDpiY() / double(kLayoutDpi));
    PagePainter pages(painter, formats, frame);

    const ReportStrings strings(m_language);
    const int numbered = layout.contentsPages + layout.bodyPages;
    QString runningHeader = document.cover().organization;
    if (!runningHeader.isEmpty() && !document.cover().title.isEmpty())
        runningHeader += QStringLiteral(" · ");
    runningHeader += document.cover().title;
    const auto nextPage = [&](int pageNumber) {
        if (!device->newPage()) {
            painter.end();
            throw ReportError(tr("The printer refused a new page.").toStdString());
        }
        pages.paintFurniture(runningHeader, strings.text(ReportStrings::PageOfPages).arg(pageNumber).arg(numbered));
    };

    pages.paintCover(layout.coverTitle, layout.coverDetails);
    int pageNumber = 0;
    for (int page = 0; page < layout.contentsPages; ++page) {
        nextPage(++pageNumber);
        pages.paintBodyPage(layout.contents, page);
    }
    for (int page = 0; page < layout.bodyPages; ++page) {
        nextPage(++pageNumber);
        pages.paintBodyPage(layout.body, page);
    }
    painter.end();
    qCDebug(lcReport, "%d sheets: body built in %lld ms, laid out in %lld ms, %d groups kept together in %lld ms, "
                      "front matter and painting %lld ms", 1 + numbered, buildMs, layoutMs, moved, keepMs,
            timer.elapsed());

    RenderResult result;
    result.sheetCount = 1 + numbered;
    result.numberedPageCount = numbered;
    result.contentsPageCount = layout.contentsPages;
    result.headings = std::move(layout.entries);
    return result;
}

RenderResult ReportRenderer::renderPdf(const ReportDocument& document, const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw ReportError(
            tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString());
    }
    RenderResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kLayoutDpi);  // painted 1:1, no scaling
        writer.setTitle(document.cover().title);
        writer.setCreator(QStringLiteral("CNMS Workbench"));
        writer.setPageLayout(QPageLayout(m_style.pageSize, QPageLayout::Portrait, m_style.marginsMm,
                                         QPageLayout::Millimeter));
        result = render(document, &writer);
    }  // the writer has written the file when the painter ended
    if (!file.commit()) {
        throw ReportError(
            tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString());
    }
    return result;
}

RenderResult ReportRenderer::print(const ReportDocument& document, QPrinter* printer) const {
    return render(document, printer);
}

RenderResult renderPdf(const ReportDocument& document, const QString& path, ReportLanguage language,
                       const RenderOptions& options) {
    return ReportRenderer(language, options).renderPdf(document, path);
}

RenderResult print(const ReportDocument& document, QPrinter* printer, ReportLanguage language,
                   const RenderOptions& options) {
    return ReportRenderer(language, options).print(document, printer);
}

}  // namespace cnms::report
