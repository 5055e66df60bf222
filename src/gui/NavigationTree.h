// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeWidget>

namespace cnms {
class ClauseCatalogue;
struct Clause;
}  // namespace cnms

namespace cnms::gui {

class PageRegistry;

/**
 * The left-hand navigation: Home, then Plan / Do / Check / Act, the clauses of the catalogue
 * under each, and under a clause the registered pages that hold its required records. Only
 * clauses with at least one page are shown. Titles follow the current language.
 */
class NavigationTree : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr int PageIdRole = Qt::UserRole + 1;

    NavigationTree(const PageRegistry& pages, const ClauseCatalogue& catalogue, QWidget* parent = nullptr);

    /** Selects the first entry of page `id`; false when there is none. */
    bool selectPage(const QString& id);
    /** Without a project only Home can be chosen. */
    void setProjectOpen(bool open);
    /** The id of every page entry, in tree order (a page can sit under several clauses). */
    QStringList pageEntries() const;

signals:
    void pageSelected(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum Kind { HomeItem, PdcaItem, ClauseItem, PageItem };
    static constexpr int KindRole = Qt::UserRole + 2;
    static constexpr int KeyRole = Qt::UserRole + 3;  // PDCA phase or clause id

    void build();
    bool addClause(QTreeWidgetItem* parent, const Clause& clause);
    void retranslate();
    void retranslateItem(QTreeWidgetItem* item);

    const PageRegistry& m_pages;
    const ClauseCatalogue& m_catalogue;
    bool m_projectOpen = false;
};

}  // namespace cnms::gui
