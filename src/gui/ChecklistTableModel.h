// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"

namespace cnms::gui {

class ProjectSession;

/** How far the checklist of one clause is answered. */
struct ClauseProgress {
    std::string clauseId;
    int answered = 0;
    int total = 0;
};

/**
 * The checklist of one audit over ChecklistService. A result chosen for an item without evidence
 * is kept as a draft (shown in italics) until its evidence is written, because the core stores an
 * answer only with its evidence; the evidence column is editable in place. Every stored answer is
 * a ChecklistService::answer; a completed audit is read-only here as in the core.
 */
class ChecklistTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RefColumn, ClauseColumn, QuestionColumn, ResultColumn, EvidenceColumn, FilesColumn, ColumnCount };
    enum Role { DraftRole = Qt::UserRole + 1, ResultRole };

    explicit ChecklistTableModel(ProjectSession& session, QObject* parent = nullptr);

    /** Shows the checklist of `audit` (nothing for nullopt); drafts of another audit are dropped. */
    void setAudit(std::optional<AuditId> audit);
    std::optional<AuditId> auditId() const { return m_audit ? std::optional<AuditId>(m_audit->id) : std::nullopt; }
    const std::optional<Audit>& audit() const { return m_audit; }
    /** Re-reads the audit and its items from the project, keeping drafts. */
    void reload();
    /** Completed audits and read-only projects take no answers. */
    bool isReadOnly() const;

    const ChecklistItem& item(int row) const { return m_items.at(static_cast<std::size_t>(row)); }
    int rowOf(const std::string& ref) const;
    /** The result shown for `row`: the draft's, else the stored one. */
    FindingResult shownResult(int row) const;
    QString shownEvidence(int row) const;
    bool hasDraft(int row) const;

    /**
     * Sets the result of `row`: stored at once when the item has evidence, else kept as a draft.
     * Returns true when stored; a refusal is announced by writeFailed.
     */
    bool setResult(int row, FindingResult result);
    /** Sets the evidence of `row`; stored when the item has a result (drafted or stored). */
    bool setEvidence(int row, const QString& evidence);
    /** Adds an evidence file (fingerprinted with SHA-256 by the core) or a record link to an answered item. */
    bool addFile(int row, const QString& path);
    bool addRecord(int row, const RecordRef& ref);
    /** Each evidence file of `row` compared with its recorded fingerprint. */
    std::vector<FileState> fileStates(int row) const;

    /** Answered and total items per clause, in checklist order. */
    std::vector<ClauseProgress> progress() const;
    int answeredCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /** An answer of `row` was stored. */
    void itemStored(int row);
    /** The core refused a write; the message is translated. */
    void writeFailed(const QString& message);

private:
    struct Draft {
        std::optional<FindingResult> result;
        std::optional<QString> evidence;
    };
    bool store(int row, FindingResult result, const QString& evidence, std::vector<RecordRef> records,
               std::vector<std::string> files);
    void refreshFileStates();

    ProjectSession& m_session;
    std::optional<Audit> m_audit;
    std::vector<ChecklistItem> m_items;
    std::map<std::string, Draft> m_drafts;  ///< by item ref
    std::map<std::string, std::vector<FileState>> m_fileStates;
};

}  // namespace cnms::gui
