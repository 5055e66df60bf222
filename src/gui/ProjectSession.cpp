// SPDX-License-Identifier: MIT
#include "ProjectSession.h"

#include <QFileInfo>
#include <spdlog/spdlog.h>

#include "cnms/accounting/ActivityEditor.h"
#include "cnms/core/TextUtil.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/records/RegisterService.h"
#include "commands/AddSiteCommand.h"
#include "commands/EditActivityCommand.h"
#include "commands/RegisterRecordCommands.h"
#include "commands/EditOrganizationCommand.h"
#include "commands/EditSiteCommand.h"
#include "commands/RemoveSiteCommand.h"
#include "commands/SessionCommand.h"
#include "ErrorText.h"

namespace cnms::gui {

ProjectSession::ProjectSession(std::unique_ptr<ProjectStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_service(*m_store) {}

ProjectSession::~ProjectSession() {
    // Commands refer to this session; they must go before the store does.
    m_undo.clear();
}

std::unique_ptr<ProjectSession> ProjectSession::open(const QString& path, bool readOnly) {
    storage::OpenOptions options;
    options.checkIntegrity = true;
    options.readOnly = readOnly;
    // Absolute, so the status bar, recent files and Save a copy name the file wherever the app was started.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto session = std::make_unique<ProjectSession>(storage::openProject(absolute.toStdString(), options));
    spdlog::info("opened project {}", absolute.toStdString());
    return session;
}

std::unique_ptr<ProjectSession> ProjectSession::create(const QString& path, const Organization& org) {
    return std::make_unique<ProjectSession>(
        storage::createProject(QFileInfo(path).absoluteFilePath().toStdString(), org));
}

QString ProjectSession::path() const { return QString::fromStdString(m_store->info().path); }
ProjectInfo ProjectSession::info() const { return m_store->info(); }
bool ProjectSession::isReadOnly() const { return m_store->info().readOnly; }

Organization ProjectSession::organization() const { return m_service.organization(); }
std::vector<Site> ProjectSession::sites() const { return m_service.sites(); }
std::optional<Site> ProjectSession::site(SiteId id) const { return m_store->sites().find(id); }

std::vector<FieldIssue> ProjectSession::checkSite(const Site& site) const {
    auto issues = validate(site);
    std::string code(text::trim(site.code));
    if (auto other = m_store->sites().findByCode(code); !code.empty() && other && other->id != site.id)
        issues.push_back({"code", "duplicate", "a site with code '" + code + "' already exists"});
    return issues;
}

void ProjectSession::push(QUndoCommand* command) {
    m_pushing = true;
    m_pushError = nullptr;
    m_undo.push(command);  // runs redo(); a command whose first redo failed marks itself obsolete and is dropped
    m_pushing = false;
    if (auto error = std::exchange(m_pushError, nullptr)) std::rethrow_exception(error);
}

Site ProjectSession::addSite(const Site& site) {
    auto* command = new AddSiteCommand(*this, site);
    push(command);  // on failure the stack has deleted the command: do not touch it after a throw
    return command->site();
}

void ProjectSession::editSite(const Site& site) {
    auto old = this->site(site.id);
    if (!old) throw NotFoundError("no site with id " + std::to_string(site.id));
    if (*old == site) return;  // nothing to undo
    push(new EditSiteCommand(*this, *old, site));
}

void ProjectSession::removeSite(SiteId id) {
    auto old = site(id);
    if (!old) throw NotFoundError("no site with id " + std::to_string(id));
    push(new RemoveSiteCommand(*this, *old));
}

records::RegisterRecord ProjectSession::addRecord(const records::RegisterRecord& record) {
    auto* command = new AddRecordCommand(*this, record);
    push(command);  // on failure the stack has deleted the command: do not touch it after a throw
    return command->record();
}

records::RegisterRecord ProjectSession::editRecord(const records::RegisterRecord& record) {
    const auto old = records::RegisterService(*m_store).get(record.id);
    if (old.fields == record.fields) return old;  // nothing to undo
    auto* command = new EditRecordCommand(*this, old, record);
    push(command);
    return command->record();
}

void ProjectSession::removeRecord(records::RecordId id) {
    push(new RemoveRecordCommand(*this, records::RegisterService(*m_store).get(id)));
}

records::RegisterRecord ProjectSession::applyInsertRecord(const records::RegisterRecord& record) {
    auto stored = records::RegisterService(*m_store).restore(record);
    emit recordsChanged(QString::fromStdString(stored.type));
    return stored;
}

records::RegisterRecord ProjectSession::applyUpdateRecord(const records::RegisterRecord& record) {
    auto stored = records::RegisterService(*m_store).update(record);
    emit recordsChanged(QString::fromStdString(stored.type));
    return stored;
}

records::RegisterRecord ProjectSession::applyRemoveRecord(records::RecordId id) {
    auto removed = records::RegisterService(*m_store).remove(id);
    emit recordsChanged(QString::fromStdString(removed.type));
    return removed;
}

void ProjectSession::saveOrganization(const Organization& org) {
    auto old = organization();
    if (old == org) return;
    push(new EditOrganizationCommand(*this, old, org));
}

std::vector<FieldIssue> ProjectSession::checkActivity(accounting::ActivityId id,
                                                     const accounting::ActivityRecord& edited) const {
    return accounting::ActivityEditor(*m_store).check(id, edited);
}

void ProjectSession::editActivity(accounting::ActivityId id, const accounting::ActivityRecord& edited) {
    auto old = m_store->activities().find(id);
    if (!old) throw NotFoundError("activity record #" + std::to_string(id) + " does not exist");
    if (*old == edited) return;  // nothing to undo
    if (auto issues = checkActivity(id, edited); !issues.empty()) throw ValidationError(std::move(issues));
    push(new EditActivityCommand(*this, id, *old, edited));
}

void ProjectSession::applyUpdateActivity(accounting::ActivityId id, const accounting::ActivityRecord& record) {
    accounting::ActivityEditor(*m_store).update(id, record);
    emit activityEdited(id);
}

void ProjectSession::saveCopyTo(const QString& path) {
    m_store->saveCopyTo(path.toStdString());
    spdlog::info("saved a copy of {} to {}", m_store->info().path, path.toStdString());
}

void ProjectSession::retranslateCommands() {
    // QUndoStack hands out const commands only; the text is the one thing changed here.
    for (int i = 0; i < m_undo.count(); ++i)
        if (auto* command = dynamic_cast<const SessionCommand*>(m_undo.command(i)))
            const_cast<SessionCommand*>(command)->retranslate();
}

Site ProjectSession::applyInsertSite(const Site& site) {
    Site stored = m_service.addSite(site);
    emit siteAdded(stored);
    return stored;
}

Site ProjectSession::applyUpdateSite(const Site& site) {
    m_service.updateSite(site);
    Site stored = *this->site(site.id);
    emit siteChanged(stored);
    return stored;
}

Site ProjectSession::applyRemoveSite(SiteId id) {
    Site removed = m_service.removeSite(id);
    emit siteRemoved(id);
    return removed;
}

Organization ProjectSession::applyOrganization(const Organization& org) {
    m_service.saveOrganization(org);
    Organization stored = organization();
    emit organizationChanged(stored);
    return stored;
}

void ProjectSession::reportCommandFailure(std::exception_ptr error) {
    if (m_pushing) {
        m_pushError = error;
        return;
    }
    QString message = ErrorText::exception(error);
    spdlog::warn("undo/redo failed in {}: {}", m_store->info().path, message.toStdString());
    emit commandFailed(message);
}

}  // namespace cnms::gui
