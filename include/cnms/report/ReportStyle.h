// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportLanguage.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QStringList>

namespace cnms::report {

/**
 * Page geometry, fonts and colours of a rendered report. Sizes are physical (millimetres, points), so
 * the same style gives the same page on a 300 dpi PDF, a 600 dpi printer and the screen preview.
 */
struct ReportStyle {
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm{20.0, 15.0, 20.0, 15.0};  ///< left, top, right, bottom of the printable area
    double headerHeightMm = 10.0;                 ///< running header band at the top of the printable area
    double footerHeightMm = 10.0;                 ///< page-number band at the bottom
    /// Font families in order of preference; each later one supplies the glyphs the earlier ones lack.
    QStringList fontFamilies;
    double bodyPointSize = 10.5;  ///< 五号, the usual body size of Chinese reports
    QColor textColor{0x1a, 0x1a, 0x1a};
    QColor mutedColor{0x5f, 0x63, 0x68};     ///< running header, footer, captions
    QColor accentColor{0x1b, 0x5e, 0x20};    ///< headings and rules: a dark green
    QColor ruleColor{0x8c, 0x92, 0x98};      ///< table borders
    QColor headerFillColor{0xe8, 0xf0, 0xe8};
    QColor stripeFillColor{0xf6, 0xf7, 0xf8};
    QColor noteFillColor{0xe8, 0xf1, 0xfb};
    QColor warningFillColor{0xfd, 0xf3, 0xdc};
    QColor warningColor{0xa1, 0x50, 0x00};

    /**
     * The standard style for a language. Its font list names the CJK families that may exist on the
     * machine (WenQuanYi Micro Hei on Debian, Microsoft YaHei on Windows, PingFang SC on macOS, Noto/Source
     * Han Sans), preceded for English by Latin families, and keeps only the installed ones, so the PDF
     * embeds a real CJK font instead of relying on the PDF viewer.
     */
    static ReportStyle standard(ReportLanguage language);

    /**
     * The report font at `pointSize`, with the whole family list as fallbacks. Use it for the titles,
     * labels and legends of charts, so that their Chinese text is drawn in the report's CJK font.
     */
    QFont font(double pointSize, bool bold = false) const;

    /** Whether a font with Chinese glyphs is among the installed families of `fontFamilies`. */
    bool hasCjkFont() const;
};

}  // namespace cnms::report
