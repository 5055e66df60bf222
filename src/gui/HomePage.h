// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace cnms::gui {

class DashboardView;
class ProjectSession;

/**
 * The first page: the manager's dashboard of the open project (or buttons to create or open
 * one), where to start, and what the workbench is for.
 */
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    /** The project to summarize; nullptr when none is open. */
    void setSession(ProjectSession* session);
    /** The manager's dashboard of the open project (hidden when none is open). */
    DashboardView* dashboard() const { return m_dashboard; }

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
    DashboardView* m_dashboard;
    QWidget* m_summary;
    QFormLayout* m_summaryForm;
    QWidget* m_noProject;
    QLabel* m_noProjectText;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
};

}  // namespace cnms::gui
