// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/Organization.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <QString>

namespace cnms::report::detail {

/**
 * What every report's cover and identity section take from the project: the organization, the
 * management representative (the active role assignment marked as such) and top management (who approved
 * the current policy). A person the project does not name is empty: the cover then prints a line to sign on.
 */
struct ProjectFacts {
    Organization organization;
    QString managementRepresentative;  ///< "张伟 (碳管理办公室主任)" style: person and role
    QString managementRepresentativeName;
    QString topManagement;

    static ProjectFacts read(ProjectStore& store);
};

/** A blank line to sign on, for a cover field the project cannot fill. */
QString signatureLine();

/** `text`, or a line to sign on when it is empty. */
QString orSignatureLine(const QString& text);

/** UTF-8 std::string to QString. */
inline QString qs(const std::string& text) { return QString::fromStdString(text); }

/** A stored ISO date ("2025-03-31") in the report's words; the text as is when it is not a date. */
QString isoDate(ReportLanguage language, const std::string& iso);

}  // namespace cnms::report::detail
