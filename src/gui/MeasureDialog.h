// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "RecordFormDialog.h"
#include "cnms/neutrality/ReductionMeasure.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cnms::gui {

class ProjectSession;

/**
 * Adds or edits a reduction measure. The status offers only the moves the workflow allows from the
 * stored status (one step forward, or cancelled before done); the realised reduction opens once the
 * measure is done; the abatement cost per tonne is shown as the numbers are typed, annualised with
 * the page's discount rate. OK saves through NeutralityService in one unit of work.
 */
class MeasureDialog : public RecordFormDialog {
    Q_OBJECT
public:
    MeasureDialog(ProjectSession& session, std::optional<neutrality::ReductionMeasure> existing, double discountRate,
                  QWidget* parent = nullptr);

    /** The measure as the form describes it now. */
    neutrality::ReductionMeasure measure() const;
    /** Chooses a status by its core name ("planned"); false when the workflow does not offer it. */
    bool chooseStatus(neutrality::MeasureStatus status);
    QLabel* costLabel() const { return m_cost; }

protected:
    std::vector<FieldIssue> check() const override;
    qint64 save() override;
    QString issueText(const FieldIssue& issue) const override;
    QString refusalText(const RefusedError& error) const override;
    QString refusedField(const RefusedError& error) const override;

private:
    void updateDerived();

    ProjectSession& m_session;
    std::optional<neutrality::ReductionMeasure> m_existing;
    double m_discountRate;
    QLineEdit* m_title;
    QComboBox* m_site;
    QComboBox* m_affects;
    QComboBox* m_type;
    QComboBox* m_status;
    QLineEdit* m_owner;
    QLineEdit* m_startDate;
    QDoubleSpinBox* m_capex;
    QDoubleSpinBox* m_opex;
    QSpinBox* m_lifetime;
    QDoubleSpinBox* m_expected;
    QLineEdit* m_realised;
    QPlainTextEdit* m_note;
    QLabel* m_cost;
};

}  // namespace cnms::gui
