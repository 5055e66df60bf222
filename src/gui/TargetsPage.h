// SPDX-License-Identifier: MIT
#pragma once

#include <map>

#include "NeutralityCharts.h"
#include "RecordTablePage.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/neutrality/Target.h"

class QChartView;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cnms::gui {

/**
 * The carbon targets: a table of the targets with their latest progress, and for the selected one
 * its progress per year (actual against the linear trajectory, on track or not) and a chart of
 * actual emissions against the trajectory with the planned measures' effect stacked on it.
 * "Follow base-year recalculation" moves the base values of the targets to the recalculated
 * inventory of their base year, with a dated note.
 */
class TargetsPage : public RecordTablePage {
    Q_OBJECT
public:
    enum Column { Name, Kind, Covers, BaseYear, BaseValue, TargetYear, Reduction, TargetValue, NeutralityYear, Progress, ColumnCount };

    TargetsPage(const PageContext& context, QWidget* parent = nullptr);

    QStandardItemModel* progressModel() const { return m_progress; }
    QChartView* chartView() const { return m_chart; }
    /** What the chart of the selected target shows (empty line when none is selected). */
    const neutrality_charts::TrajectoryData& trajectoryData() const { return m_data; }
    /** Asks for confirmation, then rebases the targets of every base year; returns how many moved. */
    int followBaseYearRecalculation();

protected:
    RecordFormDialog* createForm(std::optional<qint64> id) override;
    void fillModel() override;
    void removeRecord(qint64 id) override;
    QString deleteQuestion(qint64 id) const override;
    QString deleteTitle() const override;
    QString countText(int shown, int total) const override;
    void retranslatePage() override;
    void recordsRefreshed() override;

private:
    void showSelected();
    std::vector<std::pair<int, double>> actualsFor(const neutrality::Target& target) const;

    std::vector<neutrality::Target> m_targets;
    std::map<int, accounting::Inventory> m_inventories;  ///< years with activity data, read at refresh
    std::map<int, accounting::IntensityDenominators> m_denominators;  ///< of the same years
    neutrality_charts::TrajectoryData m_data;
    QPushButton* m_rebaseButton;
    QStandardItemModel* m_progress;
    QTableView* m_progressView;
    QChartView* m_chart;
};

}  // namespace cnms::gui
