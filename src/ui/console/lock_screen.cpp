#include "ui/console/lock_screen.h"

#include "ui/console/login_dialog.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xiuhua::ui {

LockScreen::LockScreen(dispatch::DispatchContext context, core::Actor actor, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_actor(std::move(actor)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Xiuhua — locked"));
    setModal(true);
    if (m_actor.responderId) {
        if (const auto account = m_context.store.read().operatorAccountOfResponder(*m_actor.responderId))
            m_login = account->login;
    }
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    m_message->setWordWrap(true);

    auto* title = new QLabel(tr("The console is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* who = new QLabel(
        tr("Operator: %1 (%2). Enter your password to continue.").arg(m_actor.name, m_login), this);
    who->setWordWrap(true);
    auto* unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto* other = new QPushButton(tr("&Switch operator…"), this);
    other->setObjectName(QStringLiteral("switchOperatorButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(other);
    buttons->addWidget(unlock);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(title);
    layout->addWidget(who);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::attempt);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attempt);
    connect(other, &QPushButton::clicked, this, [this] { done(SwitchOperator); });
    m_password->setFocus();
}

void LockScreen::attempt()
{
    const dispatch::LoginResult result = dispatch::AccountService(m_context).login(
        m_login, m_password->text(), m_actor.workstation, dispatch::AccountService::Purpose::Unlock);
    m_password->clear();
    if (result.status == dispatch::LoginResult::Status::Success &&
        result.actor.responderId == m_actor.responderId) {
        accept();
        return;
    }
    m_message->setText(loginRefusalText(result));
}

bool LockScreen::tryUnlock(const QString& password)
{
    m_password->setText(password);
    attempt();
    return result() == Unlocked;
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        return;
    QDialog::keyPressEvent(event);
}

} // namespace xiuhua::ui
