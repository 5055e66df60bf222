// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "Dialogs.h"

namespace cnms::test {

/**
 * Dialogs for tests: records every message shown and answers questions and file dialogs from
 * queues filled by the test (an empty queue declines or cancels), so nothing blocks.
 */
class ScriptedDialogs : public gui::Dialogs {
public:
    struct Shown {
        QString kind;  ///< information, warning, critical, confirm or about
        QString title;
        QString text;
    };

    QList<Shown> shown;
    QList<bool> confirmAnswers;
    QStringList fileAnswers;
    QStringList fileCaptions;  ///< captions of the file dialogs asked for

    void information(QWidget*, const QString& title, const QString& text) override;
    void warning(QWidget*, const QString& title, const QString& text) override;
    void critical(QWidget*, const QString& title, const QString& text) override;
    bool confirm(QWidget*, const QString& title, const QString& text, const QString& acceptLabel) override;
    void about(QWidget*, const QString& title, const QString& text) override;
    QString openFileName(QWidget*, const QString& caption, const QString& directory, const QString& filter) override;
    QString saveFileName(QWidget*, const QString& caption, const QString& suggestedPath,
                         const QString& filter) override;

private:
    QString nextFile(const QString& caption);
};

}  // namespace cnms::test
