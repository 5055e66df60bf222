// SPDX-License-Identifier: MIT
#pragma once

#include "RecordTablePage.h"
#include "cnms/neutrality/AbatementCost.h"
#include "cnms/neutrality/ReductionMeasure.h"

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace cnms::gui {

class MeasureDialog;

/**
 * The register of reduction measures: a table filtered by status and search, the abatement cost
 * per tonne of each at the discount rate the user sets (kept in the settings), and the marginal
 * abatement cost curve of the measures that are not cancelled.
 */
class MeasuresPage : public RecordTablePage {
    Q_OBJECT
public:
    enum Column { Title, Site, Type, Status, Start, Capex, Opex, Lifetime, Expected, Realised, Cost, ColumnCount };

    MeasuresPage(const PageContext& context, QWidget* parent = nullptr);

    /** The discount rate as a fraction (0.08 for 8 %). */
    double discountRate() const;
    void setDiscountRate(double rate);
    /** Shows only measures of `status`, or all when nullopt. */
    void setStatusFilter(std::optional<neutrality::MeasureStatus> status);
    QChartView* maccView() const { return m_macc; }
    /** The MACC bars as drawn (sorted, laid out). */
    const std::vector<neutrality::MaccBar>& maccBars() const { return m_bars; }

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
    std::vector<neutrality::ReductionMeasure> m_measures;
    std::vector<neutrality::MaccBar> m_bars;
    QLabel* m_statusLabel;
    QComboBox* m_statusFilter;
    QLabel* m_rateLabel;
    QDoubleSpinBox* m_rate;
    QChartView* m_macc;
};

}  // namespace cnms::gui
