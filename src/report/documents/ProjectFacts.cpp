// SPDX-License-Identifier: MIT
#include "ProjectFacts.h"

#include "cnms/records/RegisterService.h"
#include "cnms/report/ReportFormat.h"

namespace cnms::report::detail {

ProjectFacts ProjectFacts::read(ProjectStore& store) {
    ProjectFacts facts;
    facts.organization = store.organization().get();
    const records::RegisterService registers(store);
    const auto& schemas = registers.schemas();
    if (const auto* roles = schemas.find("role_assignment")) {
        for (const auto& role : registers.list("role_assignment")) {
            const auto rep = role.fields.find("is_management_rep");
            const bool isRep = rep != role.fields.end() && rep->is_boolean() && rep->get<bool>();
            if (!isRep || !records::RegisterService::isCurrent(*roles, role))
                continue;
            facts.managementRepresentativeName = qs(role.text("person"));
            facts.managementRepresentative =
                role.text("role").empty() ? facts.managementRepresentativeName
                                          : QStringLiteral("%1 (%2)").arg(facts.managementRepresentativeName,
                                                                          qs(role.text("role")));
            break;
        }
    }
    if (const auto* policy = schemas.find("policy")) {
        for (const auto& p : registers.list("policy")) {
            if (records::RegisterService::isCurrent(*policy, p) && p.has("approved_by"))
                facts.topManagement = qs(p.text("approved_by"));
        }
    }
    return facts;
}

QString signatureLine() {
    return QStringLiteral("______________________");
}

QString orSignatureLine(const QString& text) {
    return text.isEmpty() ? signatureLine() : text;
}

QString isoDate(ReportLanguage language, const std::string& iso) {
    const QDate date = QDate::fromString(qs(iso), Qt::ISODate);
    return date.isValid() ? ReportFormat(language).date(date) : qs(iso);
}

}  // namespace cnms::report::detail
