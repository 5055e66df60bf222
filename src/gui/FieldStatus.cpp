// SPDX-License-Identifier: MIT
#include "FieldStatus.h"

#include <QLabel>
#include <QVariant>

namespace cnms::gui::field_status {
namespace {
constexpr auto kErrorProperty = "cnmsFieldError";

void show(QLabel* label, const QString& text, const char* color, bool error) {
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
    label->setProperty(kErrorProperty, error);
    label->setVisible(!text.isEmpty());
}
}  // namespace

void showError(QLabel* label, const QString& text) { show(label, text, "#b3261e", true); }
void showOk(QLabel* label, const QString& text) { show(label, text, "#1b7f3b", false); }
void showHint(QLabel* label, const QString& text) { show(label, text, "#5f6368", false); }
void clear(QLabel* label) { show(label, QString(), "#5f6368", false); }
bool hasError(const QLabel* label) {
    return label->property(kErrorProperty).toBool() && label->isVisibleTo(label->parentWidget());
}

}  // namespace cnms::gui::field_status
