// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

#include "cnms/core/Site.h"

namespace Ui {
class SiteDialog;
}

namespace cnms::gui {

class ProjectSession;

/**
 * Adds a site or edits one (ui/SiteDialog.ui). The code is checked as it is typed (format and
 * uniqueness); OK validates every field, applies the change through the session as an undoable
 * command and closes only when it was stored.
 */
class SiteDialog : public QDialog {
    Q_OBJECT
public:
    /** With `existing` the dialog edits that site, else it adds a new one. */
    SiteDialog(ProjectSession& session, std::optional<Site> existing, QWidget* parent = nullptr);
    ~SiteDialog() override;

    /** The site as typed; keeps the id of the site being edited. */
    Site site() const;
    void setSite(const Site& site);
    /** Validates and applies; false (issues shown, dialog open) when refused. */
    bool submit();
    /** The id of the site added or edited, once accepted. */
    SiteId resultId() const { return m_resultId; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillProvinces(const QString& keep);
    void showIssues(const std::vector<FieldIssue>& issues);
    void checkCodeLive();

    ProjectSession& m_session;
    std::optional<Site> m_existing;
    std::unique_ptr<Ui::SiteDialog> m_ui;
    SiteId m_resultId = 0;
};

}  // namespace cnms::gui
