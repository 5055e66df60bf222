// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::gui {

/**
 * Translated wording of what the core and storage refuse. The core's messages are English for
 * logs and the CLI; the workbench words them again from their stable codes.
 */
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    /** One field issue, translated by its code (and field, where the wording differs). */
    static QString issue(const FieldIssue& issue);
    /** Why a project file could not be opened or created, one message per kind. */
    static QString projectFile(const storage::ProjectFileError& error);
    /** Why `code` is not a valid unified social credit code, or an empty string when it is. */
    static QString creditCode(const QString& code);
    /** Why `code` is not a GB/T 4754 industry code, or an empty string when it is (or is blank). */
    static QString industryCode(const QString& code);
    /** Any exception the core, storage or session throws, translated where its type is known. */
    static QString exception(std::exception_ptr error);
};

}  // namespace cnms::gui
