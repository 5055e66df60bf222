// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "RecordFormDialog.h"
#include "cnms/neutrality/OffsetCredit.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cnms::gui {

class ProjectSession;

/**
 * Adds or edits an offset credit (or a block of them). OK saves through NeutralityService, which
 * refuses double counting: a serial equal to or overlapping one already recorded in the same
 * registry is shown beside the serial, naming the earlier record.
 */
class CreditDialog : public RecordFormDialog {
    Q_OBJECT
public:
    CreditDialog(ProjectSession& session, std::optional<neutrality::OffsetCredit> existing, QWidget* parent = nullptr);

    neutrality::OffsetCredit credit() const;

protected:
    std::vector<FieldIssue> check() const override;
    qint64 save() override;
    QString issueText(const FieldIssue& issue) const override;
    QString refusedField(const RefusedError& error) const override;
    QString refusalText(const RefusedError& error) const override;

private:
    void updateRetirement();

    ProjectSession& m_session;
    std::optional<neutrality::OffsetCredit> m_existing;
    QComboBox* m_registry;
    QLineEdit* m_projectId;
    QLineEdit* m_projectName;
    QComboBox* m_type;
    QSpinBox* m_vintage;
    QLineEdit* m_serial;
    QDoubleSpinBox* m_quantity;
    QComboBox* m_status;
    QLineEdit* m_retirementDate;
    QLineEdit* m_beneficiary;
    QLineEdit* m_claim;
};

}  // namespace cnms::gui
