// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFormats.h"
#include "ReportStrings.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <QTextCursor>

#include <array>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QTextTable;
QT_END_NAMESPACE

namespace cnms::report {

/** A heading as placed in the body text: where its block starts and the text as printed. */
struct HeadingMark {
    int level = 1;
    QString text;
    int position = 0;  ///< QTextDocument position of the heading's block
};

/**
 * Blocks that must start on the same page: a heading and the first line of what follows it, a table
 * caption and the table's first row, a figure and its caption, a short table, key-value list or callout
 * as a whole. `first` and `last` are block positions.
 */
struct KeepGroup {
    int first = 0;
    int last = 0;
    /// Kept together only when it spans at most this share of a page (a long table may break).
    double maxShare = 1.0;
    /// `first` lies in a table with no block of its own before it: the table itself moves.
    bool firstIsTable = false;
};

/**
 * Writes the body and appendix of a ReportDocument into a QTextDocument through QTextCursor calls (never
 * HTML, so no user text is ever parsed as markup), numbering headings, tables and figures, and noting
 * where each heading is and which blocks must stay together for the pagination.
 */
class BodyBuilder {
public:
    /** Writes into `target`; prints at most `maxTableRows` rows of any table (see RenderOptions). */
    BodyBuilder(QTextDocument& target, const DocumentFormats& formats, ReportLanguage language, int maxTableRows);

    /** Appends the body; then, when `withAppendix`, the appendix, starting on a new page. */
    void build(const ReportDocument& document, bool withAppendix);

    const std::vector<HeadingMark>& headings() const { return m_headings; }
    const std::vector<KeepGroup>& keepGroups() const { return m_keep; }

private:
    void add(const ReportHeading& heading);
    void add(const ReportParagraph& paragraph);
    void add(const ReportKeyValues& keyValues);
    void add(const ReportTable& table);
    void add(const ReportCallout& callout);
    void add(const ReportFigure& figure);
    void add(const ReportPageBreak&);

    /** Starts a new root-level block (or reuses the empty one left after a table) and returns its position. */
    int beginBlock(QTextBlockFormat format, const QTextCharFormat& charFormat);
    QTextTable* insertTable(int rows, int columns, QTextTableFormat format);
    void fillCell(QTextTable* table, int row, int column, const QString& text, const QTextBlockFormat& block,
                  const QTextCharFormat& chars);
    QString headingNumber(int level);
    /** Column widths that keep every figure of `table` on one line (see fitColumnWidths()). */
    std::vector<double> columnWidths(const ReportTable& table, double cellSize) const;
    /** Records that the block at `position` is content that the pending heading/caption must stay with. */
    void anchorPending(int position);
    /**
     * Ends a table-like block (table, key-values, callout): keeps it with the pending heading or caption,
     * and keeps it whole when it is short. `captionPosition` is its caption's block, or -1.
     */
    void closeTable(QTextTable* table, int captionPosition, int firstContentRow);

    QTextDocument& m_document;
    const DocumentFormats& m_formats;
    ReportLanguage m_language;
    int m_maxTableRows;
    ReportStrings m_strings;
    QTextCursor m_cursor;
    bool m_atEmptyBlock = true;   ///< the cursor sits in an empty block that the next block may take over
    bool m_breakBefore = false;   ///< the next block starts a new page
    bool m_inAppendix = false;
    bool m_numbered = true;
    std::optional<int> m_pendingKeep;
    std::array<int, 3> m_counters{0, 0, 0};
    int m_appendixCount = 0;
    int m_tableCount = 0;
    int m_figureCount = 0;
    std::vector<HeadingMark> m_headings;
    std::vector<KeepGroup> m_keep;
};

}  // namespace cnms::report
