#include "ui/console/login_dialog.h"

#include "ui/common/display_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

QString loginRefusalText(const dispatch::LoginResult& result)
{
    if (result.status == dispatch::LoginResult::Status::Locked)
        return LoginDialog::tr("Too many wrong passwords: this account is locked until %1.")
            .arg(localTimeText(result.lockedUntil));
    // Which of the two was wrong is not said: that would help someone guessing logins.
    return LoginDialog::tr("Wrong login name or password.");
}

LoginDialog::LoginDialog(dispatch::DispatchContext context, QString workstation, const QString& login,
                         QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_workstation(std::move(workstation)),
      m_login(new QLineEdit(login, this)), m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Xiuhua — log in"));
    m_login->setObjectName(QStringLiteral("loginName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));

    auto* intro =
        new QLabel(tr("Log in with your operator account (login name: usually your badge number)."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(380);
}

void LoginDialog::attempt()
{
    m_result = dispatch::AccountService(m_context).login(m_login->text(), m_password->text(), m_workstation);
    m_password->clear(); // the clear password does not linger in the widget
    if (m_result.status == dispatch::LoginResult::Status::Success) {
        m_message->clear();
        accept();
        return;
    }
    m_message->setText(loginRefusalText(m_result));
    m_password->setFocus();
}

bool LoginDialog::tryLogin(const QString& login, const QString& password)
{
    m_login->setText(login);
    m_password->setText(password);
    attempt();
    return m_result.status == dispatch::LoginResult::Status::Success;
}

QString LoginDialog::message() const
{
    return m_message->text();
}

} // namespace xiuhua::ui
