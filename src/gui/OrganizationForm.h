// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/core/Organization.h"

namespace Ui {
class OrganizationForm;
}

namespace cnms::gui {

/**
 * The organization's fields (ui/OrganizationForm.ui), shared by the Organization page and the
 * New project dialog. Codes are checked as they are typed; every issue of a save attempt is
 * shown next to its field, translated by its code.
 */
class OrganizationForm : public QWidget {
    Q_OBJECT
public:
    explicit OrganizationForm(QWidget* parent = nullptr);
    ~OrganizationForm() override;

    /** The organization as typed, untrimmed. */
    Organization organization() const;
    void setOrganization(const Organization& org);
    /** Shows each issue beside its field and clears the others. */
    void showIssues(const std::vector<FieldIssue>& issues);
    /** Validates what is typed and shows the issues; true when there are none. */
    bool check();
    void setReadOnly(bool readOnly);

signals:
    /** The user changed a field. */
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillConsolidation();
    void checkCodesLive();
    void updateConsolidationHint();

    std::unique_ptr<Ui::OrganizationForm> m_ui;
};

}  // namespace cnms::gui
