// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cnms::report {

/** The cover page. Empty fields print as a dash, except the standard line, which is left out when empty. */
struct ReportCover {
    QString title;
    QString subtitle;
    QString organization;
    QString period;        ///< already formatted, e.g. with ReportFormat::period()
    QString preparedBy;
    QString approvedBy;
    QDate approvedOn;
    QDate reportDate;
    /// E.g. "依据 T/XXX 000-2024《工业碳中和管理体系 要求》"; the cover shows it only when set.
    QString standardLine;
};

/** A heading; level 1 is a chapter, 2 a section, 3 a subsection. Headings up to level 2 go in the contents. */
struct ReportHeading {
    int level = 1;
    QString text;
};

/** A paragraph of plain text. Never interpreted as HTML; a newline starts a new paragraph. */
struct ReportParagraph {
    QString text;
};

/** Label/value pairs shown as a two-column list, e.g. the organization's identity. */
struct ReportKeyValues {
    std::vector<std::pair<QString, QString>> items;
};

/** How a table column aligns its cells. Figures are right-aligned so that their digits line up. */
enum class ColumnAlign { Left, Center, Right };

/** One column of a table. */
struct ReportColumn {
    QString title;
    ColumnAlign align = ColumnAlign::Left;
    /// Relative width; the widths of all columns are shared out in proportion to these.
    double weight = 1.0;
};

/**
 * A table with a header row that repeats on every page the table spans, and an optional totals row.
 * Every row must have as many cells as there are columns (addTable() refuses it otherwise). Right-aligned
 * and centred columns never wrap (their width grows to fit the widest cell); left-aligned text wraps.
 * A row whose text wraps onto several lines may be split by a page break.
 */
struct ReportTable {
    QString caption;                   ///< printed above the table, e.g. "表 3 按排放源的排放量"
    std::vector<ReportColumn> columns;
    std::vector<QStringList> rows;
    std::optional<QStringList> totals;  ///< printed in bold under a rule
    QString emptyText;                  ///< printed in a single row when there are no rows; "No records" when empty
    /**
     * Rows of the full list that the builder left out of `rows` (e.g. it read the first 1,000 of 1,000,000
     * activity records). The table ends with a row saying how many rows are not printed; `totals` should
     * still cover the full list.
     */
    qint64 omittedRows = 0;
};

/** The kind of a callout, which sets its colour and its default title. */
enum class CalloutKind { Note, Warning };

/** A boxed remark that must catch the reader's eye, such as a "missing data" warning. */
struct ReportCallout {
    CalloutKind kind = CalloutKind::Note;
    QString title;  ///< a default title ("Note"/"Warning" in the report's language) when empty
    QString text;
};

/** A picture (a chart rendered to an image) printed at a fixed physical width, centred, with a caption. */
struct ReportFigure {
    QImage image;
    QString caption;
    double widthMm = 160.0;  ///< printed width; the height follows the image's aspect ratio
};

/** Forces the next block onto a new page. */
struct ReportPageBreak {};

/** One block of a report's body or appendix. */
using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportKeyValues, ReportTable, ReportCallout,
                                 ReportFigure, ReportPageBreak>;

/**
 * The content of a report, independent of how it is rendered: a cover, a body of blocks, and an
 * optional appendix (e.g. the full record list) that the renderer can leave out.
 *
 * Build it with the add...() calls in reading order; after beginAppendix() every block goes to the
 * appendix. Text is plain text throughout: user data can never inject markup. The document is a value
 * (charts are kept as images), so it can be copied into a preview dialog and outlive the charts.
 */
class ReportDocument {
public:
    ReportCover& cover() { return m_cover; }
    const ReportCover& cover() const { return m_cover; }

    /** Adds a heading; levels outside 1..3 are clamped. */
    void addHeading(int level, const QString& text);
    void addParagraph(const QString& text);
    void addKeyValues(std::vector<std::pair<QString, QString>> items);
    /** Adds a table; throws std::invalid_argument when it has no columns or a row or totals of the wrong width. */
    void addTable(ReportTable table);
    void addCallout(CalloutKind kind, const QString& text, const QString& title = {});
    /** Adds an image (e.g. a chart rendered elsewhere) printed `widthMm` wide; a null image is refused. */
    void addImage(const QImage& image, const QString& caption, double widthMm = 160.0);
    /**
     * Adds a chart built by the caller. It is rendered at once to an image of `sizeMm` at `dpi` dots per
     * inch (see renderChart()), so the caller keeps ownership and may delete the chart afterwards.
     */
    void addChart(QChart* chart, const QString& caption, QSizeF sizeMm = {160.0, 90.0}, double dpi = 200.0);
    void addPageBreak();

    /**
     * Starts an appendix titled `title`: it and the following blocks go to the appendix part, which the
     * renderer may leave out (RenderOptions::includeAppendix). Every level-1 heading of the appendix part,
     * this title included, starts a new page and is lettered "Appendix A"/"附录A", "B" ...; call it again
     * for the next appendix.
     */
    void beginAppendix(const QString& title);

    const std::vector<ReportBlock>& body() const { return m_body; }
    const std::vector<ReportBlock>& appendix() const { return m_appendix; }
    bool hasAppendix() const { return !m_appendix.empty(); }

    /** Whether headings are numbered "1", "1.1", "1.1.1" (the default) or printed as given. */
    void setNumberedHeadings(bool numbered) { m_numberedHeadings = numbered; }
    bool numberedHeadings() const { return m_numberedHeadings; }

private:
    std::vector<ReportBlock>& target() { return m_inAppendix ? m_appendix : m_body; }

    ReportCover m_cover;
    std::vector<ReportBlock> m_body;
    std::vector<ReportBlock> m_appendix;
    bool m_inAppendix = false;
    bool m_numberedHeadings = true;
};

/**
 * Renders a Qt Charts chart to an image of a fixed physical size, independent of any widget's size:
 * the chart is laid out at `sizeMm` (so its fonts keep their point sizes relative to the page) and
 * drawn at `dpi`. Animations are switched off for the rendering so the image shows the final state.
 * The chart is borrowed: it is returned to its previous scene (if any) and is not deleted.
 */
QImage renderChart(QChart* chart, QSizeF sizeMm, double dpi = 200.0);

}  // namespace cnms::report
