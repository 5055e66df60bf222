// SPDX-License-Identifier: MIT
#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace cnms::gui {

void WidgetDialogs::information(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, text);
}

void WidgetDialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

void WidgetDialogs::critical(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::critical(parent, title, text);
}

bool WidgetDialogs::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    auto* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);  // a stray Enter must not delete anything
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetDialogs::about(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::about(parent, title, text);
}

QString WidgetDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter) {
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString WidgetDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter) {
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

namespace {
void print(const char* level, const QString& title, const QString& text) {
    std::fprintf(stderr, "cnms-workbench: %s: %s: %s\n", level, title.toLocal8Bit().constData(),
                 text.toLocal8Bit().constData());
}
}  // namespace

void ConsoleDialogs::information(QWidget*, const QString& title, const QString& text) { print("info", title, text); }
void ConsoleDialogs::warning(QWidget*, const QString& title, const QString& text) { print("warning", title, text); }
void ConsoleDialogs::critical(QWidget*, const QString& title, const QString& text) { print("error", title, text); }
bool ConsoleDialogs::confirm(QWidget*, const QString& title, const QString& text, const QString&) {
    print("declined", title, text);
    return false;
}
void ConsoleDialogs::about(QWidget*, const QString& title, const QString& text) { print("info", title, text); }
QString ConsoleDialogs::openFileName(QWidget*, const QString&, const QString&, const QString&) { return {}; }
QString ConsoleDialogs::saveFileName(QWidget*, const QString&, const QString&, const QString&) { return {}; }

}  // namespace cnms::gui
