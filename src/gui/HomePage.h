// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace cnms::gui {

class ProjectSession;

/**
 * The first page: what the workbench is for, where to start, and a summary of the open project
 * (or buttons to create or open one).
 */
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    /** The project to summarize; nullptr when none is open. */
    void setSession(ProjectSession* session);

signals:
    /** A "where to start" link was clicked: the id of the page to show. */
    void pageRequested(const QString& pageId);
    void newProjectRequested();
    void openProjectRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshSummary();

    ProjectSession* m_session = nullptr;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_purposeTitle;
    QLabel* m_purpose;
    QLabel* m_startTitle;
    QLabel* m_steps;
    QLabel* m_projectTitle;
    QWidget* m_summary;
    QFormLayout* m_summaryForm;
    QWidget* m_noProject;
    QLabel* m_noProjectText;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
};

}  // namespace cnms::gui
