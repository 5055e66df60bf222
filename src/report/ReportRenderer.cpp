// SPDX-License-Identifier: MIT
#include "cnms/report/ReportRenderer.h"

#include "BodyBuilder.h"
#include "BodyPagination.h"
#include "DocumentFormats.h"
#include "FrontMatter.h"
#include "ReportStrings.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace cnms::report {

Q_LOGGING_CATEGORY(lcReport, "cnms.report", QtInfoMsg)

namespace {

/// ContentsMode::Auto gives a contents page from this many body pages on.
constexpr int kAutoContentsMinPages = 4;
/// The deepest heading level listed in the contents.
constexpr int kContentsDepth = 2;
constexpr int kPdfResolution = 300;

QString tr(const char* text) {
    return QCoreApplication::translate("cnms::report::ReportRenderer", text);
}

/// The printable area of a page and its bands, in device pixels with the origin at its top left.
struct PageFrame {
    double width = 0;
    double height = 0;
    double header = 0;
    double footer = 0;
    QRectF body() const { return {0, header, width, height - header - footer}; }
};

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

void drawDocumentPage(QPainter& painter, QTextDocument& document, int page, const QRectF& area, const QColor& text) {
    const double pageHeight = document.pageSize().height();
    painter.save();
    painter.translate(area.left(), area.top() - page * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout rounds to 1/64 pixel: a block moved to the top of the next page may start a hair above
    // it. Leave it out of this page's context, or its text would be drawn (clipped, but searchable) here too.
    context.clip = QRectF(0, page * pageHeight, area.width(), pageHeight - BodyPagination::kRounding);
    context.palette.setColor(QPalette::Text, text);
    painter.setClipRect(QRectF(0, page * pageHeight, area.width(), pageHeight));
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

/// Draws a document laid out without pages (the cover's parts) with its top left at `origin`.
void drawWholeDocument(QPainter& painter, QTextDocument& document, QPointF origin, const QColor& text) {
    painter.save();
    painter.translate(origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

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

    PageFrame frame;
    frame.width = device->width();
    frame.height = device->height();
    const DocumentFormats formats(m_style, device, frame.width);
    frame.header = formats.mm(m_style.headerHeightMm);
    frame.footer = formats.mm(m_style.footerHeightMm);
    const QRectF bodyArea = frame.body();

    QElapsedTimer timer;
    timer.start();

    // 1. The body, paginated, with headings and captions kept with what follows them.
    Layout layout;
    formats.prepare(layout.body);
    BodyBuilder builder(layout.body, formats, m_language);
    builder.build(document, m_options.includeAppendix);
    const qint64 buildMs = timer.restart();
    layout.body.setPageSize(bodyArea.size());
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
    if (withContents) {
        int contentsPages = 1;
        for (int attempt = 0; attempt < 4; ++attempt) {
            layout.entries.clear();
            for (const auto& [mark, bodyPage] : headingPages)
                layout.entries.push_back(ContentsEntry{mark->level, mark->text, contentsPages + bodyPage});
            layout.contents.clear();
            formats.prepare(layout.contents);
            buildContents(layout.contents, formats, layout.entries, m_language);
            layout.contents.setPageSize(bodyArea.size());
            const int pages = layout.contents.pageCount();
            if (pages == contentsPages)
                break;
            contentsPages = pages;
        }
        layout.contentsPages = contentsPages;
    } else {
        for (const auto& [mark, bodyPage] : headingPages)
            layout.entries.push_back(ContentsEntry{mark->level, mark->text, bodyPage});
    }

    // 4. The cover.
    formats.prepare(layout.coverTitle);
    buildCoverTitle(layout.coverTitle, formats, document.cover());
    layout.coverTitle.setTextWidth(frame.width * 0.86);
    formats.prepare(layout.coverDetails);
    buildCoverDetails(layout.coverDetails, formats, document.cover(), m_language);
    layout.coverDetails.setTextWidth(frame.width);

    // 5. Paint.
    QPainter painter;
    if (!painter.begin(device))
        throw ReportError(tr("The report cannot be painted on this device.").toStdString());
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);

    const ReportStrings strings(m_language);
    const int numbered = layout.contentsPages + layout.bodyPages;
    QString runningHeader = document.cover().organization;
    if (!runningHeader.isEmpty() && !document.cover().title.isEmpty())
        runningHeader += QStringLiteral(" · ");
    runningHeader += document.cover().title;

    const auto paintFurniture = [&](int pageNumber) {
        painter.save();
        const QFont font = formats.font(8.5);
        painter.setFont(font);
        const QFontMetricsF metrics(font, device);
        painter.setPen(m_style.mutedColor);
        painter.drawText(QPointF(0, metrics.ascent()),
                         metrics.elidedText(runningHeader, Qt::ElideMiddle, frame.width));
        const double ruleY = metrics.height() + formats.mm(1.2);
        painter.setPen(QPen(m_style.ruleColor, formats.pt(0.5)));
        painter.drawLine(QPointF(0, ruleY), QPointF(frame.width, ruleY));
        painter.setPen(m_style.mutedColor);
        const QString footer = strings.text(ReportStrings::PageOfPages).arg(pageNumber).arg(numbered);
        painter.drawText(QRectF(0, frame.height - frame.footer, frame.width, frame.footer),
                         Qt::AlignHCenter | Qt::AlignBottom, footer);
        painter.restore();
    };
    const auto nextPage = [&] {
        if (!device->newPage())
            throw ReportError(tr("The printer refused a new page.").toStdString());
    };

    // The cover: the title a fifth of the way down, who and when below the middle, no page number.
    const double titleTop = frame.height * 0.2;
    const double titleLeft = (frame.width - layout.coverTitle.textWidth()) / 2;
    painter.save();
    painter.setPen(QPen(m_style.accentColor, formats.pt(3.0)));
    painter.drawLine(QPointF(titleLeft, titleTop - formats.mm(10)), QPointF(titleLeft + formats.mm(30), titleTop - formats.mm(10)));
    painter.restore();
    drawWholeDocument(painter, layout.coverTitle, QPointF(titleLeft, titleTop), m_style.textColor);
    const double titleBottom = titleTop + layout.coverTitle.size().height();
    const double detailsTop = std::max(frame.height * 0.56, titleBottom + formats.mm(20));
    drawWholeDocument(painter, layout.coverDetails, QPointF(0, detailsTop), m_style.textColor);

    int pageNumber = 0;
    for (int page = 0; page < layout.contentsPages; ++page) {
        nextPage();
        paintFurniture(++pageNumber);
        drawDocumentPage(painter, layout.contents, page, bodyArea, m_style.textColor);
    }
    for (int page = 0; page < layout.bodyPages; ++page) {
        nextPage();
        paintFurniture(++pageNumber);
        drawDocumentPage(painter, layout.body, page, bodyArea, m_style.textColor);
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
        writer.setResolution(kPdfResolution);
        writer.setTitle(document.cover().title);
        writer.setCreator(QStringLiteral("CNMS Workbench"));
        writer.setPageLayout(QPageLayout(m_style.pageSize, QPageLayout::Portrait, m_style.marginsMm,
                                         QPageLayout::Millimeter));
        result = render(document, &writer);
    }  // the writer finishes the file when it goes
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
