// SPDX-License-Identifier: MIT
#include "PageFrame.h"

#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

#include "CatalogueText.h"
#include "PageRegistry.h"

namespace cnms::gui {

PageFrame::PageFrame(const PageSpec& spec, QWidget* content, QWidget* parent)
    : QWidget(parent), m_spec(spec), m_content(content), m_title(new QLabel(this)), m_clauses(new QLabel(this)) {
    setObjectName(QStringLiteral("pageFrame_") + spec.id);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSize(font.pointSize() + 6);
    m_title->setFont(font);
    m_clauses->setWordWrap(true);
    m_clauses->setTextFormat(Qt::RichText);
    m_clauses->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_clauses);
    layout->addSpacing(12);
    layout->addWidget(m_content, 1);
    retranslate();
}

void PageFrame::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void PageFrame::retranslate() {
    m_title->setText(m_spec.translatedTitle());
    // One line per clause whose required records this page holds, worded by the catalogue.
    QStringList lines;
    for (const auto& clause : ClauseCatalogue::shipped().clauses()) {
        if (!m_spec.serves(clause)) continue;
        QStringList records;
        for (const auto& record : clause.records)
            if (m_spec.recordTypes.contains(QString::fromStdString(record.recordType)))
                records << catalogue_text::record(record).toHtmlEscaped();
        lines << tr("Clause %1: %2").arg(catalogue_text::numberedTitle(clause).toHtmlEscaped(), records.join(tr("; ")));
    }
    m_clauses->setText(lines.join(QStringLiteral("<br>")));
    m_clauses->setVisible(!lines.isEmpty());
}

}  // namespace cnms::gui
