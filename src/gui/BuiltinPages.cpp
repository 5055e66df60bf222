// SPDX-License-Identifier: MIT
// The pages of the workbench. To add one: write the page (a QWidget built from a PageContext),
// then add its line here with the catalogue record types it edits; the navigation places it
// under every clause that requires those types.
#include <QtGlobal>

#include "ActivityPage.h"
#include "FactorLibraryPage.h"
#include "InventoryPage.h"
#include "OrganizationPage.h"
#include "PageRegistry.h"
#include "SitesPage.h"

namespace cnms::gui {

void registerBuiltinPages(PageRegistry& r) {
    // clang-format off
    r.add({"organization", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Organization profile"), {"organization"}, ":/icons/organization.svg", makePage<OrganizationPage>});
    r.add({"sites",        QT_TRANSLATE_NOOP("cnms::gui::Pages", "Sites"),                {"site"},         ":/icons/site.svg",         makePage<SitesPage>});
    r.add({"inventory",    QT_TRANSLATE_NOOP("cnms::gui::Pages", "GHG inventory"),        {"ghg_inventory"}, ":/icons/pdca.svg",        makePage<InventoryPage>});
    r.add({"activities",   QT_TRANSLATE_NOOP("cnms::gui::Pages", "Activity data"),        {"activity_data"}, ":/icons/clause.svg",      makePage<ActivityPage>});
    r.add({"factors",      QT_TRANSLATE_NOOP("cnms::gui::Pages", "Emission factors"),     {"emission_factor_set"}, ":/icons/clause.svg", makePage<FactorLibraryPage>});
    // clang-format on
}

}  // namespace cnms::gui
