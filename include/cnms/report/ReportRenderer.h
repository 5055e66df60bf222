// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"
#include "cnms/report/ReportStyle.h"

#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace cnms::report {

/** Whether the report gets a contents page. */
enum class ContentsMode {
    Auto,    ///< only for long reports: when the body and appendix fill at least four pages
    Always,
    Never,
};

/** Choices that do not belong to the content itself. */
struct RenderOptions {
    bool includeAppendix = true;
    ContentsMode contents = ContentsMode::Auto;
    /**
     * At most this many rows of any one table are printed; the rest are counted in a closing row (see
     * ReportTable::omittedRows). A long table costs about 5 ms a row to lay out and paint (measured:
     * docs/reports.md), so this bounds a report with a record appendix of a million rows to seconds
     * instead of an hour.
     */
    int maxTableRows = 1000;
    /// The style; ReportStyle::standard(language) when not set.
    std::optional<ReportStyle> style;
};

/** One line of the contents: a heading as printed and the number of the page it starts on. */
struct ContentsEntry {
    int level = 1;
    QString text;     ///< with its number, e.g. "2.1 组织边界" or "Appendix A Activity data"
    int page = 0;     ///< the page number printed in the footer of that page
};

/**
 * What a rendering produced. The cover is the first sheet and carries no number; the page numbers in
 * footers and contents start at 1 on the sheet after it, so page N is sheet N + 1 of the PDF.
 */
struct RenderResult {
    int sheetCount = 0;            ///< every sheet, cover included
    int numberedPageCount = 0;     ///< the "of M" of the footers: sheetCount - 1
    int contentsPageCount = 0;     ///< 0 when there is no contents page
    std::vector<ContentsEntry> headings;  ///< every heading up to level 2, in order, with its page
};

/** A report could not be written (the path cannot be created, the disk is full ...). */
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * Lays out a ReportDocument and paints it page by page on any paged device (PDF writer, printer,
 * print preview) with the same routine, so what the preview shows is what the PDF and the paper get:
 * an unnumbered cover; a contents page whose page numbers are read from the finished layout of the
 * body (never estimated); body pages with a running header (organization · title) and a footer
 * "第 N 页 / 共 M 页" or "Page N of M".
 */
class ReportRenderer {
public:
    ReportRenderer(ReportLanguage language, RenderOptions options = {});

    /**
     * Paints the whole report on `device`, which must not be painted on yet. Sets the device's margins
     * and portrait orientation from the style; keeps its page size unless it is a PDF writer set up by
     * renderPdf(). Throws ReportError when the device cannot be painted on.
     */
    RenderResult render(const ReportDocument& document, QPagedPaintDevice* device) const;

    /**
     * Writes the report as an A4 PDF with its fonts embedded (subsets, so Chinese text stays small). The file is written to a
     * temporary file beside `path` and renamed over it at the end, so a failure never leaves a
     * half-written PDF. Throws ReportError naming the path and the reason.
     */
    RenderResult renderPdf(const ReportDocument& document, const QString& path) const;

    /** Prints on a printer set up by the caller (page size, copies, printer); same pages as the PDF. */
    RenderResult print(const ReportDocument& document, QPrinter* printer) const;

    ReportLanguage language() const { return m_language; }
    const ReportStyle& style() const { return m_style; }
    const RenderOptions& options() const { return m_options; }

private:
    ReportLanguage m_language;
    RenderOptions m_options;
    ReportStyle m_style;
};

/** Shorthand for ReportRenderer(language, options).renderPdf(document, path). */
RenderResult renderPdf(const ReportDocument& document, const QString& path, ReportLanguage language,
                       const RenderOptions& options = {});

/** Shorthand for ReportRenderer(language, options).print(document, printer). */
RenderResult print(const ReportDocument& document, QPrinter* printer, ReportLanguage language,
                   const RenderOptions& options = {});

}  // namespace cnms::report
