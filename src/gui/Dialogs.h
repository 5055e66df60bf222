// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace cnms::gui {

/**
 * The seam between the workbench and its modal message boxes and file dialogs. The window and
 * pages ask this interface; the application installs WidgetDialogs, tests install a scripted
 * one that records what was shown and answers without blocking.
 */
class Dialogs {
public:
    virtual ~Dialogs() = default;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void critical(QWidget* parent, const QString& title, const QString& text) = 0;
    /** A yes/no question; `acceptLabel` names the action (e.g. "Delete"). True when accepted. */
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) = 0;
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;
    /** A file to open, or an empty string when cancelled. */
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter) = 0;
    /** A file to write (overwriting confirmed by the dialog), or an empty string when cancelled. */
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                 const QString& filter) = 0;
};

/** The real dialogs: QMessageBox and QFileDialog. */
class WidgetDialogs : public Dialogs {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                         const QString& filter) override;
};

/**
 * Dialogs for runs without a user (--screenshot): messages go to stderr, questions are declined
 * and file dialogs cancelled, so nothing ever waits for a click.
 */
class ConsoleDialogs : public Dialogs {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                         const QString& filter) override;
};

}  // namespace cnms::gui
