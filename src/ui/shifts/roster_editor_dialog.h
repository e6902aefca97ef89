#pragma once

#include "ui/console/console_session.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace xiuhua::ui {

class RosterTableModel;

// The supervisor's roster editor for one shift: add, edit and remove responders' hours, or copy
// yesterday's roster. Every change goes through ShiftService (audited); refusals are shown.
class RosterEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RosterEditorDialog(ConsoleSession& session, core::Shift shift, QWidget* parent = nullptr);

    RosterTableModel* model() const { return m_model; }
    // The editing steps without their dialogs, for keyboard-free use and tests.
    bool add(const core::RosterEntry& entry);
    bool update(const core::RosterEntry& entry);
    bool remove(core::Id entryId);
    bool copyPreviousDay();

signals:
    void message(const QString& text);

private:
    void addInteractively();
    void editSelected();
    void removeSelected();
    bool run(const std::function<void()>& change);

    ConsoleSession& m_session;
    core::Shift m_shift;
    RosterTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace xiuhua::ui
