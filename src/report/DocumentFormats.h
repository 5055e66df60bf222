// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportStyle.h"

#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace cnms::report {

/**
 * The text formats of a report on one paint device. Once its layout paints on a device, QTextDocument
 * measures lengths in two units, and a physical size (mm, pt) must be converted to the right one:
 *  - "flow" units, 1/96 inch, which the layout scales to the device itself: the top and bottom margins of
 *    blocks, table borders, margins, cell padding, spacing and cell borders, fixed line heights and image
 *    sizes (measured on Qt 6.4 by laying the same document out at 300 and 1200 dpi);
 *  - device pixels, used as they are: left/right block margins, first-line indents, and everything the
 *    renderer paints with QPainter.
 * Mixing them up makes a length grow or shrink with the resolution, so the preview (printer resolution)
 * would break pages elsewhere than the PDF; a test compares the two.
 * Font sizes stay in points, which the layout converts itself.
 */
class DocumentFormats {
public:
    /** Formats for text `textWidth` device pixels wide on `device`. */
    DocumentFormats(const ReportStyle& style, QPaintDevice* device, double textWidth);

    /** Device pixels for a length in millimetres / points. */
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double pt(double points) const { return points * m_dpi / 72.0; }
    /** Flow units (1/96 inch, scaled to the device by the layout) for a length in millimetres / points. */
    static double flowMm(double millimetres) { return millimetres * 96.0 / 25.4; }
    static double flowPt(double points) { return points * 96.0 / 72.0; }
    double dpi() const { return m_dpi; }
    double textWidth() const { return m_textWidth; }
    const ReportStyle& style() const { return m_style; }

    /** The width of `text` in the report font at `pointSize`, in device pixels. */
    double advance(const QString& text, double pointSize, bool bold) const;

    /** `text` shortened in the middle with "…" to fit `width` device pixels in the report font. */
    QString elided(const QString& text, double pointSize, double width) const;

    /** Horizontal room a table cell takes besides its text: its padding on both sides. */
    double cellChrome() const;
    /** The width of a grid table's borders, in device pixels. */
    double gridBorder() const;

    /** The report font at `pointSize` (the body size when 0). */
    QFont font(double pointSize = 0.0, bool bold = false) const;

    /**
     * Points `document` at `device` and gives it the report's default font, no document margin, design
     * metrics (so the preview at screen resolution breaks lines where the PDF does) and wrapping that may
     * break a long word in a narrow table cell rather than overflow it.
     */
    void prepare(QTextDocument& document) const;

    QTextCharFormat text(double pointSize = 0.0, bool bold = false) const;
    QTextCharFormat colouredText(const QColor& colour, double pointSize = 0.0, bool bold = false) const;

    /** A body paragraph: Chinese is justified with a two-character first-line indent, English ragged right. */
    QTextBlockFormat paragraph(bool chinese) const;
    QTextBlockFormat heading(int level) const;
    QTextCharFormat headingText(int level) const;
    QTextBlockFormat caption() const;
    QTextBlockFormat centred(double topMm, double bottomMm) const;
    /** A cell paragraph aligned like its column. */
    QTextBlockFormat cell(ColumnAlign align) const;
    /** A block that takes (almost) no height: the empty block QTextDocument keeps after a table. */
    QTextBlockFormat collapsed() const;

    /**
     * A full-width grid table with the given relative column widths and `headerRows` header rows, which
     * QTextDocument repeats at the top of every page the table continues on.
     */
    QTextTableFormat grid(const std::vector<double>& weights, int headerRows) const;

private:
    const ReportStyle& m_style;
    QPaintDevice* m_device;
    double m_dpi;
    double m_textWidth;
};

}  // namespace cnms::report
