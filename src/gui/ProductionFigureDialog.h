// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "RecordFormDialog.h"
#include "cnms/accounting/ProductionFigure.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cnms::gui {

class ProjectSession;

/**
 * Adds or edits a year's production output or revenue of a site or of the whole organization:
 * the denominators of emission intensity. OK saves through ProductionFigureService (one unit of
 * work, permission to edit activity data).
 */
class ProductionFigureDialog : public RecordFormDialog {
    Q_OBJECT
public:
    ProductionFigureDialog(ProjectSession& session, std::optional<accounting::ProductionFigure> existing,
                           int defaultYear, QWidget* parent = nullptr);

    /** The figure as the form describes it now. */
    accounting::ProductionFigure figure() const;

protected:
    std::vector<FieldIssue> check() const override;
    qint64 save() override;
    QString issueText(const FieldIssue& issue) const override;

private:
    void kindChanged();

    ProjectSession& m_session;
    std::optional<accounting::ProductionFigure> m_existing;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_site;
    QDoubleSpinBox* m_quantity;
    QComboBox* m_unit;
    QLineEdit* m_product;
    QLineEdit* m_evidence;
    QLineEdit* m_note;
};

}  // namespace cnms::gui
