// SPDX-License-Identifier: MIT
#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace cnms::gui {
namespace {

constexpr std::size_t kMaxEntries = 1000;

QString shown(const nlohmann::json& v) {
    if (v.is_string()) return QString::fromStdString(v.get<std::string>());
    if (v.is_null()) return QStringLiteral("—");
    return QString::fromStdString(v.dump());
}

nlohmann::json parsed(const std::string& text) {
    if (text.empty()) return nullptr;
    auto j = nlohmann::json::parse(text, nullptr, false);
    return j.is_discarded() ? nlohmann::json(text) : j;
}

QString actionText(const std::string& action) {
    if (action == "insert") return HistoryDialog::tr("Added");
    if (action == "update") return HistoryDialog::tr("Changed");
    if (action == "delete") return HistoryDialog::tr("Removed");
    if (action == "import") return HistoryDialog::tr("Imported");
    return QString::fromStdString(action);
}

}  // namespace

QString HistoryDialog::describeChange(const std::string& oldJson, const std::string& newJson) {
    const auto before = parsed(oldJson), after = parsed(newJson);
    QStringList lines;
    const QString arrow = QStringLiteral(" → ");
    if (before.is_object() && after.is_object()) {
        for (const auto& [key, value] : after.items()) {
            auto it = before.find(key);
            if (it == before.end()) lines << QString::fromStdString(key) + QStringLiteral(": ") + arrow.trimmed() + QLatin1Char(' ') + shown(value);
            else if (*it != value) lines << QString::fromStdString(key) + QStringLiteral(": ") + shown(*it) + arrow + shown(value);
        }
        for (const auto& [key, value] : before.items())
            if (!after.contains(key)) lines << QString::fromStdString(key) + QStringLiteral(": ") + shown(value) + arrow + QStringLiteral("—");
        return lines.join(QLatin1Char('\n'));
    }
    if (before.is_null()) return arrow.trimmed() + QLatin1Char(' ') + shown(after);
    if (after.is_null()) return shown(before) + QLatin1Char(' ') + arrow.trimmed();
    return shown(before) + arrow + shown(after);
}

HistoryDialog::HistoryDialog(const ChangeLogReader& log, const QString& entity, const QString& entityId,
                             const QString& recordLabel, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(recordLabel));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Old → new")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    const auto entries = log.recent(kMaxEntries, entity.toStdString(), entityId.toStdString());
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const auto& e = entries[static_cast<std::size_t>(row)];
        QString when = QString::fromStdString(e.at);
        when.replace(QLatin1Char('T'), QLatin1Char(' '));
        if (when.endsWith(QLatin1Char('Z'))) when.chop(1);
        m_table->setItem(row, When, new QTableWidgetItem(when));
        m_table->setItem(row, Who, new QTableWidgetItem(QString::fromStdString(e.actor)));
        m_table->setItem(row, Action, new QTableWidgetItem(actionText(e.action)));
        m_table->setItem(row, Change, new QTableWidgetItem(describeChange(e.oldValue, e.newValue)));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Change, 480);
    m_table->resizeRowsToContents();

    auto* note = new QLabel(entries.empty() ? tr("No change-log entries for this record.")
                                            : tr("%n change-log entries, newest first.", nullptr,
                                                 static_cast<int>(entries.size())),
                            this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

HistoryDialog* HistoryDialog::showFor(QWidget* parent, const ChangeLogReader& log, const QString& entity,
                                      const QString& entityId, const QString& recordLabel) {
    auto* dialog = new HistoryDialog(log, entity, entityId, recordLabel, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

}  // namespace cnms::gui
