#pragma once

#include "dispatch/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// Login name and password, checked by AccountService (audited, rate limited). Stays open on a
// refusal with the reason shown; accepted once a login succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(dispatch::DispatchContext context, QString workstation, const QString& login = {},
                QWidget* parent = nullptr);

    const dispatch::LoginResult& result() const { return m_result; }
    // For tests: fill in and press OK.
    bool tryLogin(const QString& login, const QString& password);
    QString message() const;

private:
    void attempt();

    dispatch::DispatchContext m_context;
    QString m_workstation;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    dispatch::LoginResult m_result;
};

// A refusal as the operator reads it (locked until when, or simply "wrong login or password").
QString loginRefusalText(const dispatch::LoginResult& result);

} // namespace xiuhua::ui
