#include "ui/console/operator_session.h"

#include "ui/console/lock_screen.h"
#include "ui/console/login_dialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace xiuhua::ui {

OperatorSession::OperatorSession(ConsoleSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window), m_idle(new QTimer(this)),
      m_lock(new QAction(tr("&Lock console"), this)), m_switch(new QAction(tr("S&witch operator…"), this)),
      m_logout(new QAction(tr("Log &out"), this))
{
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_L);
    m_switch->setObjectName(QStringLiteral("switchOperatorAction"));
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    connect(m_lock, &QAction::triggered, this, &OperatorSession::lock);
    connect(m_switch, &QAction::triggered, this, &OperatorSession::switchOperator);
    connect(m_logout, &QAction::triggered, this, &OperatorSession::logOut);

    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &OperatorSession::lock);
    if (lockMinutes() > 0) {
        m_idle->start(lockMinutes() * 60 * 1000);
        m_sinceRestart.start();
        qApp->installEventFilter(this);
    }
}

OperatorSession::~OperatorSession()
{
    qApp->removeEventFilter(this);
}

int OperatorSession::lockMinutes() const
{
    return QSettings().value(QStringLiteral("session/lockMinutes"), 15).toInt();
}

dispatch::DispatchContext OperatorSession::context() const
{
    return {m_session.store, m_session.taxonomy, m_session.notifier};
}

bool OperatorSession::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        // Restarting a timer on every mouse move is wasted work; once a second is plenty.
        if (!m_locked && m_sinceRestart.elapsed() > 1000) {
            m_idle->start();
            m_sinceRestart.restart();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OperatorSession::lock()
{
    if (m_locked || !m_session.operatorActor.responderId)
        return;
    m_locked = true;
    m_idle->stop();
    spdlog::info("console locked for {}", m_session.operatorActor.name.toStdString());
    for (;;) {
        LockScreen screen(context(), m_session.operatorActor, m_window);
        if (m_window)
            screen.resize(m_window->size());
        const int outcome = screen.exec();
        if (outcome == LockScreen::Unlocked)
            break;
        if (outcome == LockScreen::SwitchOperator && logIn(tr("Switch operator")))
            break;
    }
    m_locked = false;
    if (lockMinutes() > 0)
        m_idle->start(lockMinutes() * 60 * 1000);
}

bool OperatorSession::logIn(const QString& title)
{
    LoginDialog dialog(context(), m_session.operatorActor.workstation, QString(), m_window);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_session.operatorActor = dialog.result().actor;
    spdlog::info("operator {} (id {}) on {}", m_session.operatorActor.name.toStdString(),
                 m_session.operatorActor.responderId.value_or(0),
                 m_session.operatorActor.workstation.toStdString());
    emit operatorChanged(m_session.operatorActor);
    return true;
}

void OperatorSession::switchOperator()
{
    // The outgoing operator stays logged in until the incoming one has logged in.
    logIn(tr("Switch operator"));
}

void OperatorSession::logOut()
{
    dispatch::AccountService(context()).logout(m_session.operatorActor);
    if (m_window)
        m_window->hide();
    if (!logIn(tr("Xiuhua — log in"))) {
        QApplication::quit();
        return;
    }
    if (m_window)
        m_window->show();
}

} // namespace xiuhua::ui
