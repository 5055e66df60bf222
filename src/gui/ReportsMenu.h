// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

namespace cnms {
class ProjectStore;
}

namespace cnms::gui {

class ProjectSession;

/** The reports the Reports menu offers. */
enum class ReportKind { Inventory, Neutrality, Registers };

/** What the user chose for a report: its year (inventory, neutrality), language and registers. */
struct ReportChoice {
    ReportKind kind = ReportKind::Inventory;
    int year = 0;
    report::ReportLanguage language = report::ReportLanguage::Chinese;
    std::vector<std::string> registers;  ///< Registers only; empty = the default set
};

/** Builds the document of `choice` from the project (on the caller's thread: charts need the GUI thread). */
report::ReportDocument buildReport(ProjectStore& store, const ReportChoice& choice);

/**
 * The Reports menu of the workbench: one entry per report. Each asks for the year and the report's language
 * (which may differ from the interface's), builds the report from the open project and shows it in the print
 * preview, from which it is printed or exported as PDF.
 */
class ReportsMenu : public QMenu {
    Q_OBJECT

public:
    /** `session` gives the open project (null when none: the entries are then disabled). */
    ReportsMenu(std::function<ProjectSession*()> session, QWidget* parent = nullptr);

    /** Asks for the options of `kind`; nothing when the user cancels. */
    std::optional<ReportChoice> askChoice(ReportKind kind);
    /** Builds the report of `choice` and opens the print preview (window-modal). */
    void preview(const ReportChoice& choice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();

    std::function<ProjectSession*()> m_session;
    QAction* m_inventory = nullptr;
    QAction* m_neutrality = nullptr;
    QAction* m_registers = nullptr;
};

}  // namespace cnms::gui
