// SPDX-License-Identifier: MIT
#include "NavigationTree.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QFontMetrics>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>

#include "CatalogueText.h"
#include "PageRegistry.h"
#include "cnms/core/ClauseCatalogue.h"

namespace cnms::gui {
namespace {
constexpr Pdca kPhases[] = {Pdca::Plan, Pdca::Do, Pdca::Check, Pdca::Act};

QString phaseName(Pdca phase) {
    switch (phase) {
        case Pdca::Plan: return NavigationTree::tr("Plan");
        case Pdca::Do: return NavigationTree::tr("Do");
        case Pdca::Check: return NavigationTree::tr("Check");
        case Pdca::Act: return NavigationTree::tr("Act");
    }
    return {};
}

/**
 * Gives each row the height its text needs when wrapped to the width left after indentation and
 * icon: QTreeView itself sizes rows for one line.
 */
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize hint = QStyledItemDelegate::sizeHint(option, index);
        int depth = 0;
        for (QModelIndex i = index.parent(); i.isValid(); i = i.parent()) ++depth;
        const int indent = (depth + (m_view->rootIsDecorated() ? 1 : 0)) * m_view->indentation();
        const int textWidth = m_view->viewport()->width() - indent - m_view->iconSize().width() - 16;
        if (textWidth < 40) return hint;
        QFont font = option.font;
        if (auto f = index.data(Qt::FontRole); f.isValid()) font = f.value<QFont>();
        const QRect text = QFontMetrics(font).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        hint.setHeight(std::max(hint.height(), text.height() + 6));
        return hint;
    }

private:
    QTreeView* m_view;
};

template <class F>
void forEachItem(QTreeWidgetItem* item, F&& f) {
    f(item);
    for (int i = 0; i < item->childCount(); ++i) forEachItem(item->child(i), f);
}
}  // namespace

NavigationTree::NavigationTree(const PageRegistry& pages, const ClauseCatalogue& catalogue, QWidget* parent)
    : QTreeWidget(parent), m_pages(pages), m_catalogue(catalogue) {
    setObjectName(QStringLiteral("navigationTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    // Clause titles are long (in English especially): wrap them rather than cut them off.
    setWordWrap(true);
    setUniformRowHeights(false);
    setIndentation(16);
    setIconSize(QSize(18, 18));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    setItemDelegate(new WrappingDelegate(this));
    build();
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && current->data(0, PageIdRole).isValid())
            emit pageSelected(current->data(0, PageIdRole).toString());
    });
}

void NavigationTree::build() {
    clear();
    auto* home = new QTreeWidgetItem(this);
    home->setData(0, KindRole, HomeItem);
    home->setData(0, PageIdRole, QStringLiteral("home"));
    home->setIcon(0, QIcon(QStringLiteral(":/icons/home.svg")));
    // Pages that hold no record type of their own (the readiness navigator) sit right after Home.
    for (const auto& page : m_pages.pages()) {
        if (!page.recordTypes.isEmpty()) continue;
        auto* entry = new QTreeWidgetItem(this);
        entry->setData(0, KindRole, PageItem);
        entry->setData(0, PageIdRole, page.id);
        entry->setIcon(0, QIcon(page.icon));
    }

    for (Pdca phase : kPhases) {
        auto* group = new QTreeWidgetItem;
        group->setData(0, KindRole, PdcaItem);
        group->setData(0, KeyRole, static_cast<int>(phase));
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        for (const auto& clause : m_catalogue.clauses())
            if (clause.parent.empty() && clause.pdca == phase) addClause(group, clause);
        if (group->childCount() == 0) {
            delete group;
            continue;
        }
        group->setIcon(0, QIcon(QStringLiteral(":/icons/pdca.svg")));
        addTopLevelItem(group);
    }
    retranslate();
    expandAll();
    setProjectOpen(m_projectOpen);
}

bool NavigationTree::addClause(QTreeWidgetItem* parent, const Clause& clause) {
    auto* item = new QTreeWidgetItem;
    item->setData(0, KindRole, ClauseItem);
    item->setData(0, KeyRole, QString::fromStdString(clause.id));
    item->setFlags(Qt::ItemIsEnabled);
    item->setIcon(0, QIcon(QStringLiteral(":/icons/clause.svg")));
    for (const auto& child : m_catalogue.children(clause.id)) addClause(item, child);
    for (const PageSpec* page : m_pages.pagesFor(clause)) {
        auto* entry = new QTreeWidgetItem(item);
        entry->setData(0, KindRole, PageItem);
        entry->setData(0, PageIdRole, page->id);
        entry->setIcon(0, QIcon(page->icon));
    }
    if (item->childCount() == 0) {
        delete item;
        return false;
    }
    parent->addChild(item);
    return true;
}

bool NavigationTree::selectPage(const QString& id) {
    QTreeWidgetItem* found = nullptr;
    for (int i = 0; i < topLevelItemCount() && !found; ++i)
        forEachItem(topLevelItem(i), [&](QTreeWidgetItem* item) {
            if (!found && item->data(0, PageIdRole).toString() == id) found = item;
        });
    if (!found || !(found->flags() & Qt::ItemIsEnabled)) return false;
    setCurrentItem(found);
    return true;
}

void NavigationTree::setProjectOpen(bool open) {
    m_projectOpen = open;
    for (int i = 0; i < topLevelItemCount(); ++i)
        forEachItem(topLevelItem(i), [open](QTreeWidgetItem* item) {
            if (item->data(0, KindRole).toInt() == PageItem)
                item->setFlags(open ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemFlags());
        });
}

QStringList NavigationTree::pageEntries() const {
    QStringList ids;
    for (int i = 0; i < topLevelItemCount(); ++i)
        forEachItem(topLevelItem(i), [&](QTreeWidgetItem* item) {
            if (item->data(0, KindRole).toInt() == PageItem) ids << item->data(0, PageIdRole).toString();
        });
    return ids;
}

void NavigationTree::resizeEvent(QResizeEvent* event) {
    QTreeWidget::resizeEvent(event);
    scheduleDelayedItemsLayout();  // row heights depend on the width the titles wrap to
}

void NavigationTree::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleDelayedItemsLayout();
    }
    QTreeWidget::changeEvent(event);
}

void NavigationTree::retranslate() {
    for (int i = 0; i < topLevelItemCount(); ++i)
        forEachItem(topLevelItem(i), [this](QTreeWidgetItem* item) { retranslateItem(item); });
}

void NavigationTree::retranslateItem(QTreeWidgetItem* item) {
    switch (item->data(0, KindRole).toInt()) {
        case HomeItem: item->setText(0, tr("Home")); break;
        case PdcaItem: item->setText(0, phaseName(static_cast<Pdca>(item->data(0, KeyRole).toInt()))); break;
        case ClauseItem:
            if (auto clause = m_catalogue.find(item->data(0, KeyRole).toString().toStdString())) {
                item->setText(0, catalogue_text::numberedTitle(*clause));
                item->setToolTip(0, QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                        .arg(catalogue_text::numberedTitle(*clause).toHtmlEscaped(),
                                             catalogue_text::guidance(*clause).toHtmlEscaped()));
            }
            break;
        case PageItem:
            if (const PageSpec* page = m_pages.find(item->data(0, PageIdRole).toString()))
                item->setText(0, page->translatedTitle());
            break;
    }
}

}  // namespace cnms::gui
