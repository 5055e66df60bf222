// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <optional>
#include <vector>

#include "cnms/audit/NcWorkflow.h"
#include "cnms/audit/Nonconformity.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cnms::gui {

class ProjectSession;

/**
 * The form of one step of a nonconformity (correction, root cause with up to five whys, a
 * corrective action, implementation, effectiveness verification, reopening) or of raising one by
 * hand. Saving calls the matching NonconformityService method; a refusal or invalid field is shown
 * in the form, which stays open.
 */
class NcStepDialog : public QDialog {
    Q_OBJECT
public:
    /** `nc` is the nonconformity the step is taken on; nullopt raises a new one. */
    NcStepDialog(ProjectSession& session, std::optional<nc_workflow::Step> step, std::optional<Nonconformity> nc,
                 QWidget* parent = nullptr);

    QString errorText() const;
    /** The nonconformity after the step (the new one for raise and reopen). */
    std::optional<NonconformityId> resultId() const { return m_resultId; }
    void accept() override;

private:
    void apply();

    ProjectSession& m_session;
    std::optional<nc_workflow::Step> m_step;
    std::optional<Nonconformity> m_nc;
    std::optional<NonconformityId> m_resultId;
    QPlainTextEdit* m_text = nullptr;  ///< correction, action, evidence, reason, description, note
    std::vector<QLineEdit*> m_whys;
    QComboBox* m_category = nullptr;
    QLineEdit* m_rootCause = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_date = nullptr;  ///< due date or the date the step happened
    QComboBox* m_action = nullptr;
    QCheckBox* m_effective = nullptr;
    QLineEdit* m_clause = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace cnms::gui
