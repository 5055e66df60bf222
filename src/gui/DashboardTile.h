// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace cnms::gui {

/**
 * One figure of the manager's dashboard: a caption, a large value and a line of detail. The
 * whole tile is a button (mouse, Enter or Space) that opens the page behind the figure.
 */
class DashboardTile : public QFrame {
    Q_OBJECT
public:
    /** How the figure reads: neutral, good news, needs attention, or a problem. */
    enum class Tone { Neutral, Good, Attention, Problem };

    DashboardTile(const QString& key, QWidget* parent = nullptr);

    void setContent(const QString& caption, const QString& value, const QString& detail, Tone tone = Tone::Neutral);
    /** The page a click opens (a PageRegistry id or "readiness"). */
    void setPageId(const QString& pageId);
    QString pageId() const { return m_pageId; }
    QString value() const;
    QString detail() const;

signals:
    void activated(const QString& pageId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
    QString m_pageId;
};

}  // namespace cnms::gui
