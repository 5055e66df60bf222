// SPDX-License-Identifier: MIT
#include "ErrorText.h"

#include <QDir>
#include <QStringList>

#include "RoleText.h"
#include "cnms/core/Identifiers.h"
#include "cnms/security/Session.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::gui {
namespace {
QString fieldName(const std::string& field) {
    if (field == "name") return ErrorText::tr("Name");
    if (field == "code") return ErrorText::tr("Code");
    if (field == "credit_code") return ErrorText::tr("Unified social credit code");
    if (field == "industry_code") return ErrorText::tr("Industry code");
    if (field == "equity_share") return ErrorText::tr("Equity share");
    return QString::fromStdString(field);
}

/** Whether `c` belongs to the code's alphabet; asks the core rather than repeating GB 32100's table. */
bool isCreditCodeCharacter(QChar c) {
    return c.unicode() < 128 && credit_code::checkCharacter(std::string(16, '0') + c.toLatin1()).has_value();
}

QString industryCodeHint() {
    return ErrorText::tr(
        "Not a GB/T 4754 code: a section letter A-T, optionally followed by 2, 3 or 4 digits (e.g. C3011).");
}
}  // namespace

QString ErrorText::issue(const FieldIssue& issue) {
    const auto& code = issue.code;
    if (code == "required") return tr("%1 is required.").arg(fieldName(issue.field));
    if (code == "too_long") return tr("%1 is too long.").arg(fieldName(issue.field));
    if (code == "duplicate") return tr("Another site already has this code.");
    if (code == "code_invalid") return tr("At most 32 characters, without spaces, commas or semicolons.");
    if (code == "out_of_range") return tr("Must be between 0 and 100 %.");
    if (code == "credit_code_invalid") return tr("Not a valid unified social credit code.");
    if (code == "industry_code_invalid") return industryCodeHint();
    // A code this version does not know yet: the core's English text is better than nothing.
    return QString::fromStdString(issue.message);
}

QString ErrorText::creditCode(const QString& code) {
    const std::string text = code.toStdString();
    if (code.isEmpty() || credit_code::problem(text).empty()) return {};
    if (code.size() != 18) return tr("Must have 18 characters; this one has %1.").arg(code.size());
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!isCreditCodeCharacter(code[i]))
            return tr("Character %1 (\"%2\") is not allowed: use digits and capital letters except I, O, S, V and Z.")
                .arg(i + 1)
                .arg(code[i]);
    }
    auto expected = credit_code::checkCharacter(text.substr(0, 17));
    return tr("The check character is \"%1\" but should be \"%2\": a character may have been mistyped.")
        .arg(code.back())
        .arg(QChar::fromLatin1(expected.value_or('?')));
}

QString ErrorText::industryCode(const QString& code) {
    if (code.isEmpty() || industry_code::isValid(code.toStdString())) return {};
    return industryCodeHint();
}

QString ErrorText::projectFile(const storage::ProjectFileError& error) {
    const QString path = QDir::toNativeSeparators(QString::fromStdString(error.path()));
    using Kind = storage::ProjectFileError::Kind;
    switch (error.kind()) {
        case Kind::NotFound:
            return tr("The file %1 does not exist. It may have been moved, renamed or deleted.").arg(path);
        case Kind::AlreadyExists: return tr("The file %1 already exists. Choose another file name.").arg(path);
        case Kind::NotAProject:
            return tr("%1 is not a CNMS Workbench project file. The file was not changed.").arg(path);
        case Kind::Damaged:
            return tr("The project file %1 is damaged and cannot be opened. The file was not changed; "
                      "restore it from a backup copy.")
                .arg(path);
        case Kind::TooNew:
            return tr("The project file %1 was saved by a newer version of CNMS Workbench (file format %2). "
                      "Update the workbench to open it. The file was not changed.")
                .arg(path)
                .arg(error.fileVersion());
        case Kind::NeedsMigration:
            return tr("The project file %1 has an older format (%2) and must be upgraded, but it is read-only. "
                      "Copy it to a folder where you can write and open the copy.")
                .arg(path)
                .arg(error.fileVersion());
        case Kind::Io:
            return tr("The system refused access to %1: %2").arg(path, QString::fromStdString(error.what()));
        case Kind::Locked:
            return tr("Another program has %1 open for writing; close it there to make changes here.\n(%2)")
                .arg(path, QString::fromStdString(error.what()));
    }
    return QString::fromStdString(error.what());
}

QString ErrorText::exception(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const ValidationError& e) {
        QStringList lines;
        for (const auto& i : e.issues()) lines << issue(i);
        return lines.join(QLatin1Char('\n'));
    } catch (const security::NotPermittedError& e) {
        return RoleText::notPermitted(e);
    } catch (const RefusedError& e) {
        if (e.code() == "sign_in_refused")
            return std::string_view(e.what()).find("disabled") == std::string_view::npos
                       ? tr("Unknown user or wrong password.")
                       : tr("This user is disabled and cannot sign in.");
        if (e.code() == "last_administrator")
            return tr("This is the project's last active administrator; make another user administrator first.");
        if (e.code() == "no_administrator")
            return tr("Sign-in cannot be required before the project has an active administrator.");
        if (e.code() == "duplicate_user") return tr("A user of that name already exists in this project.");
        if (e.code() == "read_only") return tr("The project is open read-only; changes cannot be saved.");
        if (e.code() == "same_file")
            return tr("That is the open project itself; choose another file name for the copy.");
        return QString::fromStdString(e.what());
    } catch (const NotFoundError& e) {
        return tr("The record no longer exists; it may have been changed outside the workbench (%1).")
            .arg(QString::fromStdString(e.what()));
    } catch (const storage::ProjectFileError& e) {
        return projectFile(e);
    } catch (const sqlite::Error& e) {
        // The unit of work was rolled back: nothing of the action was saved.
        if (e.isFull())
            return tr("The disk is full (or the project reached its size limit); nothing was saved. Free some space "
                      "and try again.");
        if (e.isReadOnly())
            return tr("The project cannot be written (read-only file, folder or disk); nothing was saved.");
        if (e.isBusy()) return tr("Another program is writing to the project; nothing was saved. Try again.");
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    } catch (...) {
        return tr("An unexpected error occurred.");
    }
}

}  // namespace cnms::gui
