// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

#include "cnms/core/ClauseCatalogue.h"

class QWidget;

namespace cnms::gui {

class Dialogs;
class ProjectSession;

/** What a page is built with: the open project and the dialog seam. */
struct PageContext {
    ProjectSession& session;
    Dialogs& dialogs;
    /** Shows another page by id (set by MainWindow; empty in tests that build a page alone). */
    std::function<bool(const QString&)> showPage = {};
};

/**
 * A page of the workbench. It appears in the navigation under every clause of the catalogue
 * that requires one of its record types, so pages never name clause numbers.
 */
struct PageSpec {
    QString id;           ///< stable, used by --page and the navigation, e.g. "sites"
    const char* title;    ///< QT_TRANSLATE_NOOP("cnms::gui::Pages", "...")
    QStringList recordTypes;  ///< catalogue record types the page edits, e.g. {"site"}
    QString icon;         ///< resource path of the page's icon
    std::function<QWidget*(const PageContext&, QWidget* parent)> create;
    /** For pages named by data rather than tr() (a register's name from its schema): the title now. */
    std::function<QString()> dataTitle = {};

    QString translatedTitle() const;
    /** True when `clause` requires one of this page's record types. */
    bool serves(const Clause& clause) const;
};

/** Builds a page of type P from its context: the factory most registrations use. */
template <class P>
QWidget* makePage(const PageContext& context, QWidget* parent) {
    return new P(context, parent);
}

/** The pages the workbench knows, in registration order. */
class PageRegistry {
public:
    void add(PageSpec spec);
    const std::vector<PageSpec>& pages() const { return m_pages; }
    const PageSpec* find(const QString& id) const;
    /** Pages that serve `clause`, in registration order. */
    std::vector<const PageSpec*> pagesFor(const Clause& clause) const;
    /** The first page that edits `recordType`, or nullptr. */
    const PageSpec* pageForRecordType(const QString& recordType) const;

    /** The pages this build ships (see BuiltinPages.cpp). */
    static const PageRegistry& builtin();

private:
    std::vector<PageSpec> m_pages;
};

/** Registers every page of the workbench: one line per page. */
void registerBuiltinPages(PageRegistry& registry);

}  // namespace cnms::gui
