#pragma once

#include "dispatch/dispatch_context.h"
#include "ui/console/console_session.h"

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace xiuhua::ui {

// Who is at the console after start: locks it after a period without keyboard or mouse input
// (QSettings "session/lockMinutes", default 15, 0 = never), and switches the operator at a
// hand-over or after a log-out. The new operator comes from a real login; the session's actor
// is replaced, so every later service call acts (and is checked) as them.
class OperatorSession : public QObject
{
    Q_OBJECT

public:
    OperatorSession(ConsoleSession& session, QWidget* window);
    ~OperatorSession() override;

    QAction* lockAction() const { return m_lock; }
    QAction* switchAction() const { return m_switch; }
    QAction* logoutAction() const { return m_logout; }
    int lockMinutes() const;
    bool isLocked() const { return m_locked; }

    void lock();
    void switchOperator();
    void logOut();

signals:
    void operatorChanged(const core::Actor& actor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    dispatch::DispatchContext context() const;
    // Asks for a login until one succeeds; false when the operator gave up (the console quits).
    bool logIn(const QString& title);

    ConsoleSession& m_session;
    QWidget* m_window;
    QTimer* m_idle;
    QElapsedTimer m_sinceRestart;
    QAction* m_lock;
    QAction* m_switch;
    QAction* m_logout;
    bool m_locked = false;
};

} // namespace xiuhua::ui
