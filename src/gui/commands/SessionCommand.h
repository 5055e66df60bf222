// SPDX-License-Identifier: MIT
#pragma once

#include <QUndoCommand>

namespace cnms::gui {

class ProjectSession;

/**
 * Base of the workbench's undo commands. A failing undo or redo never escapes into Qt: the
 * command marks itself obsolete (so QUndoStack drops it) and hands the error to the session,
 * which rethrows it from the action that pushed it or reports it to the window.
 */
class SessionCommand : public QUndoCommand {
public:
    /** Sets the text again in the current language. */
    void retranslate() { setText(describe()); }

    void redo() final;
    void undo() final;

protected:
    explicit SessionCommand(ProjectSession& session) : m_session(session) {}
    /** The translated description shown in Edit > Undo. */
    virtual QString describe() const = 0;
    virtual void apply() = 0;
    virtual void revert() = 0;

    ProjectSession& m_session;

private:
    template <class F>
    void guarded(F&& step);
};

}  // namespace cnms::gui
