// SPDX-License-Identifier: MIT
#include "cnms/report/RegisterReportDocument.h"

#include "ProjectFacts.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/ActionRegister.h"
#include "cnms/core/Errors.h"
#include "cnms/records/RegisterService.h"
#include "cnms/records/RegisterTable.h"
#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportText.h"

#include <algorithm>

namespace cnms::report {

using detail::qs;

const std::vector<std::string>& defaultReportRegisters() {
    static const std::vector<std::string> types{"nonconformity", "action", "risk_opportunity", "compliance_evaluation"};
    return types;
}

/** Writes the register report; a class of its own so that its strings have a translation context. */
class RegisterReportBuilder {
public:
    RegisterReportBuilder(ProjectStore& store, ReportLanguage language)
        : m_store(store), m_language(language), m_fmt(language), m_facts(detail::ProjectFacts::read(store)),
          m_registers(store), m_today(QDate::currentDate()) {}

    ReportDocument build(const std::vector<std::string>& types) {
        for (const auto& type : types)
            if (type != "nonconformity" && type != "action") m_registers.schemas().get(type);  // names the known types

        ReportCover& c = m_doc.cover();
        c.title = types.size() == 1 ? tr("Register: %1").arg(registerName(types.front())) : tr("Registers");
        c.subtitle = tr("Records of the carbon neutrality management system as of %1").arg(m_fmt.date(m_today));
        c.organization = qs(m_facts.organization.name);
        c.period = m_fmt.date(m_today);
        c.preparedBy = detail::orSignatureLine(m_facts.managementRepresentativeName);
        c.approvedBy = detail::orSignatureLine(m_facts.topManagement);
        c.reportDate = m_today;
        for (const auto& type : types) {
            if (type == "nonconformity") nonconformities();
            else if (type == "action") actions();
            else schemaRegister(m_registers.schemas().get(type));
        }
        return std::move(m_doc);
    }

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const {
        return reportText(m_language, "cnms::report::RegisterReportBuilder", source, disambiguation, n);
    }

    const char* lang() const { return m_language == ReportLanguage::Chinese ? "zh" : "en"; }

    QString registerName(const std::string& type) const {
        if (type == "nonconformity") return tr("Nonconformities and corrective actions");
        if (type == "action") return tr("Actions");
        return qs(m_registers.schemas().get(type).label(lang()));
    }

    QString stateText(NcState state) const {
        switch (state) {
        case NcState::Raised: return tr("Raised");
        case NcState::Contained: return tr("Contained");
        case NcState::CauseAnalysed: return tr("Cause analysed");
        case NcState::ActionPlanned: return tr("Action planned");
        case NcState::Implemented: return tr("Implemented");
        case NcState::Verified: return tr("Verified");
        case NcState::Closed: return tr("Closed");
        }
        return {};
    }

    void nonconformities() {
        m_doc.addHeading(1, registerName("nonconformity"));
        const ServiceContext context(m_store);
        const auto list = NonconformityService(context).overview();
        ReportTable table;
        table.caption = tr("Nonconformities");
        table.columns = {{tr("NC"), ColumnAlign::Left, 0.8},         {tr("Raised on"), ColumnAlign::Left, 1.0},
                         {tr("Clause"), ColumnAlign::Center, 0.6},   {tr("Severity"), ColumnAlign::Center, 0.7},
                         {tr("Description"), ColumnAlign::Left, 3.0}, {tr("State"), ColumnAlign::Left, 1.0},
                         {tr("Open actions"), ColumnAlign::Right, 0.7}, {tr("Next due"), ColumnAlign::Left, 1.0}};
        int open = 0, overdue = 0;
        for (const auto& o : list) {
            const auto& nc = o.nc;
            table.rows.push_back({qs(nc.code()), qs(nc.raisedOn), qs(nc.clauseId),
                                  nc.severity == NcSeverity::Major ? tr("Major") : tr("Minor"), qs(nc.description),
                                  stateText(nc.state), QStringLiteral("%1 / %2").arg(o.openActions).arg(o.actions),
                                  o.nextDue.empty() ? QString() : qs(o.nextDue) + (o.overdue ? tr(" (overdue)") : QString())});
            if (!nc.isClosed()) ++open;
            if (o.overdue) ++overdue;
        }
        table.emptyText = tr("No nonconformity is recorded: raise them from audit findings or on the Nonconformities page.");
        if (!list.empty())
            m_doc.addParagraph(tr("%1 nonconformities recorded, %2 not closed, %3 with overdue actions.")
                                   .arg(m_fmt.integer(static_cast<qint64>(list.size())))
                                   .arg(m_fmt.integer(open))
                                   .arg(m_fmt.integer(overdue)));
        m_doc.addTable(std::move(table));
    }

    void actions() {
        m_doc.addHeading(1, registerName("action"));
        const ServiceContext context(m_store);
        const auto list = ActionRegister(context).all();
        const std::string today = context.today();
        ReportTable table;
        table.caption = tr("Actions register");
        table.columns = {{tr("Action"), ColumnAlign::Left, 0.8}, {tr("Source"), ColumnAlign::Left, 1.0},
                         {tr("Description"), ColumnAlign::Left, 3.0}, {tr("Owner"), ColumnAlign::Left, 0.9},
                         {tr("Due"), ColumnAlign::Left, 1.0},      {tr("Status"), ColumnAlign::Left, 1.2}};
        int open = 0, overdue = 0;
        for (const auto& a : list) {
            const bool isOverdue = a.isOverdue(today);
            QString status = a.status == ActionStatus::Open ? tr("Open") : tr("Implemented %1").arg(qs(a.implementedOn));
            if (isOverdue) status = tr("Overdue");
            const QString source = a.sourceType == "nonconformity"
                                       ? QStringLiteral("NC-%1").arg(a.sourceId, 4, 10, QLatin1Char('0'))
                                       : QStringLiteral("%1 #%2").arg(qs(a.sourceType)).arg(a.sourceId);
            table.rows.push_back({qs(a.code()), source, qs(a.description), qs(a.owner), qs(a.dueDate), status});
            if (a.status == ActionStatus::Open) ++open;
            if (isOverdue) ++overdue;
        }
        table.emptyText = tr("No action is recorded.");
        if (!list.empty())
            m_doc.addParagraph(tr("%1 actions recorded, %2 open, %3 overdue.")
                                   .arg(m_fmt.integer(static_cast<qint64>(list.size())))
                                   .arg(m_fmt.integer(open))
                                   .arg(m_fmt.integer(overdue)));
        m_doc.addTable(std::move(table));
    }

    void schemaRegister(const records::RegisterSchema& schema) {
        m_doc.addHeading(1, qs(schema.label(lang())));
        const auto list = m_registers.list(schema.type);
        constexpr std::size_t kMaxFields = 7;
        const auto tabulated = records::tabulate(schema, list, m_language == ReportLanguage::Chinese
                                                                   ? records::Labels::Zh
                                                                   : records::Labels::En);
        // tabulate() gives id, version, then the fields in schema order. A4 portrait holds about eight columns:
        // the record's title, its status and due date, then its short fields (choices, people, dates, figures)
        // in schema order; long texts, files, links and yes/no fields are left to the register's own page.
        std::vector<std::size_t> fields;
        auto take = [&](std::string_view id) {
            for (std::size_t f = 0; f < schema.fields.size(); ++f)
                if (schema.fields[f].id == id && std::find(fields.begin(), fields.end(), f) == fields.end())
                    fields.push_back(f);
        };
        take(schema.titleField);
        take(schema.statusField);
        take(schema.dueField);
        using records::FieldKind;
        for (std::size_t f = 0; f < schema.fields.size() && fields.size() < kMaxFields; ++f) {
            const FieldKind kind = schema.fields[f].kind;
            if (kind == FieldKind::Enum || kind == FieldKind::Person || kind == FieldKind::Date ||
                kind == FieldKind::Number || kind == FieldKind::Site || kind == FieldKind::Sites)
                take(schema.fields[f].id);
        }
        std::sort(fields.begin() + 1, fields.end());  // the title first, the rest in the schema's order
        std::vector<std::size_t> keep{0};
        ReportTable table;
        table.caption = qs(schema.label(lang()));
        table.columns.push_back({tr("No."), ColumnAlign::Right, 0.4});
        for (std::size_t f : fields) {
            const auto& field = schema.fields[f];
            keep.push_back(f + 2);
            const bool figure = field.kind == FieldKind::Number;
            const bool date = field.kind == FieldKind::Date;
            table.columns.push_back({qs(field.label(lang())),
                                     figure ? ColumnAlign::Right : date ? ColumnAlign::Center : ColumnAlign::Left,
                                     f == fields.front() ? 3.0 : 1.0});
        }
        for (const auto& row : tabulated.rows) {
            QStringList cells;
            for (std::size_t index : keep) cells << (index < row.size() ? qs(row[index]) : QString());
            table.rows.push_back(cells);
        }
        table.emptyText = tr("The register holds no record: add them on its page in the workbench.");
        m_doc.addTable(std::move(table));
    }

    ProjectStore& m_store;
    ReportLanguage m_language;
    ReportFormat m_fmt;
    detail::ProjectFacts m_facts;
    records::RegisterService m_registers;
    QDate m_today;
    ReportDocument m_doc;
};

ReportDocument buildRegisterReportDocument(ProjectStore& store, const std::vector<std::string>& types,
                                           ReportLanguage language) {
    return RegisterReportBuilder(store, language).build(types.empty() ? defaultReportRegisters() : types);
}

}  // namespace cnms::report
