// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "RecordFormDialog.h"
#include "cnms/neutrality/Target.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cnms::gui {

class ProjectSession;

/**
 * Adds or edits a target: absolute or intensity, the scopes (or ISO categories) it covers, base
 * year and value ("From inventory" fills the value of an absolute target from the base year's
 * inventory), target year and reduction, milestones ("2025: 6, 2027: 12") and the neutrality year.
 */
class TargetDialog : public RecordFormDialog {
    Q_OBJECT
public:
    TargetDialog(ProjectSession& session, std::optional<neutrality::Target> existing, QWidget* parent = nullptr);

    neutrality::Target target() const;
    /** Fills the base value from the inventory of the base year; false when there is none. */
    bool fillBaseValueFromInventory();

protected:
    std::vector<FieldIssue> check() const override;
    qint64 save() override;
    QString issueText(const FieldIssue& issue) const override;

private:
    std::optional<std::vector<neutrality::Milestone>> milestones() const;
    void updateKind();

    ProjectSession& m_session;
    std::optional<neutrality::Target> m_existing;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QWidget* m_scopeBox;
    QCheckBox* m_scopes[3];
    QLineEdit* m_categories;
    QSpinBox* m_baseYear;
    QDoubleSpinBox* m_baseValue;
    QPushButton* m_fromInventory;
    QLineEdit* m_unit;
    QSpinBox* m_targetYear;
    QDoubleSpinBox* m_reduction;
    QLineEdit* m_milestones;
    QSpinBox* m_neutralityYear;
    QPlainTextEdit* m_note;
};

}  // namespace cnms::gui
