// SPDX-License-Identifier: MIT
#include "BodyPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace cnms::report {

namespace {

/// A group this close to the top of its page (as a share of the page) is already as high as it can be.
constexpr double kTopOfPageShare = 0.05;

}  // namespace

BodyPagination::BodyPagination(QTextDocument& document) : m_document(document) {}

double BodyPagination::firstLineTop(int position) const {
    const QTextBlock block = m_document.findBlock(position);
    // blockBoundingRect() lays the document out up to the block and returns its place in document
    // coordinates, table cells included; a first line pushed onto the next page lies lower inside it.
    const QRectF rect = m_document.documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    if (layout == nullptr || layout->lineCount() == 0)
        return rect.top();
    return rect.top() + layout->lineAt(0).y();
}

int BodyPagination::pageOf(int position) const {
    return pageAt(firstLineTop(position));
}

int BodyPagination::pageAt(double y) const {
    // The layout computes in 1/64 pixel, so a line moved to the top of a page may start a hair above it.
    return static_cast<int>(std::floor((y + kRounding) / m_document.pageSize().height()));
}

int BodyPagination::pageCount() const {
    return m_document.pageCount();
}

int BodyPagination::keepTogether(const std::vector<KeepGroup>& groups) {
    const double pageHeight = m_document.pageSize().height();
    int moved = 0;
    for (const KeepGroup& group : groups) {
        const double top = firstLineTop(group.first);
        const int firstPage = pageAt(top);
        if (pageOf(group.last) == firstPage)
            continue;
        if (top + kRounding - firstPage * pageHeight < kTopOfPageShare * pageHeight)
            continue;
        if (firstLineTop(group.last) - top > group.maxShare * pageHeight)
            continue;  // too long to move whole: let it break
        QTextCursor cursor(m_document.findBlock(group.first));
        if (QTextTable* table = cursor.currentTable(); group.firstIsTable && table != nullptr) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        } else {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.mergeBlockFormat(format);
        }
        // The incremental layout leaves some blocks after the change unlaid (Qt 6.4); lay out all that follows.
        m_document.markContentsDirty(group.first, m_document.characterCount() - group.first);
        ++moved;
    }
    return moved;
}

}  // namespace cnms::report
