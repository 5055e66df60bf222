// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

#include "PageRegistry.h"
#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace cnms::report {
class ReportPreviewDialog;
}

namespace cnms::gui {

class ChecklistTableModel;

/**
 * Running one audit: its generated checklist answered from the keyboard (1–6 set the result of the
 * current item and move to the next; the evidence is edited in place), progress per clause, links
 * to records and evidence files (a changed or missing file is flagged), completion, and the audit
 * report. A completed audit is shown read-only.
 */
class AuditChecklistPage : public QWidget {
    Q_OBJECT
public:
    AuditChecklistPage(const PageContext& context, QWidget* parent = nullptr);

    ChecklistTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTableWidget* progressTable() const { return m_progress; }
    /** Shows the checklist of `audit`. */
    void showAudit(AuditId audit);
    std::optional<AuditId> currentAudit() const;

    /** Completes the shown audit with `conclusion` after confirmation; returns true when completed. */
    bool completeAudit();
    /** Asks for an evidence file for the current item and stores it fingerprinted. */
    void addFile();
    /** Links the record typed in the link field ("type:id") to the current item. */
    void addRecordLink();
    /**
     * Corrects the current item of a completed audit by a new, linked record (the audit itself
     * stays as it was); a corrected major or minor result raises a nonconformity. Returns true when stored.
     */
    bool correctCurrent(FindingResult result, const QString& evidence, const QString& reason);
    /** Opens the correction form for the current item of a completed audit (does not block); returns it. */
    QDialog* correctFinding();
    /** Opens the print preview of the shown audit's report in the UI language; returns it. */
    report::ReportPreviewDialog* openReport();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reloadAudits();
    void auditChosen();
    void updateDetails();
    void updateProgress();
    void moveToNext(int row);
    void retranslate();

    PageContext m_context;
    ChecklistTableModel* m_model;
    QComboBox* m_audit;
    QLabel* m_status;
    QLabel* m_readOnly;
    QTableView* m_view;
    QTableWidget* m_progress;
    QProgressBar* m_overall;
    QLabel* m_question;
    QListWidget* m_links;
    QLineEdit* m_linkEdit;
    QPushButton* m_linkButton;
    QPushButton* m_fileButton;
    QPushButton* m_correctButton;
    QLineEdit* m_conclusion;
    QPushButton* m_completeButton;
    QPushButton* m_reportButton;
    QLabel* m_keysHelp;
    QLabel* m_progressTitle;
    QLabel* m_detailsTitle;
    bool m_reloading = false;
    int m_advanceRow = -1;  ///< the item whose evidence is being written after a result key
};

}  // namespace cnms::gui
