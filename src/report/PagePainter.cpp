// SPDX-License-Identifier: MIT
#include "PagePainter.h"

#include "BodyPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace cnms::report {

namespace {

constexpr double kFurniturePointSize = 8.5;

}  // namespace

PagePainter::PagePainter(QPainter& painter, const DocumentFormats& formats, const PageFrame& frame)
    : m_painter(painter), m_formats(formats), m_frame(frame) {}

PagePainter::~PagePainter() = default;

void PagePainter::paintCover(QTextDocument& title, QTextDocument& details) {
    const double titleTop = m_frame.height * 0.2;
    const double titleLeft = (m_frame.width - title.textWidth()) / 2;
    m_painter.save();
    m_painter.setPen(QPen(m_formats.style().accentColor, m_formats.pt(3.0)));
    const double ruleY = titleTop - m_formats.mm(10);
    m_painter.drawLine(QPointF(titleLeft, ruleY), QPointF(titleLeft + m_formats.mm(30), ruleY));
    m_painter.restore();
    paintWhole(title, QPointF(titleLeft, titleTop));
    const double titleBottom = titleTop + title.size().height();
    const double detailsTop = std::max(m_frame.height * 0.56, titleBottom + m_formats.mm(20));
    paintWhole(details, QPointF(0, detailsTop));
}

void PagePainter::paintFurniture(const QString& runningHeader, const QString& footer) {
    // Text goes through QTextDocument like the body, so it is measured on the layout device and scales
    // with the painter; QPainter::drawText would size the font for the target device a second time.
    const QString header = m_formats.elided(runningHeader, kFurniturePointSize, m_frame.width);
    const auto headerLine = line(header, Qt::AlignLeft);
    paintWhole(*headerLine, QPointF(0, 0));
    const double ruleY = headerLine->size().height() + m_formats.mm(0.8);
    m_painter.save();
    m_painter.setPen(QPen(m_formats.style().ruleColor, m_formats.pt(0.5)));
    m_painter.drawLine(QPointF(0, ruleY), QPointF(m_frame.width, ruleY));
    m_painter.restore();

    const auto footerLine = line(footer, Qt::AlignHCenter);
    paintWhole(*footerLine, QPointF(0, m_frame.height - footerLine->size().height()));
}

void PagePainter::paintBodyPage(QTextDocument& document, int page) {
    const QRectF area = m_frame.body();
    const double pageHeight = document.pageSize().height();
    m_painter.save();
    m_painter.translate(area.left(), area.top() - page * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout computes in 1/64 pixel, so a block moved to the top of the next page may start a hair above
    // it. Leave it out of this page's context, or its text would be drawn (clipped, but searchable) here too.
    context.clip = QRectF(0, page * pageHeight, area.width(), pageHeight - BodyPagination::kRounding);
    context.palette.setColor(QPalette::Text, m_formats.style().textColor);
    m_painter.setClipRect(QRectF(0, page * pageHeight, area.width(), pageHeight));
    document.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

void PagePainter::paintWhole(QTextDocument& document, QPointF origin) {
    m_painter.save();
    m_painter.translate(origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_formats.style().textColor);
    document.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

std::unique_ptr<QTextDocument> PagePainter::line(const QString& text, Qt::Alignment alignment) const {
    auto document = std::make_unique<QTextDocument>();
    m_formats.prepare(*document);
    QTextCursor cursor(document.get());
    QTextBlockFormat block;
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, m_formats.colouredText(m_formats.style().mutedColor, kFurniturePointSize));
    document->setTextWidth(m_frame.width);
    return document;
}

}  // namespace cnms::report
