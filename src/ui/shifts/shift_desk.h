#pragma once

#include "ui/console/console_session.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace xiuhua::ui {

class PermissionGate;

// The supervisor's shift work in the console: open a shift, edit its roster, close and hand over,
// acknowledge a hand-over, shift and period reports (preview, print, PDF, CSV, sign-off) and the
// paper fallback sheet of open incidents.
class ShiftDesk : public QObject
{
    Q_OBJECT

public:
    ShiftDesk(ConsoleSession& session, QWidget* window);

    // With a gate, the entries the operator's role may not use are hidden.
    void populateMenu(QMenu* menu, PermissionGate* gate = nullptr);

    // The shift now running (opened, not closed), if any.
    std::optional<core::Shift> openShift() const;
    // The most recent closed shift whose hand-over nobody has acknowledged yet.
    std::optional<core::Shift> unacknowledgedShift() const;

    void openNewShift();
    void editRoster();
    void closeAndHandOver();
    void acknowledgeHandover();
    void showShiftReport(std::optional<core::Id> shiftId = std::nullopt);
    void showPeriodReport();
    void printOpenIncidents();

signals:
    void message(const QString& text);
    // After a shift is closed: the app takes a backup then.
    void shiftClosed(core::Id shiftId);

private:
    std::optional<core::Shift> latestShift() const;

    ConsoleSession& m_session;
    QWidget* m_window;
};

} // namespace xiuhua::ui
