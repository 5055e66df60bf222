// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include <optional>
#include <string>

#include "PageRegistry.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/InventoryDrillDown.h"

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace cnms::gui {

class InventorySourcesView;
class RecordsBehindDialog;
class RepinDialog;

/** What a background inventory computation gives back: the inventory, or a translated error. */
struct InventoryOutcome {
    std::optional<accounting::Inventory> inventory;  ///< with the intensities of the stored figures
    accounting::IntensityDenominators denominators;
    QString error;
};

/**
 * Computes a year's inventory on a connection of its own to the project file (safe to call in
 * a worker thread): `gwpOverride` weighs with another GWP set for this answer only.
 */
InventoryOutcome computeInventory(const std::string& projectPath, int year,
                                  const std::optional<std::string>& gwpOverride);

/**
 * The GHG inventory of a reporting year: total tCO2e with its uncertainty, tables by scope,
 * ISO category, gas and site, a pie of scope shares and a stacked bar chart by month and scope,
 * and the warnings and low-confidence factors behind the numbers. The inventory is computed in
 * a worker thread; the page shows a busy indicator meanwhile and never blocks the window.
 */
class InventoryPage : public QWidget {
    Q_OBJECT
public:
    InventoryPage(const PageContext& context, QWidget* parent = nullptr);
    ~InventoryPage() override;

    /** The inventory shown, once computed. */
    const std::optional<accounting::Inventory>& inventory() const { return m_inventory; }
    /** The intensity line under the total: per output and revenue, per site, or what to enter for it. */
    QLabel* intensityLabel() const { return m_intensity; }
    bool isBusy() const;
    /** Selects a year (one with data) and recomputes; false when the project has no data for it. */
    bool selectYear(int year);
    /** "" for the pinned set, else "AR4", "AR5" or "AR6"; recomputes. */
    void selectGwp(const QString& gwp);
    /** Shows the sources behind a total on the Sources tab (what a double-click on a total does). */
    void drillInto(const accounting::DrillKey& key, const QString& title);
    /** Opens the dialog listing the records behind one source (what a double-click on a source does). */
    RecordsBehindDialog* openRecordsBehind(const accounting::InventoryRow& row);
    InventorySourcesView* sourcesView() const { return m_sources; }
    /** Opens the re-pin dialog for the shown year (nullptr when there is no year or the project is read-only). */
    RepinDialog* openRepin();

    static constexpr int kSourcesTab = 4;
    static constexpr int kWarningsTab = 5;

signals:
    /** A computation finished (successfully or not). */
    void computed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadYears();
    void recompute();
    void showOutcome();
    void showInventory(const accounting::Inventory& inv);
    void showIntensity(const accounting::Inventory& inv);
    void fillCharts(const accounting::Inventory& inv);
    void retranslate();

    PageContext m_context;
    QComboBox* m_year;
    QComboBox* m_gwp;
    QLabel* m_gwpNote;
    QProgressBar* m_busy;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_total;
    QLabel* m_details;
    QChartView* m_pie;
    QChartView* m_bars;
    QTabWidget* m_tabs;
    QStandardItemModel* m_byScope;
    QStandardItemModel* m_byCategory;
    QStandardItemModel* m_byGas;
    QStandardItemModel* m_bySite;
    InventorySourcesView* m_sources;
    QListWidget* m_warnings;
    QFutureWatcher<InventoryOutcome> m_watcher;
    bool m_running = false;  ///< set from setFuture until the result is shown
    bool m_pending = false;  ///< a recompute was asked while one was running
    std::optional<accounting::Inventory> m_inventory;
    QString m_error;
    accounting::IntensityDenominators m_denominators;
    QLabel* m_intensity = nullptr;
};

}  // namespace cnms::gui
