// SPDX-License-Identifier: MIT
// The pages of the workbench. To add one: write the page (a QWidget built from a PageContext),
// then add its line here with the catalogue record types it edits; the navigation places it
// under every clause that requires those types.
#include <QtGlobal>

#include "ActivityPage.h"
#include "AuditChecklistPage.h"
#include "AuditProgrammePage.h"
#include "CreditsPage.h"
#include "FactorLibraryPage.h"
#include "FindingsPage.h"
#include "InventoryPage.h"
#include "NonconformityPage.h"
#include "MeasuresPage.h"
#include "NeutralityEvaluationPage.h"
#include "ManagementReviewPage.h"
#include "OrganizationPage.h"
#include "ProductionPage.h"
#include "CatalogueText.h"
#include "PageRegistry.h"
#include "ReadinessPage.h"
#include "RegisterPage.h"
#include "SitesPage.h"
#include "TargetsPage.h"
#include "UsersPage.h"
#include "cnms/records/RegisterSchema.h"

namespace cnms::gui {

void registerBuiltinPages(PageRegistry& r) {
    // clang-format off
    r.add({"readiness",    QT_TRANSLATE_NOOP("cnms::gui::Pages", "Readiness"),            {},               ":/icons/pdca.svg",         makePage<ReadinessPage>});
    r.add({"organization", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Organization profile"), {"organization"}, ":/icons/organization.svg", makePage<OrganizationPage>});
    r.add({"sites",        QT_TRANSLATE_NOOP("cnms::gui::Pages", "Sites"),                {"site"},         ":/icons/site.svg",         makePage<SitesPage>});
    r.add({"inventory",    QT_TRANSLATE_NOOP("cnms::gui::Pages", "GHG inventory"),        {"ghg_inventory"}, ":/icons/pdca.svg",        makePage<InventoryPage>});
    r.add({"production",   QT_TRANSLATE_NOOP("cnms::gui::Pages", "Output and revenue"),   {"ghg_inventory"}, ":/icons/clause.svg",      makePage<ProductionPage>});
    r.add({"activities",   QT_TRANSLATE_NOOP("cnms::gui::Pages", "Activity data"),        {"activity_data"}, ":/icons/clause.svg",      makePage<ActivityPage>});
    r.add({"factors",      QT_TRANSLATE_NOOP("cnms::gui::Pages", "Emission factors"),     {"emission_factor_set"}, ":/icons/clause.svg", makePage<FactorLibraryPage>});
    r.add({"audit_programme", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Audit programme"),     {"audit_programme"}, ":/icons/pdca.svg", makePage<AuditProgrammePage>});
    r.add({"audit_checklist", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Audit checklist"),     {"audit"},         ":/icons/clause.svg",     makePage<AuditChecklistPage>});
    r.add({"findings",        QT_TRANSLATE_NOOP("cnms::gui::Pages", "Audit findings"),      {"finding"},       ":/icons/clause.svg",     makePage<FindingsPage>});
    r.add({"nonconformities", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Nonconformities and actions"), {"nonconformity", "corrective_action"}, ":/icons/clause.svg", makePage<NonconformityPage>});
    r.add({"measures",     QT_TRANSLATE_NOOP("cnms::gui::Pages", "Reduction measures"),   {"reduction_measure"}, ":/icons/clause.svg", makePage<MeasuresPage>});
    r.add({"targets",      QT_TRANSLATE_NOOP("cnms::gui::Pages", "Targets"),              {"target"},       ":/icons/clause.svg",     makePage<TargetsPage>});
    r.add({"credits",      QT_TRANSLATE_NOOP("cnms::gui::Pages", "Offset credits"),       {"offset_credit"}, ":/icons/clause.svg",     makePage<CreditsPage>});
    r.add({"neutrality",   QT_TRANSLATE_NOOP("cnms::gui::Pages", "Neutrality evaluation"), {"neutrality_evaluation", "neutrality_claim"}, ":/icons/pdca.svg", makePage<NeutralityEvaluationPage>});
    r.add({"users",        QT_TRANSLATE_NOOP("cnms::gui::Pages", "Users and sign-in"),   {},               ":/icons/organization.svg", makePage<UsersPage>});
    r.add({"management_review", QT_TRANSLATE_NOOP("cnms::gui::Pages", "Management review"), {"management_review"}, ":/icons/pdca.svg", makePage<ManagementReviewPage>});
    // clang-format on
    // One generic page per register; each sits under the clauses that require its record type.
    for (const auto& schema : records::RegisterSchemas::shipped().all()) {
        const records::RegisterSchema* s = &schema;
        r.add({QString::fromStdString(schema.type), nullptr, {QString::fromStdString(schema.type)}, ":/icons/clause.svg",
               [s](const PageContext& context, QWidget* parent) -> QWidget* { return new RegisterPage(context, *s, parent); },
               [s] { return QString::fromStdString(catalogue_text::chinese() ? s->zh : s->en); }});
    }
}

}  // namespace cnms::gui
