// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFormats.h"

#include <QRectF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace cnms::report {

/** The printable area of a page and its bands, in layout pixels with the origin at its top left. */
struct PageFrame {
    double width = 0;
    double height = 0;
    double header = 0;
    double footer = 0;
    QRectF body() const { return {0, header, width, height - header - footer}; }
};

/**
 * Paints the parts of report pages: the cover, the running header and page footer, and one page of a
 * paginated document. All geometry is in layout pixels; the painter maps them onto its device.
 */
class PagePainter {
public:
    PagePainter(QPainter& painter, const DocumentFormats& formats, const PageFrame& frame);
    ~PagePainter();

    /** The cover: an accent rule, the title block a fifth of the way down, who and when below the middle. */
    void paintCover(QTextDocument& title, QTextDocument& details);

    /** The running header (elided in the middle when too long) and the footer text, centred. */
    void paintFurniture(const QString& runningHeader, const QString& footer);

    /** Page `page` (0-based) of a document paginated to the body area, drawn into the body area. */
    void paintBodyPage(QTextDocument& document, int page);

private:
    /** Draws a document laid out without pages with its top left at `origin`. */
    void paintWhole(QTextDocument& document, QPointF origin);
    /** A one-line document in the muted style, as wide as the page, aligned as given. */
    std::unique_ptr<QTextDocument> line(const QString& text, Qt::Alignment alignment) const;

    QPainter& m_painter;
    const DocumentFormats& m_formats;
    PageFrame m_frame;
};

}  // namespace cnms::report
