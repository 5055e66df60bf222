// SPDX-License-Identifier: MIT
#include "cnms/report/InventoryReportDocument.h"

#include "DocumentCharts.h"
#include "ProjectFacts.h"
#include "cnms/accounting/BaseYear.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/records/RegisterService.h"
#include "cnms/report/ReportFormat.h"
#include "cnms/report/InventoryWarningText.h"
#include "cnms/report/ReportText.h"

#include <map>
#include <set>
#include <tuple>

namespace cnms::report {

using detail::qs;

/** Writes the inventory report; a class of its own so that its strings have a translation context. */
class InventoryReportBuilder {
public:
    InventoryReportBuilder(ProjectStore& store, int year, ReportLanguage language, const InventoryReportOptions& options)
        : m_store(store), m_year(year), m_language(language), m_options(options), m_fmt(language),
          m_facts(detail::ProjectFacts::read(store)), m_service(store) {}

    ReportDocument build() {
        const bool hasData = m_store.activities().countInYear(m_year) > 0;
        m_denominators = accounting::resolveDenominators(m_store, m_year);
        if (hasData) m_inventory = m_service.inventory(m_year, std::nullopt, m_denominators.organization);
        cover();
        organization();
        boundaries(hasData);
        if (!hasData) {
            missingData();
            return std::move(m_doc);
        }
        emissions();
        baseYear();
        methods();
        uncertainty();
        exclusions();
        changes();
        if (m_options.includeRecords) records();
        return std::move(m_doc);
    }

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const {
        return reportText(m_language, "cnms::report::InventoryReportBuilder", source, disambiguation, n);
    }

    QString categoryName(int category) const {
        switch (category) {
        case 1: return tr("Category 1: direct emissions and removals");
        case 2: return tr("Category 2: indirect emissions from imported energy");
        case 3: return tr("Category 3: indirect emissions from transportation");
        case 4: return tr("Category 4: indirect emissions from products used by the organization");
        case 5: return tr("Category 5: indirect emissions associated with the use of the organization's products");
        default: return tr("Category 6: indirect emissions from other sources");
        }
    }

    QString sourceTypeName(accounting::SourceType type) const {
        using accounting::SourceType;
        switch (type) {
        case SourceType::FuelCombustion: return tr("Fuel combustion");
        case SourceType::Process: return tr("Industrial process");
        case SourceType::Fugitive: return tr("Fugitive emissions");
        case SourceType::PurchasedElectricity: return tr("Purchased electricity");
        case SourceType::PurchasedHeat: return tr("Purchased heat");
        case SourceType::Co2Recovered: return tr("CO₂ recovered or exported");
        case SourceType::IndirectOther: return tr("Other indirect source");
        }
        return qs(std::string(accounting::toString(type)));
    }

    QString siteName(const std::string& code) const {
        for (const auto& site : m_sites)
            if (site.code == code) return QStringLiteral("%1 %2").arg(qs(site.code), qs(site.name));
        return qs(code);
    }

    QString consolidationName(Consolidation c) const {
        switch (c) {
        case Consolidation::OperationalControl: return tr("Operational control");
        case Consolidation::FinancialControl: return tr("Financial control");
        case Consolidation::EquityShare: return tr("Equity share");
        }
        return {};
    }

    QString share(double part) const {
        return m_inventory.totalTco2e != 0 ? m_fmt.percent(part / m_inventory.totalTco2e) : ReportFormat::missing();
    }

    void cover() {
        ReportCover& c = m_doc.cover();
        c.title = tr("Greenhouse Gas Inventory Report %1").arg(m_year);
        c.subtitle = tr("Quantification and reporting of greenhouse gas emissions and removals (ISO 14064-1)");
        c.organization = qs(m_facts.organization.name);
        c.period = m_fmt.period(QDate(m_year, 1, 1), QDate(m_year, 12, 31));
        c.preparedBy = detail::orSignatureLine(m_facts.managementRepresentativeName);
        c.approvedBy = detail::orSignatureLine(m_facts.topManagement);
        c.reportDate = QDate::currentDate();
        if (!m_facts.organization.standardNumber.empty())
            c.standardLine = tr("According to %1").arg(qs(m_facts.organization.standardNumber));
    }

    void organization() {
        const Organization& org = m_facts.organization;
        m_doc.addHeading(1, tr("Reporting organization"));
        m_doc.addKeyValues({
            {tr("Organization"), qs(org.name)},
            {tr("Unified social credit code"), org.creditCode.empty() ? ReportFormat::missing() : qs(org.creditCode)},
            {tr("Industry (GB/T 4754)"), org.industryCode.empty() ? ReportFormat::missing() : qs(org.industryCode)},
            {tr("Address"), org.address.empty() ? ReportFormat::missing() : qs(org.address)},
            {tr("Person responsible for the report"), detail::orSignatureLine(m_facts.managementRepresentative)},
            {tr("Reporting period"), m_fmt.period(QDate(m_year, 1, 1), QDate(m_year, 12, 31))},
        });
        m_doc.addParagraph(tr("This report states the organization's greenhouse gas emissions and removals for the "
                              "reporting period, quantified from the activity data recorded in the CNMS Workbench "
                              "project with the emission factors and global warming potentials pinned for the year."));
    }

    void boundaries(bool hasData) {
        m_sites = m_store.sites().list();
        std::set<std::string> sitesWithData;
        if (hasData)
            for (const auto& [site, tonnes] : m_inventory.bySiteTco2e) sitesWithData.insert(site);

        m_doc.addHeading(1, tr("Boundaries"));
        m_doc.addHeading(2, tr("Organizational boundary"));
        m_doc.addParagraph(tr("Consolidation approach: %1. The inventory covers the sites below.")
                               .arg(consolidationName(m_facts.organization.consolidation)));
        ReportTable sites;
        sites.caption = tr("Sites in the organizational boundary");
        sites.columns = {{tr("Code"), ColumnAlign::Left, 1.0},
                         {tr("Site"), ColumnAlign::Left, 2.5},
                         {tr("Province"), ColumnAlign::Left, 1.2},
                         {tr("Equity share"), ColumnAlign::Right, 1.0},
                         {tr("Activity data %1").arg(m_year), ColumnAlign::Center, 1.0}};
        for (const auto& site : m_sites)
            sites.rows.push_back({qs(site.code), qs(site.name), qs(site.province),
                                  m_fmt.percent(site.equitySharePct / 100.0, 0),
                                  sitesWithData.count(site.code) ? tr("Yes") : tr("No")});
        sites.emptyText = tr("No sites are recorded: add the organization's sites on the Sites page.");
        m_doc.addTable(std::move(sites));

        m_doc.addHeading(2, tr("Reporting boundary"));
        const records::RegisterService registers(m_store);
        bool stated = false;
        for (const auto& scope : registers.list("scope_statement")) {
            if (!scope.has("activities_included")) continue;
            m_doc.addParagraph(tr("Activities and products included (scope statement \"%1\"): %2")
                                   .arg(qs(scope.text("title")), qs(scope.text("activities_included"))));
            stated = true;
        }
        m_doc.addParagraph(tr("Emissions are reported in the six categories of ISO 14064-1: direct emissions "
                              "(category 1) and indirect emissions (categories 2 to 6), and by the scopes of the "
                              "GHG Protocol (scope 1 = category 1, scope 2 = category 2, scope 3 = categories 3 to 6)."));
        if (!stated)
            m_doc.addCallout(CalloutKind::Warning,
                             tr("The project holds no scope statement: record the activities and products included "
                                "on the Scope register page."),
                             tr("Missing information"));
    }

    void missingData() {
        m_doc.addHeading(1, tr("Emissions"));
        m_doc.addCallout(CalloutKind::Warning,
                         tr("No activity data for %1: import activity data on the Activity data page. Without it the "
                            "emissions, methods, uncertainty and changes from the previous year cannot be reported.")
                             .arg(m_year),
                         tr("Missing data"));
        const auto years = m_store.activities().years();
        if (!years.empty()) {
            QStringList list;
            for (int y : years) list << QString::number(y);
            m_doc.addParagraph(tr("Years with activity data in this project: %1.").arg(list.join(QStringLiteral(", "))));
        }
    }

    void emissions() {
        const auto& inv = m_inventory;
        m_doc.addHeading(1, tr("Emissions"));
        m_doc.addHeading(2, tr("Summary"));
        std::vector<std::pair<QString, QString>> summary = {
            {tr("Total emissions (tCO₂e)"), m_fmt.tonnesCo2e(inv.totalTco2e)},
            {tr("Scope 1 (tCO₂e)"), m_fmt.tonnesCo2e(inv.scopeTco2e(1))},
            {tr("Scope 2 (tCO₂e)"), m_fmt.tonnesCo2e(inv.scopeTco2e(2))},
            {tr("Scope 3 (tCO₂e)"), m_fmt.tonnesCo2e(inv.scopeTco2e(3))},
            {tr("Biogenic CO₂, reported separately (t)"), m_fmt.tonnesCo2e(inv.biogenicCo2T)},
            {tr("Activity records"), m_fmt.integer(static_cast<qint64>(inv.recordCount))},
            {tr("Global warming potentials"), qs(inv.gwpSet)},
        };
        if (inv.uncertainty.totalPct)
            summary.push_back({tr("Uncertainty of the total (95 %)"), m_fmt.percent(*inv.uncertainty.totalPct / 100.0)});
        m_doc.addKeyValues(std::move(summary));

        m_doc.addHeading(2, tr("Emissions by ISO 14064-1 category"));
        ReportTable byCategory;
        byCategory.caption = tr("Emissions by ISO 14064-1 category");
        byCategory.columns = {{tr("Category"), ColumnAlign::Left, 4.0},
                              {tr("Scope"), ColumnAlign::Center, 0.6},
                              {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                              {tr("Share"), ColumnAlign::Right, 0.8}};
        detail::ChartValues categoryChart;
        for (int c = 1; c <= 6; ++c) {
            byCategory.rows.push_back({categoryName(c), QString::number(accounting::scopeOfCategory(c)),
                                       m_fmt.tonnesCo2e(inv.categoryTco2e(c)), share(inv.categoryTco2e(c))});
            categoryChart.emplace_back(tr("Category %1").arg(c), inv.categoryTco2e(c));
        }
        byCategory.totals = QStringList{tr("Total"), QString(), m_fmt.tonnesCo2e(inv.totalTco2e), m_fmt.percent(1.0)};
        m_doc.addTable(std::move(byCategory));
        detail::addBarChart(m_doc, m_language, tr("Emissions by ISO 14064-1 category"), categoryChart, tr("tCO₂e"));

        m_doc.addHeading(2, tr("Emissions by scope"));
        ReportTable byScope;
        byScope.caption = tr("Emissions by scope");
        byScope.columns = {{tr("Scope"), ColumnAlign::Left, 3.0},
                           {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                           {tr("Share"), ColumnAlign::Right, 0.8}};
        detail::ChartValues scopeChart;
        for (int s = 1; s <= 3; ++s) {
            byScope.rows.push_back({tr("Scope %1").arg(s), m_fmt.tonnesCo2e(inv.scopeTco2e(s)), share(inv.scopeTco2e(s))});
            scopeChart.emplace_back(tr("Scope %1").arg(s), inv.scopeTco2e(s));
        }
        byScope.totals = QStringList{tr("Total"), m_fmt.tonnesCo2e(inv.totalTco2e), m_fmt.percent(1.0)};
        m_doc.addTable(std::move(byScope));
        detail::addPieChart(m_doc, m_language, tr("Emissions by scope"), scopeChart);

        m_doc.addHeading(2, tr("Emissions by gas"));
        ReportTable byGas;
        byGas.caption = tr("Emissions by greenhouse gas");
        byGas.columns = {{tr("Gas"), ColumnAlign::Left, 2.0},
                         {tr("Mass (t)"), ColumnAlign::Right, 1.5},
                         {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                         {tr("Share"), ColumnAlign::Right, 0.8}};
        for (const auto& [gas, tonnes] : inv.byGasTco2e) {
            const auto mass = inv.byGasT.find(gas);
            byGas.rows.push_back({gas == "CO2e_other" ? tr("Other gases, already in CO₂e") : qs(gas),
                                  mass != inv.byGasT.end() ? m_fmt.number(mass->second, 3) : ReportFormat::missing(),
                                  m_fmt.tonnesCo2e(tonnes), share(tonnes)});
        }
        byGas.totals = QStringList{tr("Total"), QString(), m_fmt.tonnesCo2e(inv.totalTco2e), m_fmt.percent(1.0)};
        m_doc.addTable(std::move(byGas));
        if (!inv.directByGasTco2e.empty()) {
            ReportTable direct;
            direct.caption = tr("Direct emissions (category 1) by gas");
            direct.columns = {{tr("Gas"), ColumnAlign::Left, 2.0}, {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5}};
            double sum = 0;
            for (const auto& [gas, tonnes] : inv.directByGasTco2e) {
                direct.rows.push_back({gas == "CO2e_other" ? tr("Other gases, already in CO₂e") : qs(gas),
                                       m_fmt.tonnesCo2e(tonnes)});
                sum += tonnes;
            }
            direct.totals = QStringList{tr("Category 1"), m_fmt.tonnesCo2e(sum)};
            m_doc.addTable(std::move(direct));
        }

        m_doc.addHeading(2, tr("Emissions by site"));
        ReportTable bySite;
        bySite.caption = tr("Emissions by site");
        bySite.columns = {{tr("Site"), ColumnAlign::Left, 3.0},
                          {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                          {tr("Share"), ColumnAlign::Right, 0.8}};
        detail::ChartValues siteChart;
        for (const auto& [site, tonnes] : inv.bySiteTco2e) {
            bySite.rows.push_back({siteName(site), m_fmt.tonnesCo2e(tonnes), share(tonnes)});
            siteChart.emplace_back(siteName(site), tonnes);
        }
        bySite.totals = QStringList{tr("Total"), m_fmt.tonnesCo2e(inv.totalTco2e), m_fmt.percent(1.0)};
        m_doc.addTable(std::move(bySite));
        detail::addBarChart(m_doc, m_language, tr("Emissions by site"), siteChart, tr("tCO₂e"));

        m_doc.addHeading(2, tr("Emissions by source type"));
        ReportTable bySource;
        bySource.caption = tr("Emissions by source type and activity");
        bySource.columns = {{tr("Source type"), ColumnAlign::Left, 1.6},
                            {tr("Activity"), ColumnAlign::Left, 2.0},
                            {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                            {tr("Share"), ColumnAlign::Right, 0.8}};
        for (const auto& a : inv.byActivityTco2e)
            bySource.rows.push_back({sourceTypeName(a.sourceType), qs(a.activity), m_fmt.tonnesCo2e(a.tco2e), share(a.tco2e)});
        bySource.totals = QStringList{tr("Total"), QString(), m_fmt.tonnesCo2e(inv.totalTco2e), m_fmt.percent(1.0)};
        m_doc.addTable(std::move(bySource));
        intensity();
        if (!inv.warnings.empty()) {
            QStringList lines;
            const InventoryWarningText warning(m_language);
            for (const auto& w : inv.warnings) lines << warning.text(w);
            m_doc.addCallout(CalloutKind::Warning, lines.join(QLatin1Char('\n')), tr("Calculation warnings"));
        }
    }

    /** Emissions per unit of output and of revenue (issue 3), from the year's stored figures. */
    void intensity() {
        const auto& inv = m_inventory;
        m_doc.addHeading(2, tr("Emission intensity"));
        ReportTable table;
        table.caption = tr("Emission intensity");
        table.columns = {{tr("Scope of the figure"), ColumnAlign::Left, 2.2},
                         {tr("Denominator"), ColumnAlign::Right, 2.0},
                         {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.5},
                         {tr("Intensity"), ColumnAlign::Right, 1.8},
                         {tr("Scope 1+2 intensity"), ColumnAlign::Right, 1.8}};
        auto row = [&](const QString& what, const accounting::Intensity& i, double emissions) {
            const QString unit = tr("tCO₂e/%1").arg(qs(i.base.unit));
            table.rows.push_back({what, m_fmt.number(i.base.value, 2) + QLatin1Char(' ') + qs(i.base.unit),
                                  m_fmt.tonnesCo2e(emissions), m_fmt.number(i.totalPerUnit, 4) + QLatin1Char(' ') + unit,
                                  m_fmt.number(i.scope12PerUnit, 4) + QLatin1Char(' ') + unit});
        };
        const QString organization = tr("Whole organization");
        if (inv.intensityPerOutput)
            row(m_denominators.outputSource == accounting::DenominatorSource::SumOfSites
                    ? tr("%1, per output (sum of the sites)").arg(organization)
                    : tr("%1, per output").arg(organization),
                *inv.intensityPerOutput, inv.totalTco2e);
        if (inv.intensityPerRevenue) row(tr("%1, per revenue").arg(organization), *inv.intensityPerRevenue, inv.totalTco2e);
        for (const auto& s : m_denominators.siteIntensities(inv))
            row(siteName(s.site), s.intensity, inv.siteTco2e(s.site));
        if (table.rows.empty()) {
            m_doc.addCallout(CalloutKind::Warning,
                             tr("No production output or revenue is recorded for %1, so no intensity can be given. "
                                "Enter them on the Output and revenue page or with cnms output set.")
                                 .arg(m_year),
                             tr("Missing information"));
            return;
        }
        m_doc.addTable(std::move(table));
        if (!inv.intensityPerOutput)
            m_doc.addParagraph(m_denominators.outputSource == accounting::DenominatorSource::UnitsDiffer
                                   ? tr("The sites' outputs are in different units and are not added up; the "
                                        "organization's intensity per output needs its total output.")
                                   : tr("No production output is recorded for the organization."));
    }

    void baseYear() {
        m_doc.addHeading(1, tr("Base year and recalculations"));
        const auto targets = m_store.targets().list();
        if (targets.empty() || targets.front().baseYear == 0) {
            m_doc.addCallout(CalloutKind::Warning,
                             tr("No base year is set: record a target with its base year on the Targets page."),
                             tr("Missing information"));
            return;
        }
        const int base = targets.front().baseYear;
        std::vector<std::pair<QString, QString>> items{{tr("Base year"), QString::number(base)}};
        std::optional<accounting::Inventory> baseInventory;
        if (base != m_year && m_store.activities().countInYear(base) > 0) baseInventory = m_service.inventory(base);
        if (base == m_year) {
            items.push_back({tr("Base-year emissions (tCO₂e)"), m_fmt.tonnesCo2e(m_inventory.totalTco2e)});
        } else if (baseInventory) {
            items.push_back({tr("Base-year emissions (tCO₂e)"), m_fmt.tonnesCo2e(baseInventory->totalTco2e)});
        } else {
            items.push_back({tr("Base-year emissions (tCO₂e)"),
                             tr("no activity data for %1 in this project").arg(base)});
        }
        for (const auto& t : targets)
            if (t.baseYear == base && !t.baseNote.empty())
                items.push_back({tr("Recalculation note (%1)").arg(qs(t.name)), qs(t.baseNote)});
        m_doc.addKeyValues(std::move(items));
        if (baseInventory) {
            const auto assessment = accounting::assessBaseYear(*baseInventory, m_inventory, {});
            m_doc.addParagraph(
                assessment.methodologyDiffers
                    ? tr("The base year and %1 were calculated with different factor sets or GWP values: the base year "
                         "must be recalculated with the factors of %1 before the two are compared.")
                          .arg(m_year)
                    : tr("The base year and %1 were calculated with the same factor sets and GWP values. No structural "
                         "change (acquisition, divestment, boundary or method change) above the significance threshold "
                         "of %2 of the base-year total is recorded, so the base year is not recalculated.")
                          .arg(m_year)
                          .arg(m_fmt.percent(assessment.thresholdPct / 100.0, 0)));
        }
    }

    void methods() {
        const auto& inv = m_inventory;
        m_doc.addHeading(1, tr("Quantification methods and factors"));
        m_doc.addParagraph(tr("Emissions are calculated as activity data × emission factor (fuels: quantity × net "
                              "calorific value × carbon content × oxidation rate × 44/12), gas by gas, and weighted with "
                              "the 100-year global warming potentials of %1. The factor sets and their versions are "
                              "pinned for %2, so that the year's figures are reproducible.")
                               .arg(qs(inv.gwpSet))
                               .arg(m_year));
        ReportTable sets;
        sets.caption = tr("Factor sets and GWP values pinned for %1").arg(m_year);
        sets.columns = {{tr("Set"), ColumnAlign::Left, 1.2},
                        {tr("Version"), ColumnAlign::Left, 0.9},
                        {tr("Name"), ColumnAlign::Left, 2.0},
                        {tr("Source"), ColumnAlign::Left, 3.0}};
        for (const auto& pinned : inv.pin.factorSets) {
            const auto* set = m_service.library().findSet(pinned.id, pinned.version);
            sets.rows.push_back({qs(pinned.id), qs(pinned.version),
                                 set ? qs(m_language == ReportLanguage::Chinese ? set->nameZh : set->nameEn) : QString(),
                                 set ? qs(set->source) : tr("not in the factor library of this program")});
        }
        if (const auto* gwp = accounting::GwpSet::find(inv.gwpSet))
            sets.rows.push_back({qs(gwp->id()), QString(), qs(gwp->name()), tr("IPCC assessment report, 100-year GWP")});
        m_doc.addTable(std::move(sets));

        // One line per factor used: the same factor serves many cells (sites, months).
        struct Used {
            QString activity, method, factor;
            accounting::Confidence confidence;
            double tco2e = 0;
        };
        std::map<std::tuple<std::string, std::string, std::string, std::string>, Used> used;
        for (const auto& row : inv.rows) {
            const auto& t = row.trace;
            auto& u = used[{row.activity, t.factorSetId, t.factorSetVersion, t.factorId}];
            u.activity = qs(row.activity);
            u.method = qs(t.method);
            u.factor = t.factorId.empty() ? tr("record parameters")
                                          : QStringLiteral("%1@%2 %3").arg(qs(t.factorSetId), qs(t.factorSetVersion),
                                                                           qs(t.factorId));
            u.confidence = t.confidence;
            u.tco2e += row.tco2e;
        }
        ReportTable factors;
        factors.caption = tr("Methods and emission factors used");
        factors.columns = {{tr("Activity"), ColumnAlign::Left, 1.6},
                           {tr("Method"), ColumnAlign::Center, 1.3},
                           {tr("Factor (set@version id)"), ColumnAlign::Left, 2.4},
                           {tr("Confidence"), ColumnAlign::Center, 0.8},
                           {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.3}};
        for (const auto& [key, u] : used)
            factors.rows.push_back({u.activity, u.method, u.factor, confidenceName(u.confidence), m_fmt.tonnesCo2e(u.tco2e)});
        m_doc.addTable(std::move(factors));

        if (inv.lowConfidence.empty()) {
            m_doc.addParagraph(tr("No low-confidence factor was used."));
            return;
        }
        ReportTable low;
        low.caption = tr("Low-confidence factors used");
        low.columns = {{tr("Factor (set@version id)"), ColumnAlign::Left, 2.4},
                       {tr("Activity"), ColumnAlign::Left, 1.6},
                       {tr("Emissions (tCO₂e)"), ColumnAlign::Right, 1.3},
                       {tr("Share"), ColumnAlign::Right, 0.8}};
        for (const auto& l : inv.lowConfidence)
            low.rows.push_back({QStringLiteral("%1@%2 %3").arg(qs(l.factorSetId), qs(l.factorSetVersion), qs(l.factorId)),
                                qs(l.activity), m_fmt.tonnesCo2e(l.tco2e), m_fmt.percent(l.sharePct / 100.0)});
        m_doc.addTable(std::move(low));
        m_doc.addCallout(CalloutKind::Warning,
                         tr("%n emission factor(s) of low confidence are used. Replace them with measured or "
                            "supplier-specific values where the share is material.",
                            nullptr, static_cast<int>(inv.lowConfidence.size())),
                         tr("Low-confidence factors"));
    }

    QString confidenceName(accounting::Confidence c) const {
        switch (c) {
        case accounting::Confidence::High: return tr("High");
        case accounting::Confidence::Medium: return tr("Medium");
        default: return tr("Low");
        }
    }

    QString percentOrMissing(const std::optional<double>& pct) const {
        return pct ? m_fmt.percent(*pct / 100.0) : ReportFormat::missing();
    }

    void uncertainty() {
        const auto& u = m_inventory.uncertainty;
        m_doc.addHeading(1, tr("Uncertainty"));
        m_doc.addParagraph(tr("Uncertainties are half the 95 % confidence interval in % of the value, propagated from "
                              "the activity data and the factors by error propagation (IPCC 2006 Guidelines, Volume 1, "
                              "Chapter 3, Approach 1)."));
        ReportTable table;
        table.caption = tr("Uncertainty of the totals (95 %)");
        table.columns = {{tr("Total"), ColumnAlign::Left, 3.0}, {tr("Uncertainty"), ColumnAlign::Right, 1.0}};
        table.rows.push_back({tr("Total emissions"), percentOrMissing(u.totalPct)});
        for (int s = 1; s <= 3; ++s) table.rows.push_back({tr("Scope %1").arg(s), percentOrMissing(u.byScopePct[s - 1])});
        for (int c = 1; c <= 6; ++c)
            table.rows.push_back({categoryName(c), percentOrMissing(u.byIsoCategoryPct[c - 1])});
        m_doc.addTable(std::move(table));
        if (u.defaultsUsed)
            m_doc.addCallout(CalloutKind::Note,
                             tr("Some records or factors state no uncertainty of their own: default uncertainties by data "
                                "quality and factor confidence were used for them."));
    }

    void exclusions() {
        m_doc.addHeading(1, tr("Exclusions"));
        const records::RegisterService registers(m_store);
        bool any = false;
        for (const auto& scope : registers.list("scope_statement")) {
            if (!scope.has("exclusions")) continue;
            m_doc.addParagraph(qs(scope.text("exclusions")));
            any = true;
        }
        QStringList empty;
        for (int c = 3; c <= 6; ++c)
            if (m_inventory.categoryTco2e(c) == 0) empty << QString::number(c);
        if (!empty.isEmpty())
            m_doc.addParagraph(tr("No emissions are quantified in ISO 14064-1 categories %1 for %2: they are not "
                                  "included in the totals.")
                                   .arg(empty.join(QStringLiteral(", ")))
                                   .arg(m_year));
        if (!any)
            m_doc.addParagraph(tr("The scope statement records no excluded site or activity."));
    }

    void changes() {
        m_doc.addHeading(1, tr("Changes from the previous year"));
        const int previous = m_year - 1;
        if (m_store.activities().countInYear(previous) == 0) {
            m_doc.addParagraph(tr("The project holds no activity data for %1, so no comparison with the previous year "
                                  "can be made.")
                                   .arg(previous));
            return;
        }
        const auto before = m_service.inventory(previous);
        const auto diff = accounting::compare(before, m_inventory);
        ReportTable table;
        table.caption = tr("Emissions %1 against %2").arg(m_year).arg(previous);
        table.columns = {{tr("Total"), ColumnAlign::Left, 3.0},
                         {QString::number(previous), ColumnAlign::Right, 1.3},
                         {QString::number(m_year), ColumnAlign::Right, 1.3},
                         {tr("Change (tCO₂e)"), ColumnAlign::Right, 1.3},
                         {tr("Change"), ColumnAlign::Right, 0.9}};
        auto add = [&](const QString& label, const accounting::TotalDifference& d) {
            table.rows.push_back({label, m_fmt.tonnesCo2e(d.before), m_fmt.tonnesCo2e(d.after), m_fmt.tonnesCo2e(d.delta),
                                  d.deltaPct ? m_fmt.percent(*d.deltaPct / 100.0) : ReportFormat::missing()});
        };
        add(tr("Total emissions"), diff.total);
        for (const auto& d : diff.byScope) add(tr("Scope %1").arg(qs(d.key)), d);
        for (const auto& d : diff.byIsoCategory) add(tr("Category %1").arg(qs(d.key)), d);
        for (const auto& d : diff.bySite) add(siteName(d.key), d);
        m_doc.addTable(std::move(table));
        if (before.pin.selection().factorSets != m_inventory.pin.selection().factorSets || before.gwpSet != m_inventory.gwpSet)
            m_doc.addCallout(CalloutKind::Note, tr("%1 and %2 were calculated with different factor sets or GWP values: "
                                                   "part of the change comes from the method, not from the activities.")
                                                    .arg(previous)
                                                    .arg(m_year));
    }

    void records() {
        const auto total = m_store.activities().countInYear(m_year);
        m_doc.beginAppendix(tr("Activity records %1").arg(m_year));
        ReportTable table;
        table.caption = tr("Activity records (in the order recorded)");
        table.columns = {{tr("Record"), ColumnAlign::Left, 1.2}, {tr("Site"), ColumnAlign::Left, 0.9},
                         {tr("Period"), ColumnAlign::Left, 1.6}, {tr("Activity"), ColumnAlign::Left, 1.5},
                         {tr("Quantity"), ColumnAlign::Right, 1.1}, {tr("Unit"), ColumnAlign::Left, 0.7}};
        m_store.activities().forEachInYearPage(m_year, 0, m_options.maxRecords,
                                               [&](accounting::ActivityId, const accounting::ActivityRecord& r) {
                                                   table.rows.push_back(
                                                       {qs(r.recordId), qs(r.site),
                                                        qs(r.periodStart.toString() + " – " + r.periodEnd.toString()),
                                                        qs(r.activity), m_fmt.number(r.quantity, 3), qs(r.unit)});
                                               });
        table.omittedRows = total - static_cast<qint64>(table.rows.size());
        m_doc.addTable(std::move(table));
    }

    ProjectStore& m_store;
    int m_year;
    ReportLanguage m_language;
    InventoryReportOptions m_options;
    ReportFormat m_fmt;
    detail::ProjectFacts m_facts;
    accounting::InventoryService m_service;
    std::vector<Site> m_sites;
    accounting::Inventory m_inventory;
    accounting::IntensityDenominators m_denominators;
    ReportDocument m_doc;
};

ReportDocument buildInventoryReportDocument(ProjectStore& store, int year, ReportLanguage language,
                                            const InventoryReportOptions& options) {
    return InventoryReportBuilder(store, year, language, options).build();
}

}  // namespace cnms::report
