// SPDX-License-Identifier: MIT
#include "NewProjectDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include "Dialogs.h"
#include "ErrorText.h"
#include "FieldStatus.h"
#include "OrganizationForm.h"
#include "ProjectSession.h"

namespace cnms::gui {

NewProjectDialog::NewProjectDialog(Dialogs& dialogs, QWidget* parent)
    : QDialog(parent),
      m_dialogs(dialogs),
      m_intro(new QLabel(this)),
      m_fileBox(new QGroupBox(this)),
      m_organizationBox(new QGroupBox(this)),
      m_pathLabel(new QLabel(m_fileBox)),
      m_pathEdit(new QLineEdit(m_fileBox)),
      m_browseButton(new QPushButton(m_fileBox)),
      m_pathIssue(new QLabel(m_fileBox)),
      m_form(new OrganizationForm(m_organizationBox)),
      m_formIssue(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newProjectDialog"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_intro->setWordWrap(true);
    m_pathLabel->setBuddy(m_pathEdit);
    m_pathIssue->setWordWrap(true);
    m_formIssue->setWordWrap(true);
    m_browseButton->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    field_status::clear(m_pathIssue);
    field_status::clear(m_formIssue);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto* fileLayout = new QVBoxLayout(m_fileBox);
    fileLayout->setContentsMargins(12, 12, 12, 12);
    fileLayout->addLayout(pathRow);
    fileLayout->addWidget(m_pathIssue);
    auto* organizationLayout = new QVBoxLayout(m_organizationBox);
    organizationLayout->setContentsMargins(12, 12, 12, 12);
    organizationLayout->addWidget(m_form);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_organizationBox);
    layout->addWidget(m_formIssue);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(760, 540);

    connect(m_browseButton, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] { field_status::clear(m_pathIssue); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    retranslate();
}

NewProjectDialog::~NewProjectDialog() = default;

QString NewProjectDialog::chosenPath() const {
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".cnms");
    return path;
}

void NewProjectDialog::browse() {
    QString suggested = chosenPath();
    if (suggested.isEmpty()) {
        QString name =
            m_form->organization().name.empty() ? tr("project") : QString::fromStdString(m_form->organization().name);
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(name + QStringLiteral(".cnms"));
    }
    QString path = m_dialogs.saveFileName(this, tr("New project file"), suggested, tr("CNMS projects (*.cnms)"));
    if (path.isEmpty()) return;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    field_status::clear(m_pathIssue);
}

bool NewProjectDialog::submit() {
    field_status::clear(m_pathIssue);
    field_status::clear(m_formIssue);
    const QString path = chosenPath();
    bool ok = m_form->check();
    if (path.isEmpty()) {
        field_status::showError(m_pathIssue, tr("Choose where to save the project file."));
        ok = false;
    } else if (QFileInfo::exists(path)) {
        // The save dialog may have confirmed overwriting, but a project never replaces another file.
        field_status::showError(m_pathIssue, tr("The file %1 already exists. Choose another file name.").arg(path));
        ok = false;
    }
    if (!ok) return false;
    try {
        m_session = ProjectSession::create(QDir::cleanPath(path), m_form->organization());
    } catch (const ValidationError& e) {
        m_form->showIssues(e.issues());
        return false;
    } catch (const storage::ProjectFileError& e) {
        field_status::showError(m_pathIssue, ErrorText::projectFile(e));
        return false;
    } catch (...) {
        field_status::showError(m_formIssue, ErrorText::exception(std::current_exception()));
        return false;
    }
    return true;
}

std::unique_ptr<ProjectSession> NewProjectDialog::takeSession() { return std::move(m_session); }

void NewProjectDialog::accept() {
    if (submit()) QDialog::accept();
}

void NewProjectDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void NewProjectDialog::retranslate() {
    setWindowTitle(tr("New project"));
    m_intro->setText(tr("A project is one file holding one organization's carbon neutrality management system. "
                        "Enter what you know now; everything except the name can be completed later."));
    m_fileBox->setTitle(tr("Project file"));
    m_organizationBox->setTitle(tr("Organization"));
    m_pathLabel->setText(tr("&File:"));
    m_pathEdit->setPlaceholderText(tr("Where to save the project (*.cnms)"));
    m_browseButton->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}

}  // namespace cnms::gui
