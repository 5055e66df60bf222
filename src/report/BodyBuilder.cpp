// SPDX-License-Identifier: MIT
#include "BodyBuilder.h"

#include "ColumnWidths.h"
#include "cnms/report/ReportFormat.h"

#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

namespace cnms::report {

BodyBuilder::BodyBuilder(QTextDocument& target, const DocumentFormats& formats, ReportLanguage language,
                         int maxTableRows)
    : m_document(target), m_formats(formats), m_language(language), m_maxTableRows(std::max(maxTableRows, 1)),
      m_strings(language), m_cursor(&target) {}

void BodyBuilder::build(const ReportDocument& document, bool withAppendix) {
    m_numbered = document.numberedHeadings();
    m_cursor.beginEditBlock();
    for (const ReportBlock& block : document.body())
        std::visit([this](const auto& b) { add(b); }, block);
    if (withAppendix && document.hasAppendix()) {
        m_inAppendix = true;
        m_counters = {0, 0, 0};
        for (const ReportBlock& block : document.appendix())
            std::visit([this](const auto& b) { add(b); }, block);
    }
    // QTextDocument always keeps a block after a table; make sure a trailing one takes no room.
    if (m_atEmptyBlock)
        m_cursor.setBlockFormat(m_formats.collapsed());
    m_cursor.endEditBlock();
}

QString BodyBuilder::headingNumber(int level) {
    const int i = level - 1;
    ++m_counters[i];
    for (int deeper = i + 1; deeper < 3; ++deeper)
        m_counters[deeper] = 0;
    QString number;
    if (m_inAppendix) {
        if (level == 1)
            return m_strings.text(ReportStrings::AppendixLetter).arg(QChar(u'A' + m_appendixCount - 1));
        number = QChar(u'A' + std::max(m_appendixCount, 1) - 1);
    } else {
        number = QString::number(m_counters[0]);
    }
    for (int deeper = 1; deeper <= i; ++deeper)
        number += QLatin1Char('.') + QString::number(m_counters[deeper]);
    return number;
}

void BodyBuilder::add(const ReportHeading& heading) {
    const int level = std::clamp(heading.level, 1, 3);
    if (m_inAppendix && level == 1) {
        ++m_appendixCount;
        m_breakBefore = true;  // each appendix starts on its own page
    }
    QString text = heading.text;
    if (m_numbered || (m_inAppendix && level == 1))
        text = headingNumber(level) + QLatin1Char(' ') + heading.text;

    const int position = beginBlock(m_formats.heading(level), m_formats.headingText(level));
    m_cursor.insertText(text, m_formats.headingText(level));
    m_headings.push_back(HeadingMark{level, text, position});
    if (!m_pendingKeep)
        m_pendingKeep = position;
}

void BodyBuilder::add(const ReportParagraph& paragraph) {
    // Each line of the text is a paragraph of its own; insertText() alone would keep a "\n" as a line break.
    const QStringList lines = paragraph.text.split(QLatin1Char('\n'));
    const bool chinese = m_language == ReportLanguage::Chinese;
    for (const QString& line : lines) {
        const int position = beginBlock(m_formats.paragraph(chinese), m_formats.text());
        m_cursor.insertText(line, m_formats.text());
        anchorPending(position);
    }
}

void BodyBuilder::add(const ReportKeyValues& keyValues) {
    if (keyValues.items.empty())
        return;
    const int rows = static_cast<int>(keyValues.items.size());
    QTextTableFormat format = m_formats.grid({1.0, 2.6}, 0);
    QTextTable* table = insertTable(rows, 2, format);
    QTextTableCellFormat keyCell;
    keyCell.setBackground(m_formats.style().stripeFillColor);
    for (int row = 0; row < rows; ++row) {
        const auto& [key, value] = keyValues.items[static_cast<std::size_t>(row)];
        table->cellAt(row, 0).setFormat(keyCell);
        fillCell(table, row, 0, key, m_formats.cell(ColumnAlign::Left),
                 m_formats.colouredText(m_formats.style().mutedColor, 0, true));
        fillCell(table, row, 1, value, m_formats.cell(ColumnAlign::Left), m_formats.text());
    }
    closeTable(table, -1, 0);
}

void BodyBuilder::add(const ReportTable& table) {
    const ReportStyle& style = m_formats.style();
    const double cellSize = style.bodyPointSize - 1.0;
    int captionPosition = -1;
    if (!table.caption.isEmpty()) {
        const QString caption = m_strings.text(ReportStrings::TableNumber).arg(++m_tableCount) + QLatin1Char(' ')
            + table.caption;
        captionPosition = beginBlock(m_formats.caption(), m_formats.text(0, true));
        m_cursor.insertText(caption, m_formats.text(0, true));
        if (!m_pendingKeep)
            m_pendingKeep = captionPosition;
    }

    const int columns = static_cast<int>(table.columns.size());
    const int shown = static_cast<int>(std::min<std::size_t>(table.rows.size(), static_cast<std::size_t>(m_maxTableRows)));
    const qint64 omitted = std::max<qint64>(table.omittedRows, 0) + static_cast<qint64>(table.rows.size()) - shown;
    const int dataRows = std::max(shown, 1);
    const int omittedRow = omitted > 0 ? 1 + dataRows : -1;
    const int rows = 1 + dataRows + (omitted > 0 ? 1 : 0) + (table.totals ? 1 : 0);
    QTextTable* grid = insertTable(rows, columns, m_formats.grid(columnWidths(table, cellSize), 1));

    QTextTableCellFormat headerCell;
    headerCell.setBackground(style.headerFillColor);
    headerCell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    for (int c = 0; c < columns; ++c) {
        const ReportColumn& column = table.columns[static_cast<std::size_t>(c)];
        grid->cellAt(0, c).setFormat(headerCell);
        fillCell(grid, 0, c, column.title, m_formats.cell(column.align == ColumnAlign::Left ? ColumnAlign::Left
                                                                                                 : ColumnAlign::Center),
                 m_formats.text(cellSize, true));
    }

    if (table.rows.empty()) {
        grid->mergeCells(1, 0, 1, columns);
        const QString empty = table.emptyText.isEmpty() ? m_strings.text(ReportStrings::NoRows) : table.emptyText;
        fillCell(grid, 1, 0, empty, m_formats.cell(ColumnAlign::Center),
                 m_formats.colouredText(style.mutedColor, cellSize));
    }
    QTextTableCellFormat stripe;
    stripe.setBackground(style.stripeFillColor);
    const QTextCharFormat cellText = m_formats.text(cellSize);
    for (int r = 0; r < shown; ++r) {
        const QStringList& cells = table.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < columns; ++c) {
            if (r % 2 == 1)
                grid->cellAt(1 + r, c).setFormat(stripe);
            fillCell(grid, 1 + r, c, cells[c], m_formats.cell(table.columns[static_cast<std::size_t>(c)].align),
                     cellText);
        }
    }
    if (omittedRow > 0) {
        grid->mergeCells(omittedRow, 0, 1, columns);
        const QString note = m_strings.text(ReportStrings::RowsNotPrinted).arg(ReportFormat(m_language).integer(omitted));
        fillCell(grid, omittedRow, 0, note, m_formats.cell(ColumnAlign::Center),
                 m_formats.colouredText(style.mutedColor, cellSize));
    }
    if (table.totals) {
        QTextTableCellFormat totalCell;
        totalCell.setBackground(style.headerFillColor);
        totalCell.setTopBorder(DocumentFormats::flowPt(1.2));
        totalCell.setTopBorderBrush(style.textColor);
        totalCell.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        const int row = rows - 1;
        for (int c = 0; c < columns; ++c) {
            grid->cellAt(row, c).setFormat(totalCell);
            fillCell(grid, row, c, (*table.totals)[c], m_formats.cell(table.columns[static_cast<std::size_t>(c)].align),
                     m_formats.text(cellSize, true));
        }
    }
    closeTable(grid, captionPosition, 1);
}

std::vector<double> BodyBuilder::columnWidths(const ReportTable& table, double cellSize) const {
    std::vector<double> weights;
    std::vector<double> needs;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ReportColumn& column = table.columns[c];
        weights.push_back(column.weight);
        // Figures (right-aligned) and codes (centred) must stay on one line; text on the left may wrap.
        double need = 0;
        if (column.align != ColumnAlign::Left) {
            const auto c_ = static_cast<qsizetype>(c);
            const std::size_t shown = std::min<std::size_t>(table.rows.size(), static_cast<std::size_t>(m_maxTableRows));
            for (std::size_t r = 0; r < shown; ++r)
                need = std::max(need, m_formats.advance(table.rows[r][c_], cellSize, false));
            if (table.totals)
                need = std::max(need, m_formats.advance((*table.totals)[c_], cellSize, true));
            for (const QString& word : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                need = std::max(need, m_formats.advance(word, cellSize, true));
            // Padding on both sides, and 1 mm to spare: the layout's own text measure differs by a few pixels.
            need += m_formats.cellChrome() + m_formats.mm(1.0);
        }
        needs.push_back(need);
    }
    // QTextDocument shares out the percentages after taking two borders per column off the width.
    const double shared = m_formats.textWidth() - 2.0 * m_formats.gridBorder() * static_cast<double>(needs.size());
    return fitColumnWidths(weights, needs, shared);
}

void BodyBuilder::add(const ReportCallout& callout) {
    const ReportStyle& style = m_formats.style();
    const bool warning = callout.kind == CalloutKind::Warning;
    const QColor accent = warning ? style.warningColor : style.accentColor;

    QTextTableFormat format = m_formats.grid({1.0}, 0);
    format.setBorder(0);
    format.setCellPadding(DocumentFormats::flowMm(2.5));
    QTextTable* box = insertTable(1, 1, format);
    QTextTableCellFormat cellFormat;
    cellFormat.setBackground(warning ? style.warningFillColor : style.noteFillColor);
    cellFormat.setLeftBorder(DocumentFormats::flowPt(3.0));
    cellFormat.setLeftBorderBrush(accent);
    cellFormat.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box->cellAt(0, 0).setFormat(cellFormat);

    const QString title = callout.title.isEmpty()
        ? m_strings.text(warning ? ReportStrings::Warning : ReportStrings::Note)
        : callout.title;
    QTextCursor cursor = box->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat titleBlock = m_formats.cell(ColumnAlign::Left);
    titleBlock.setBottomMargin(DocumentFormats::flowMm(1.0));
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(title, m_formats.colouredText(accent, 0, true));
    QTextBlockFormat textBlock = m_formats.cell(ColumnAlign::Left);
    textBlock.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    for (const QString& line : callout.text.split(QLatin1Char('\n'))) {
        cursor.insertBlock(textBlock, m_formats.text());
        cursor.insertText(line, m_formats.text());
    }
    closeTable(box, -1, 0);
}

void BodyBuilder::add(const ReportFigure& figure) {
    const QUrl name(QStringLiteral("cnms-figure:%1").arg(m_figureCount + 1));
    m_document.addResource(QTextDocument::ImageResource, name, QVariant(figure.image));
    // QTextDocument sizes images in 96 dpi pixels and scales them to the paint device itself.
    const double width = figure.widthMm / 25.4 * 96.0;
    QTextImageFormat image;
    image.setName(name.toString());
    image.setWidth(width);
    image.setHeight(width * figure.image.height() / figure.image.width());

    const int imagePosition = beginBlock(m_formats.centred(3.0, 1.0), m_formats.text());
    m_cursor.insertImage(image);
    const int keepFrom = m_pendingKeep.value_or(imagePosition);
    m_pendingKeep.reset();

    ++m_figureCount;
    QString caption = m_strings.text(ReportStrings::FigureNumber).arg(m_figureCount);
    if (!figure.caption.isEmpty())
        caption += QLatin1Char(' ') + figure.caption;
    const int captionPosition = beginBlock(m_formats.centred(0.5, 3.0), m_formats.text(0, true));
    m_cursor.insertText(caption, m_formats.text(0, true));
    m_keep.push_back(KeepGroup{keepFrom, captionPosition});
}

void BodyBuilder::add(const ReportPageBreak&) {
    m_breakBefore = true;
}

int BodyBuilder::beginBlock(QTextBlockFormat format, const QTextCharFormat& charFormat) {
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    if (m_atEmptyBlock) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_atEmptyBlock = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
    return m_cursor.block().position();
}

QTextTable* BodyBuilder::insertTable(int rows, int columns, QTextTableFormat format) {
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    // A table needs a block before it: the previous paragraph, or an empty block that must take no room.
    if (m_atEmptyBlock)
        m_cursor.setBlockFormat(m_formats.collapsed());
    QTextTable* table = m_cursor.insertTable(rows, columns, format);
    m_atEmptyBlock = false;
    return table;
}

void BodyBuilder::fillCell(QTextTable* table, int row, int column, const QString& text, const QTextBlockFormat& block,
                           const QTextCharFormat& chars) {
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.setBlockFormat(block);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(block, chars);
        cursor.insertText(lines[i], chars);
    }
}

void BodyBuilder::closeTable(QTextTable* table, int captionPosition, int firstContentRow) {
    // A table no longer than this share of a page moves to the next page whole rather than break.
    constexpr double kShortTable = 0.4;
    const auto rowStart = [table](int row) { return table->cellAt(row, 0).firstCursorPosition().block().position(); };
    const int firstRow = rowStart(std::min(firstContentRow, table->rows() - 1));
    const int lastRow = rowStart(table->rows() - 1);

    KeepGroup whole;
    if (m_pendingKeep) {
        whole.first = *m_pendingKeep;
    } else if (captionPosition >= 0) {
        whole.first = captionPosition;
    } else {
        whole.first = rowStart(0);
        whole.firstIsTable = true;
    }
    whole.last = lastRow;
    whole.maxShare = kShortTable;
    anchorPending(firstRow);
    if (lastRow != firstRow || whole.first != firstRow)
        m_keep.push_back(whole);

    m_cursor.movePosition(QTextCursor::End);
    m_atEmptyBlock = true;
}

void BodyBuilder::anchorPending(int position) {
    if (m_pendingKeep) {
        m_keep.push_back(KeepGroup{*m_pendingKeep, position});
        m_pendingKeep.reset();
    }
}

}  // namespace cnms::report
