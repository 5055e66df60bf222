// SPDX-License-Identifier: MIT
#include "cnms/report/ReportDocument.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace cnms::report {

void ReportDocument::addHeading(int level, const QString& text) {
    target().push_back(ReportHeading{std::clamp(level, 1, 3), text});
}

void ReportDocument::addParagraph(const QString& text) {
    target().push_back(ReportParagraph{text});
}

void ReportDocument::addKeyValues(std::vector<std::pair<QString, QString>> items) {
    target().push_back(ReportKeyValues{std::move(items)});
}

void ReportDocument::addTable(ReportTable table) {
    const auto columns = static_cast<qsizetype>(table.columns.size());
    if (columns == 0)
        throw std::invalid_argument("report table \"" + table.caption.toStdString() + "\" has no columns");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (table.rows[i].size() != columns) {
            throw std::invalid_argument("report table \"" + table.caption.toStdString() + "\": row "
                                        + std::to_string(i + 1) + " has " + std::to_string(table.rows[i].size())
                                        + " cells for " + std::to_string(columns) + " columns");
        }
    }
    if (table.totals && table.totals->size() != columns) {
        throw std::invalid_argument("report table \"" + table.caption.toStdString() + "\": the totals row has "
                                    + std::to_string(table.totals->size()) + " cells for "
                                    + std::to_string(columns) + " columns");
    }
    for (ReportColumn& column : table.columns)
        column.weight = column.weight > 0.0 ? column.weight : 1.0;
    target().push_back(std::move(table));
}

void ReportDocument::addCallout(CalloutKind kind, const QString& text, const QString& title) {
    target().push_back(ReportCallout{kind, title, text});
}

void ReportDocument::addImage(const QImage& image, const QString& caption, double widthMm) {
    if (image.isNull())
        throw std::invalid_argument("report figure \"" + caption.toStdString() + "\" has no image");
    if (!(widthMm > 0.0))
        throw std::invalid_argument("report figure \"" + caption.toStdString() + "\" has no width");
    target().push_back(ReportFigure{image, caption, widthMm});
}

void ReportDocument::addChart(QChart* chart, const QString& caption, QSizeF sizeMm, double dpi) {
    if (chart == nullptr)
        throw std::invalid_argument("report figure \"" + caption.toStdString() + "\" has no chart");
    addImage(renderChart(chart, sizeMm, dpi), caption, sizeMm.width());
}

void ReportDocument::addPageBreak() {
    target().emplace_back(std::in_place_type<ReportPageBreak>);
}

void ReportDocument::beginAppendix(const QString& title) {
    m_inAppendix = true;
    m_appendix.push_back(ReportHeading{1, title});
}

}  // namespace cnms::report
