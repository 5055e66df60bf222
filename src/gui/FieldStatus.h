// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;

namespace cnms::gui {

/** The small label beside a form field that says what is wrong with it, or that it checks out. */
namespace field_status {
void showError(QLabel* label, const QString& text);
void showOk(QLabel* label, const QString& text);
/** Grey helper text, e.g. what a choice means. */
void showHint(QLabel* label, const QString& text);
void clear(QLabel* label);
/** True when the label currently shows an error. */
bool hasError(const QLabel* label);
}  // namespace field_status

}  // namespace cnms::gui
