// SPDX-License-Identifier: MIT
#include "DocumentFormats.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace cnms::report {

namespace {

constexpr double kCellPaddingMm = 1.2;
constexpr double kGridBorderPt = 0.75;

}  // namespace

DocumentFormats::DocumentFormats(const ReportStyle& style, QPaintDevice* device, double textWidth)
    : m_style(style), m_device(device), m_dpi(device->logicalDpiY()), m_textWidth(textWidth) {}

double DocumentFormats::advance(const QString& text, double pointSize, bool bold) const {
    return QFontMetricsF(font(pointSize, bold), m_device).horizontalAdvance(text);
}

QString DocumentFormats::elided(const QString& text, double pointSize, double width) const {
    return QFontMetricsF(font(pointSize), m_device).elidedText(text, Qt::ElideMiddle, width);
}

double DocumentFormats::cellChrome() const {
    return 2 * mm(kCellPaddingMm);
}

double DocumentFormats::gridBorder() const {
    return pt(kGridBorderPt);  // device pixels, for measuring; the format takes flow units
}

QFont DocumentFormats::font(double pointSize, bool bold) const {
    QFont f = m_style.font(pointSize > 0.0 ? pointSize : m_style.bodyPointSize, bold);
    // Kerning and hinting tuned for the screen would move glyphs between preview and paper.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void DocumentFormats::prepare(QTextDocument& document) const {
    document.documentLayout()->setPaintDevice(m_device);  // without it, text is laid out at 96 dpi: tiny on paper
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setDefaultFont(font());
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
}

QTextCharFormat DocumentFormats::text(double pointSize, bool bold) const {
    return colouredText(m_style.textColor, pointSize, bold);
}

QTextCharFormat DocumentFormats::colouredText(const QColor& colour, double pointSize, bool bold) const {
    QTextCharFormat format;
    format.setFontFamilies(m_style.fontFamilies);
    format.setFontPointSize(pointSize > 0.0 ? pointSize : m_style.bodyPointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat DocumentFormats::paragraph(bool chinese) const {
    QTextBlockFormat format;
    // Justified Latin text in a 170 mm column opens wide gaps between words; Chinese has none to open.
    format.setAlignment(chinese ? Qt::AlignJustify : Qt::AlignLeft);
    format.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    format.setTopMargin(0);
    format.setBottomMargin(flowMm(2.0));
    // Chinese paragraphs indent their first line by two characters (首行缩进两字).
    if (chinese)
        format.setTextIndent(pt(2 * m_style.bodyPointSize));
    return format;
}

QTextBlockFormat DocumentFormats::heading(int level) const {
    static const double top[] = {7.0, 5.0, 3.5};
    static const double bottom[] = {3.0, 2.0, 1.5};
    const int i = std::clamp(level, 1, 3) - 1;
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(flowMm(top[i]));
    format.setBottomMargin(flowMm(bottom[i]));
    format.setHeadingLevel(level);
    format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat DocumentFormats::headingText(int level) const {
    static const double sizes[] = {16.0, 13.0, 11.5};
    const int i = std::clamp(level, 1, 3) - 1;
    return colouredText(level == 3 ? m_style.textColor : m_style.accentColor, sizes[i], true);
}

QTextBlockFormat DocumentFormats::caption() const {
    return centred(2.5, 1.5);
}

QTextBlockFormat DocumentFormats::centred(double topMm, double bottomMm) const {
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(flowMm(topMm));
    format.setBottomMargin(flowMm(bottomMm));
    return format;
}

QTextBlockFormat DocumentFormats::cell(ColumnAlign align) const {
    QTextBlockFormat format;
    switch (align) {
    case ColumnAlign::Left: format.setAlignment(Qt::AlignLeft); break;
    case ColumnAlign::Center: format.setAlignment(Qt::AlignHCenter); break;
    case ColumnAlign::Right:
        format.setAlignment(Qt::AlignRight);
        break;
    }
    return format;
}

QTextBlockFormat DocumentFormats::collapsed() const {
    QTextBlockFormat format;
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setLineHeight(1, QTextBlockFormat::FixedHeight);
    return format;
}

QTextTableFormat DocumentFormats::grid(const std::vector<double>& weights, int headerRows) const {
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    QList<QTextLength> widths;
    for (double weight : weights)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * weight / total);
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(headerRows);
    format.setBorderCollapse(true);
    format.setBorder(flowPt(kGridBorderPt));
    format.setBorderBrush(m_style.ruleColor);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(flowMm(kCellPaddingMm));
    format.setTopMargin(0);
    format.setBottomMargin(flowMm(3.0));
    return format;
}

}  // namespace cnms::report
