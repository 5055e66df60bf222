// SPDX-License-Identifier: MIT
// The pages of the workbench. To add one: write the page (a QWidget built from a PageContext),
// then add its line here with the catalogue record types it edits; the navigation places it
// under every clause that requires those types.
#include <QtGlobal>

#include "OrganizationPage.h"
#include "PageRegistry.h"
#include "SitesPage.h"

namespace cnms::gui {

void registerBuiltinPages(PageRegistry& r) {
    // clang-format off
    r.add({"organization", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Organization profile"), {"organization"}, ":/icons/organization.svg", makePage<OrganizationPage>});
    r.add({"sites",        QT_TRANSLATE_NOOP("cnms::gui::Pages", "Sites"),                {"site"},         ":/icons/site.svg",         makePage<SitesPage>});
    // clang-format on
}

}  // namespace cnms::gui
