// SPDX-License-Identifier: MIT
#pragma once

#include "BodyBuilder.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace cnms::report {

/**
 * Reads page positions from a paginated QTextDocument (its page size set) after its layout, and moves
 * blocks that must stay together onto the same page. QTextDocument has no "keep with next" of its own.
 */
class BodyPagination {
public:
    explicit BodyPagination(QTextDocument& document);

    /**
     * For each group whose first and last blocks would start on different pages, makes the first block
     * start a new page, in document order (each move shifts what follows, so later groups are measured
     * after the earlier moves). A group that starts at the top of a page already is left alone: moving
     * it could not help; so is a group longer than its maxShare of a page. Returns how many groups moved.
     */
    int keepTogether(const std::vector<KeepGroup>& groups);

    /** The 0-based page on which the first line of the block at `position` is printed. */
    int pageOf(int position) const;

    /** The top of the first line of the block at `position`, in document coordinates. */
    double firstLineTop(int position) const;

    int pageCount() const;

    /// Device pixels by which a line may start above the page it belongs to (layout rounding).
    static constexpr double kRounding = 1.0;

private:
    int pageAt(double y) const;

    QTextDocument& m_document;
};

}  // namespace cnms::report
