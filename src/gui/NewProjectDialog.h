// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cnms::gui {

class Dialogs;
class OrganizationForm;
class ProjectSession;

/**
 * File > New: where to save the project file and the organization it holds. OK creates the
 * file (nothing is written while a field is refused) and keeps the open session for the window.
 */
class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    NewProjectDialog(Dialogs& dialogs, QWidget* parent = nullptr);
    ~NewProjectDialog() override;

    QLineEdit* pathEdit() const { return m_pathEdit; }
    OrganizationForm* form() const { return m_form; }
    /** Creates the project; false (with the reason shown) when refused. */
    bool submit();
    /** The created project, once accepted; the caller takes it. */
    std::unique_ptr<ProjectSession> takeSession();

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslate();
    QString chosenPath() const;

    Dialogs& m_dialogs;
    QLabel* m_intro;
    QGroupBox* m_fileBox;
    QGroupBox* m_organizationBox;
    QLabel* m_pathLabel;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QLabel* m_pathIssue;
    OrganizationForm* m_form;
    QLabel* m_formIssue;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<ProjectSession> m_session;
};

}  // namespace cnms::gui
