// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/InventoryStore.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/core/SiteService.h"
#include "cnms/records/RegisterRecord.h"

namespace cnms::gui {

/**
 * One open project: owns the store and its undo stack, and is the only way the widgets change
 * data. Each user action validates first, then goes onto the undo stack as a command; every
 * change, whether done, undone or redone, is announced by a signal so models and pages refresh.
 */
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(std::unique_ptr<ProjectStore> store, QObject* parent = nullptr);
    ~ProjectSession() override;

    /**
     * Opens a project file, integrity check included; throws storage::ProjectFileError (Locked
     * when another program has it open for writing: it can then be opened with `readOnly`).
     */
    static std::unique_ptr<ProjectSession> open(const QString& path, bool readOnly = false);
    /** Creates a project file; throws storage::ProjectFileError or ValidationError. */
    static std::unique_ptr<ProjectSession> create(const QString& path, const Organization& org);

    QString path() const;
    ProjectInfo info() const;
    bool isReadOnly() const;
    QUndoStack* undoStack() { return &m_undo; }
    /**
     * The store, for pages that read activity data and inventories on the UI thread. Work in a
     * worker thread opens its own connection to path() instead: the store is not shared across threads.
     */
    ProjectStore& store() { return *m_store; }

    Organization organization() const;
    std::vector<Site> sites() const;
    std::optional<Site> site(SiteId id) const;
    /** The problems `site` would be refused for (fields and unique code), without writing. */
    std::vector<FieldIssue> checkSite(const Site& site) const;

    /** Undoable actions. Each throws ValidationError or RefusedError and changes nothing when refused. */
    Site addSite(const Site& site);
    void editSite(const Site& site);
    void removeSite(SiteId id);
    void saveOrganization(const Organization& org);
    /** The problems an edited activity record would be refused for, without writing. */
    std::vector<FieldIssue> checkActivity(accounting::ActivityId id, const accounting::ActivityRecord& edited) const;
    /** Corrects one activity record (validated like an import; the year is recalculated). */
    void editActivity(accounting::ActivityId id, const accounting::ActivityRecord& edited);

    /**
     * Undoable register edits (RegisterService validates and writes the change log). Each throws
     * ValidationError or RefusedError and changes nothing when refused; recordsChanged follows
     * every do, undo and redo. A new version of a versioned record is not undoable: it goes
     * through RegisterService and notifyRecordsChanged.
     */
    records::RegisterRecord addRecord(const records::RegisterRecord& record);
    records::RegisterRecord editRecord(const records::RegisterRecord& record);
    void removeRecord(records::RecordId id);
    /** Tells every view that records of register `type` were added, changed or removed. */
    void notifyRecordsChanged(const QString& type) { emit recordsChanged(type); }

    /** Writes a copy of the project to `path`; throws std::runtime_error naming the path. */
    void saveCopyTo(const QString& path);

    /** Announces that activity data were imported or changed outside the undo stack (an import). */
    void notifyActivitiesChanged() { emit activitiesChanged(); }

    /** Re-reads the undo commands' descriptions after a language switch. */
    void retranslateCommands();

    // What the undo commands do; each writes one unit of work and signals the change.
    /** Stores a site, keeping a non-zero id (undo of a removal); returns it as stored. */
    Site applyInsertSite(const Site& site);
    Site applyUpdateSite(const Site& site);
    Site applyRemoveSite(SiteId id);
    Organization applyOrganization(const Organization& org);
    void applyUpdateActivity(accounting::ActivityId id, const accounting::ActivityRecord& record);
    /** Adds a record, or stores it again under its id when it has one (undo of a removal). */
    records::RegisterRecord applyInsertRecord(const records::RegisterRecord& record);
    records::RegisterRecord applyUpdateRecord(const records::RegisterRecord& record);
    records::RegisterRecord applyRemoveRecord(records::RecordId id);
    /** Called by a command whose undo or redo failed: rethrown from the action, else signalled. */
    void reportCommandFailure(std::exception_ptr error);

signals:
    void organizationChanged(const cnms::Organization& org);
    void siteAdded(const cnms::Site& site);
    void siteChanged(const cnms::Site& site);
    void siteRemoved(cnms::SiteId id);
    /** Records of register `type` changed (see notifyRecordsChanged). */
    void recordsChanged(const QString& type);
    /** An undo or redo could not be applied (e.g. the file was changed elsewhere); translated. */
    void commandFailed(const QString& message);
    /** Activity data changed (an import was stored): inventories and tables must be re-read. */
    void activitiesChanged();
    /** One activity record was corrected in place (its year's inventory is recalculated). */
    void activityEdited(cnms::accounting::ActivityId id);

private:
    /** Pushes a command and rethrows what its first redo threw, if anything. */
    void push(QUndoCommand* command);

    std::unique_ptr<ProjectStore> m_store;
    SiteService m_service;
    QUndoStack m_undo;
    bool m_pushing = false;
    std::exception_ptr m_pushError;
};

}  // namespace cnms::gui
