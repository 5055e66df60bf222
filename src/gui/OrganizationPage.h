// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "PageRegistry.h"

class QLabel;
class QPushButton;

namespace cnms::gui {

class OrganizationForm;

/** The organization profile: edit the form, Save applies it as one undoable command. */
class OrganizationPage : public QWidget {
    Q_OBJECT
public:
    OrganizationPage(const PageContext& context, QWidget* parent = nullptr);

    OrganizationForm* form() const { return m_form; }
    /** Validates and saves what is typed; false (with the issues shown) when refused. */
    bool save();
    /** Puts the stored profile back into the form. */
    void revert();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    PageContext m_context;
    OrganizationForm* m_form;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QLabel* m_status;
    bool m_dirty = false;
};

}  // namespace cnms::gui
