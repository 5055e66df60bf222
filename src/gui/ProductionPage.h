// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "RecordTablePage.h"
#include "cnms/accounting/ProductionFigure.h"

class QLabel;

namespace cnms::gui {

/**
 * Output and revenue of the reporting years, by site or for the whole organization: where the
 * officer enters the denominators of emission intensity. Below the table, each year's
 * organization intensity as the inventory computes it (or what is missing for it).
 */
class ProductionPage : public RecordTablePage {
    Q_OBJECT
public:
    enum Column { Year, Kind, Site, Quantity, Unit, Product, Evidence, Note, ColumnCount };

    ProductionPage(const PageContext& context, QWidget* parent = nullptr);
    /** The line per year below the table ("2024: 0.535 tCO2e/t cement · …"). */
    QLabel* intensityLabel() const { return m_intensity; }

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
    std::vector<accounting::ProductionFigure> m_figures;
    QLabel* m_intensity;
};

}  // namespace cnms::gui
