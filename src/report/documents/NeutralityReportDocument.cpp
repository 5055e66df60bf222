// SPDX-License-Identifier: MIT
#include "cnms/report/NeutralityReportDocument.h"

#include "DocumentCharts.h"
#include "ProjectFacts.h"
#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportText.h"

namespace cnms::report {

using detail::qs;

/** Writes the carbon-neutrality statement; a class of its own so that its strings have a translation context. */
class NeutralityReportBuilder {
public:
    NeutralityReportBuilder(ProjectStore& store, const neutrality::ClaimRequest& request, ReportLanguage language)
        : m_store(store), m_request(request), m_language(language), m_fmt(language),
          m_facts(detail::ProjectFacts::read(store)) {}

    ReportDocument build() {
        const int year = m_request.year;
        ReportCover& c = m_doc.cover();
        c.title = tr("Carbon Neutrality Statement %1").arg(year);
        c.subtitle = tr("Balance of emissions, reductions and retired credits for the claim period");
        c.organization = qs(m_facts.organization.name);
        c.period = m_fmt.period(QDate(year, 1, 1), QDate(year, 12, 31));
        c.preparedBy = detail::orSignatureLine(m_facts.managementRepresentativeName);
        c.approvedBy = detail::orSignatureLine(m_facts.topManagement);
        c.reportDate = QDate::currentDate();
        if (!m_facts.organization.standardNumber.empty())
            c.standardLine = tr("According to %1").arg(qs(m_facts.organization.standardNumber));

        if (m_store.activities().countInYear(year) == 0) {
            m_doc.addHeading(1, tr("Claim"));
            m_doc.addCallout(CalloutKind::Warning,
                             tr("No activity data for %1: import activity data on the Activity data page. A carbon-"
                                "neutrality balance needs the year's inventory, so none is stated.")
                                 .arg(year),
                             tr("Missing data"));
            return std::move(m_doc);
        }
        m_eval = neutrality::evaluateClaim(m_store, m_request);
        claim();
        balance();
        credits();
        checklist();
        return std::move(m_doc);
    }

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const {
        return reportText(m_language, "cnms::report::NeutralityReportBuilder", source, disambiguation, n);
    }

    QString boundaryText() const {
        if (!m_request.site.empty()) return tr("Site %1").arg(qs(m_request.site));
        if (!m_request.categories.empty()) {
            QStringList list;
            for (int cat : m_request.categories) list << QString::number(cat);
            return tr("ISO 14064-1 categories %1").arg(list.join(QStringLiteral(", ")));
        }
        if (m_request.boundary == "scope1+2") return tr("Scopes 1 and 2");
        return tr("All emissions of the inventory (scopes 1, 2 and 3)");
    }

    void claim() {
        m_doc.addHeading(1, tr("Claim"));
        const auto& cl = m_eval.claim;
        m_doc.addKeyValues({
            {tr("Organization"), qs(m_facts.organization.name)},
            {tr("Claim period"), m_fmt.period(QDate(cl.year, 1, 1), QDate(cl.year, 12, 31))},
            {tr("Subject of the claim (boundary)"), boundaryText()},
            {tr("Global warming potentials"), qs(m_eval.gwpSet)},
            {tr("Eligible credit vintages"), tr("%1 to %2").arg(cl.vintageFrom).arg(cl.vintageTo)},
            {tr("Credits retired by"), detail::isoDate(m_language, cl.retireBy)},
            {tr("Base year"), m_eval.baseYear ? QString::number(m_eval.baseYear) : tr("none recorded")},
            {tr("Person responsible"), detail::orSignatureLine(m_facts.managementRepresentative)},
        });
    }

    void balance() {
        const auto& b = m_eval.balance;
        m_doc.addHeading(1, tr("Balance"));
        ReportTable table;
        table.caption = tr("Carbon-neutrality balance %1").arg(m_request.year);
        table.columns = {{tr("Item"), ColumnAlign::Left, 3.0}, {tr("tCO₂e"), ColumnAlign::Right, 1.5}};
        table.rows.push_back({tr("Gross emissions inside the boundary"), m_fmt.tonnesCo2e(b.boundaryEmissionsTco2e)});
        table.rows.push_back({m_eval.baseYearHasData ? tr("Reductions against the base year %1 (already in the gross emissions)").arg(m_eval.baseYear)
                                                     : tr("Reductions against the base year (no base-year data)"),
                              m_eval.baseYearHasData ? m_fmt.tonnesCo2e(b.reductionsTco2e) : ReportFormat::missing()});
        table.rows.push_back({tr("Credits accepted for the claim"), m_fmt.tonnesCo2e(b.offsetsAcceptedTco2e)});
        table.rows.push_back({tr("of which removals"), m_fmt.tonnesCo2e(b.removalsAcceptedTco2e)});
        table.totals = QStringList{tr("Net emissions"), m_fmt.tonnesCo2e(b.netEmissionsTco2e)};
        m_doc.addTable(std::move(table));
        if (b.carbonNeutral)
            m_doc.addCallout(CalloutKind::Note,
                             tr("The credits retired for the claim balance the emissions inside the boundary: the "
                                "organization is carbon neutral for %1 on these figures.")
                                 .arg(m_request.year),
                             tr("Carbon neutral"));
        else
            m_doc.addCallout(CalloutKind::Warning,
                             tr("%1 tCO₂e remain unbalanced: the organization is not carbon neutral for %2.")
                                 .arg(m_fmt.tonnesCo2e(b.netEmissionsTco2e))
                                 .arg(m_request.year),
                             tr("Not carbon neutral"));
        detail::addBarChart(m_doc, m_language, tr("Emissions and credits %1").arg(m_request.year),
                            {{tr("Gross emissions"), b.boundaryEmissionsTco2e},
                             {tr("Credits accepted"), b.offsetsAcceptedTco2e},
                             {tr("Net emissions"), std::max(0.0, b.netEmissionsTco2e)}},
                            tr("tCO₂e"));
    }

    QString refusalText(neutrality::RefusalReason reason) const {
        using neutrality::RefusalReason;
        switch (reason) {
        case RefusalReason::DuplicateSerial: return tr("serial already counted by an earlier credit");
        case RefusalReason::VintageOutOfRange: return tr("vintage outside the eligible years");
        case RefusalReason::NotRetired: return tr("not retired");
        case RefusalReason::RetiredAfterClaim: return tr("retired after the claim's deadline");
        }
        return {};
    }

    void credits() {
        const auto& b = m_eval.balance;
        m_doc.addHeading(1, tr("Credits"));
        ReportTable accepted;
        accepted.caption = tr("Credits retired for the claim");
        accepted.columns = {{tr("No."), ColumnAlign::Center, 0.4},        {tr("Registry"), ColumnAlign::Center, 0.8},
                            {tr("Project"), ColumnAlign::Left, 2.5},      {tr("Vintage"), ColumnAlign::Center, 0.7},
                            {tr("Retired on"), ColumnAlign::Center, 1.0}, {tr("tCO₂e"), ColumnAlign::Right, 1.0}};
        // Serials print whole on a table of their own (a centred column never wraps), so they can be searched.
        ReportTable serials;
        serials.caption = tr("Serial numbers of the credits retired for the claim");
        serials.columns = {{tr("No."), ColumnAlign::Center, 0.4}, {tr("Serial"), ColumnAlign::Center, 4.0}};
        int number = 0;
        for (const auto& cr : b.accepted) {
            const QString no = QString::number(++number);
            accepted.rows.push_back({no, qs(cr.registry), qs(cr.projectName.empty() ? cr.projectId : cr.projectName),
                                     QString::number(cr.vintage), qs(cr.retirementDate), m_fmt.tonnesCo2e(cr.quantityTco2e)});
            serials.rows.push_back({no, qs(cr.serial)});
        }
        accepted.totals = QStringList{tr("Total"), QString(), QString(), QString(), QString(),
                                      m_fmt.tonnesCo2e(b.offsetsAcceptedTco2e)};
        accepted.emptyText = tr("No credit qualifies for this claim: record retired credits on the Credits page.");
        m_doc.addTable(std::move(accepted));
        if (!serials.rows.empty()) m_doc.addTable(std::move(serials));

        if (b.refused.empty()) {
            m_doc.addParagraph(tr("No recorded credit was refused for this claim."));
            return;
        }
        ReportTable refused;
        refused.caption = tr("Credits not counted, with the reason");
        refused.columns = {{tr("Registry"), ColumnAlign::Center, 0.8}, {tr("Serial"), ColumnAlign::Center, 2.0},
                           {tr("tCO₂e"), ColumnAlign::Right, 1.0}, {tr("Reason"), ColumnAlign::Left, 2.0}};
        for (const auto& r : b.refused)
            refused.rows.push_back({qs(r.credit.registry), qs(r.credit.serial), m_fmt.tonnesCo2e(r.credit.quantityTco2e),
                                    r.detail.empty() ? refusalText(r.reason)
                                                     : QStringLiteral("%1 (%2)").arg(refusalText(r.reason), qs(r.detail))});
        m_doc.addTable(std::move(refused));
    }

    QString checklistTitle(const std::string& id) const {
        if (id == "inventory_complete") return tr("The inventory of the claim period is complete");
        if (id == "management_plan") return tr("A carbon-neutrality management plan with reduction targets exists");
        if (id == "reductions_shown") return tr("Reductions against the base year are shown");
        if (id == "credits_retired_traceable") return tr("Credits are retired and traceable (serial, date, beneficiary)");
        if (id == "removals_share_stated") return tr("The share of removals among the credits is stated");
        return qs(id);
    }

    void checklist() {
        m_doc.addHeading(1, tr("Claim checklist"));
        ReportTable table;
        table.caption = tr("Claim checklist");
        table.columns = {{tr("Requirement"), ColumnAlign::Left, 2.5},
                         {tr("Met"), ColumnAlign::Center, 0.6},
                         {tr("What the project holds"), ColumnAlign::Left, 2.5}};
        int unmet = 0;
        for (const auto& item : m_eval.checklist) {
            table.rows.push_back({checklistTitle(item.id), item.met ? tr("Yes") : tr("No"), qs(item.evidence)});
            if (!item.met) ++unmet;
        }
        m_doc.addTable(std::move(table));
        if (unmet > 0)
            m_doc.addCallout(CalloutKind::Warning,
                             tr("%n requirement(s) of the claim are not met: the statement cannot be published as a "
                                "claim of carbon neutrality until they are.",
                                nullptr, unmet));
    }

    ProjectStore& m_store;
    neutrality::ClaimRequest m_request;
    ReportLanguage m_language;
    ReportFormat m_fmt;
    detail::ProjectFacts m_facts;
    neutrality::ClaimEvaluation m_eval;
    ReportDocument m_doc;
};

ReportDocument buildNeutralityReportDocument(ProjectStore& store, const neutrality::ClaimRequest& request,
                                             ReportLanguage language) {
    return NeutralityReportBuilder(store, request, language).build();
}

}  // namespace cnms::report
