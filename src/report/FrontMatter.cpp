// SPDX-License-Identifier: MIT
#include "FrontMatter.h"

#include "ReportStrings.h"
#include "cnms/report/ReportFormat.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace cnms::report {

namespace {

void writeBlock(QTextCursor& cursor, bool first, const QTextBlockFormat& block, const QTextCharFormat& chars,
                const QString& text) {
    if (first) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.insertText(text, chars);
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? ReportFormat::missing() : text;
}

}  // namespace

void buildCoverTitle(QTextDocument& target, const DocumentFormats& formats, const ReportCover& cover) {
    const ReportStyle& style = formats.style();
    QTextCursor cursor(&target);
    QTextBlockFormat title = formats.centred(0, 4.0);
    title.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    writeBlock(cursor, true, title, formats.colouredText(style.accentColor, 24.0, true), orDash(cover.title));
    if (!cover.subtitle.isEmpty())
        writeBlock(cursor, false, formats.centred(0, 3.0), formats.colouredText(style.textColor, 14.0),
                   cover.subtitle);
    if (!cover.standardLine.isEmpty())
        writeBlock(cursor, false, formats.centred(2.0, 0), formats.colouredText(style.mutedColor, 10.5),
                   cover.standardLine);
}

void buildCoverDetails(QTextDocument& target, const DocumentFormats& formats, const ReportCover& cover,
                       ReportLanguage language) {
    const ReportStrings strings(language);
    const ReportFormat format(language);
    const std::vector<std::pair<QString, QString>> rows = {
        {strings.text(ReportStrings::Organization), orDash(cover.organization)},
        {strings.text(ReportStrings::ReportingPeriod), orDash(cover.period)},
        {strings.text(ReportStrings::PreparedBy), orDash(cover.preparedBy)},
        {strings.text(ReportStrings::ApprovedBy), orDash(cover.approvedBy)},
        {strings.text(ReportStrings::ApprovalDate), orDash(format.date(cover.approvedOn))},
        {strings.text(ReportStrings::ReportDate), orDash(format.date(cover.reportDate))},
    };

    QTextCursor cursor(&target);
    cursor.setBlockFormat(formats.collapsed());
    QTextTableFormat table = formats.grid({1.0, 2.4}, 0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 78));
    table.setAlignment(Qt::AlignHCenter);
    table.setBorder(0);
    table.setCellPadding(DocumentFormats::flowMm(2.2));
    QTextTable* grid = cursor.insertTable(static_cast<int>(rows.size()), 2, table);
    QTextTableCellFormat rule;
    rule.setBottomBorder(DocumentFormats::flowPt(0.6));
    rule.setBottomBorderBrush(formats.style().ruleColor);
    rule.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        for (int column = 0; column < 2; ++column) {
            grid->cellAt(row, column).setFormat(rule);
            QTextCursor cell = grid->cellAt(row, column).firstCursorPosition();
            cell.setBlockFormat(formats.cell(column == 0 ? ColumnAlign::Right : ColumnAlign::Left));
            const auto& [label, value] = rows[static_cast<std::size_t>(row)];
            if (column == 0)
                cell.insertText(label, formats.colouredText(formats.style().mutedColor, 12.0));
            else
                cell.insertText(value, formats.text(12.0, true));
        }
    }
    cursor.movePosition(QTextCursor::End);
    cursor.setBlockFormat(formats.collapsed());
}

void buildContents(QTextDocument& target, const DocumentFormats& formats, const std::vector<ContentsEntry>& entries,
                   ReportLanguage language) {
    const ReportStrings strings(language);
    QTextCursor cursor(&target);
    writeBlock(cursor, true, formats.centred(2.0, 6.0), formats.colouredText(formats.style().accentColor, 16.0, true),
               strings.text(ReportStrings::Contents));
    if (entries.empty())
        return;

    QTextTableFormat table = formats.grid({12.0, 1.0}, 0);
    table.setBorder(0);
    table.setCellPadding(DocumentFormats::flowMm(1.3));
    QTextTable* grid = cursor.insertTable(static_cast<int>(entries.size()), 2, table);
    // A dotted rule under each line leads the eye from the heading to its page number.
    QTextTableCellFormat leader;
    leader.setBottomBorder(DocumentFormats::flowPt(0.6));
    leader.setBottomBorderBrush(formats.style().ruleColor);
    leader.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Dotted);
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const ContentsEntry& entry = entries[static_cast<std::size_t>(row)];
        const bool chapter = entry.level == 1;
        const QTextCharFormat chars = formats.text(chapter ? 11.0 : 10.5, chapter);
        grid->cellAt(row, 0).setFormat(leader);
        grid->cellAt(row, 1).setFormat(leader);

        QTextBlockFormat titleBlock = formats.cell(ColumnAlign::Left);
        titleBlock.setLeftMargin(formats.mm(chapter ? 0.0 : 7.0));
        QTextCursor title = grid->cellAt(row, 0).firstCursorPosition();
        title.setBlockFormat(titleBlock);
        title.insertText(entry.text, chars);

        QTextCursor page = grid->cellAt(row, 1).firstCursorPosition();
        page.setBlockFormat(formats.cell(ColumnAlign::Right));
        page.insertText(QString::number(entry.page), chars);
    }
    cursor.movePosition(QTextCursor::End);
    cursor.setBlockFormat(formats.collapsed());
}

}  // namespace cnms::report
