// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFormats.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"
#include "cnms/report/ReportRenderer.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace cnms::report {

/** The cover's two parts: the title block and the table of who and when, placed apart on the page. */
void buildCoverTitle(QTextDocument& target, const DocumentFormats& formats, const ReportCover& cover);
void buildCoverDetails(QTextDocument& target, const DocumentFormats& formats, const ReportCover& cover,
                       ReportLanguage language);

/** The contents: a title and one row per entry, the page number right-aligned in its own column. */
void buildContents(QTextDocument& target, const DocumentFormats& formats, const std::vector<ContentsEntry>& entries,
                   ReportLanguage language);

}  // namespace cnms::report
