// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace cnms::gui {

struct PageSpec;

/**
 * Frames a registered page: its bold title and the clauses of the standard (from the
 * catalogue) whose records it holds, above the page itself.
 */
class PageFrame : public QWidget {
    Q_OBJECT
public:
    PageFrame(const PageSpec& spec, QWidget* content, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const PageSpec& m_spec;
    QWidget* m_content;
    QLabel* m_title;
    QLabel* m_clauses;
};

}  // namespace cnms::gui
