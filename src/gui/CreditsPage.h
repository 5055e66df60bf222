// SPDX-License-Identifier: MIT
#pragma once

#include "RecordTablePage.h"
#include "cnms/neutrality/OffsetCredit.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace cnms::gui {

class ImportDialog;

/**
 * The register of offset credits: a table filtered by status and search, add/edit/delete through
 * CreditDialog (double counting refused naming the earlier record) and Import… of a CSV or xlsx
 * file with the activity import's progress, cancel and list of refused rows.
 */
class CreditsPage : public RecordTablePage {
    Q_OBJECT
public:
    enum Column { Registry, Project, Type, Vintage, Serial, Quantity, Status, RetiredOn, Beneficiary, Claim, ColumnCount };

    CreditsPage(const PageContext& context, QWidget* parent = nullptr);

    /** Opens the import dialog (window-modal, does not block); returns it. */
    ImportDialog* importCredits();
    void setStatusFilter(std::optional<neutrality::CreditStatus> status);

protected:
    RecordFormDialog* createForm(std::optional<qint64> id) override;
    void fillModel() override;
    void removeRecord(qint64 id) override;
    QString deleteQuestion(qint64 id) const override;
    QString deleteTitle() const override;
    QString countText(int shown, int total) const override;
    void retranslatePage() override;

private:
    std::vector<neutrality::OffsetCredit> m_credits;
    QLabel* m_statusLabel;
    QComboBox* m_statusFilter;
    QPushButton* m_importButton;
};

}  // namespace cnms::gui
