// SPDX-License-Identifier: MIT
#include "DashboardTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cnms::gui {
namespace {
QString accent(DashboardTile::Tone tone) {
    switch (tone) {
        case DashboardTile::Tone::Good: return QStringLiteral("#1e8e3e");
        case DashboardTile::Tone::Attention: return QStringLiteral("#e37400");
        case DashboardTile::Tone::Problem: return QStringLiteral("#c5221f");
        case DashboardTile::Tone::Neutral: break;
    }
    return QStringLiteral("#1a73e8");
}
}  // namespace

DashboardTile::DashboardTile(const QString& key, QWidget* parent)
    : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this)), m_detail(new QLabel(this)) {
    setObjectName(QStringLiteral("tile_") + key);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(180, 104);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_value->setObjectName(QStringLiteral("value"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSize(big.pointSize() + 7);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_detail->setStyleSheet(QStringLiteral("color: #3c4043;"));
    for (auto* label : {m_caption, m_value, m_detail}) label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setContent({}, {}, {});
}

void DashboardTile::setContent(const QString& caption, const QString& value, const QString& detail, Tone tone) {
    m_caption->setText(caption);
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const QString color = accent(tone);
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    setStyleSheet(QStringLiteral("cnms--gui--DashboardTile { background: #ffffff; border: 1px solid #dadce0; "
                                 "border-left: 4px solid %1; border-radius: 6px; }"
                                 "cnms--gui--DashboardTile:focus { border-color: #1a73e8; }")
                      .arg(color));
}

void DashboardTile::setPageId(const QString& pageId) {
    m_pageId = pageId;
    setToolTip(pageId.isEmpty() ? QString() : tr("Open the page behind this figure"));
}

QString DashboardTile::value() const { return m_value->text(); }
QString DashboardTile::detail() const { return m_detail->text(); }

void DashboardTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && !m_pageId.isEmpty())
        emit activated(m_pageId);
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) &&
        !m_pageId.isEmpty()) {
        emit activated(m_pageId);
        return;
    }
    QFrame::keyPressEvent(event);
}

}  // namespace cnms::gui
