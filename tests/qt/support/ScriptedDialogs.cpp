// SPDX-License-Identifier: MIT
#include "ScriptedDialogs.h"

namespace cnms::test {

void ScriptedDialogs::information(QWidget*, const QString& title, const QString& text) {
    shown.append({QStringLiteral("information"), title, text});
}

void ScriptedDialogs::warning(QWidget*, const QString& title, const QString& text) {
    shown.append({QStringLiteral("warning"), title, text});
}

void ScriptedDialogs::critical(QWidget*, const QString& title, const QString& text) {
    shown.append({QStringLiteral("critical"), title, text});
}

bool ScriptedDialogs::confirm(QWidget*, const QString& title, const QString& text, const QString&) {
    shown.append({QStringLiteral("confirm"), title, text});
    return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
}

void ScriptedDialogs::about(QWidget*, const QString& title, const QString& text) {
    shown.append({QStringLiteral("about"), title, text});
}

QString ScriptedDialogs::nextFile(const QString& caption) {
    fileCaptions << caption;
    return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
}

QString ScriptedDialogs::openFileName(QWidget*, const QString& caption, const QString&, const QString&) {
    return nextFile(caption);
}

QString ScriptedDialogs::saveFileName(QWidget*, const QString& caption, const QString&, const QString&) {
    return nextFile(caption);
}

}  // namespace cnms::test
