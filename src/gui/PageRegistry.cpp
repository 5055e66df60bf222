// SPDX-License-Identifier: MIT
#include "PageRegistry.h"

#include <QCoreApplication>
#include <stdexcept>

namespace cnms::gui {

QString PageSpec::translatedTitle() const {
    if (dataTitle) return dataTitle();
    return QCoreApplication::translate("cnms::gui::Pages", title);
}

bool PageSpec::serves(const Clause& clause) const {
    for (const auto& type : recordTypes)
        if (clause.requiresRecordType(type.toStdString())) return true;
    return false;
}

void PageRegistry::add(PageSpec spec) {
    if (find(spec.id)) throw std::logic_error("page registered twice: " + spec.id.toStdString());
    m_pages.push_back(std::move(spec));
}

const PageSpec* PageRegistry::find(const QString& id) const {
    for (const auto& page : m_pages)
        if (page.id == id) return &page;
    return nullptr;
}

std::vector<const PageSpec*> PageRegistry::pagesFor(const Clause& clause) const {
    std::vector<const PageSpec*> out;
    for (const auto& page : m_pages)
        if (page.serves(clause)) out.push_back(&page);
    return out;
}

const PageSpec* PageRegistry::pageForRecordType(const QString& recordType) const {
    for (const auto& page : m_pages)
        if (page.recordTypes.contains(recordType)) return &page;
    return nullptr;
}

const PageRegistry& PageRegistry::builtin() {
    static const PageRegistry registry = [] {
        PageRegistry r;
        registerBuiltinPages(r);
        return r;
    }();
    return registry;
}

}  // namespace cnms::gui
