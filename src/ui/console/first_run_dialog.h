#pragma once

#include "dispatch/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// First start on a database without operator accounts (not the demo): creates the administrator,
// who then creates everyone else's accounts.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(dispatch::DispatchContext context, QString workstation, QWidget* parent = nullptr);

    const std::optional<core::OperatorAccount>& created() const { return m_created; }
    // For tests: fill in and press OK.
    bool create(const dispatch::FirstAdministrator& admin, const QString& password, const QString& repeated);
    QString message() const;

private:
    void attempt();

    dispatch::DispatchContext m_context;
    QString m_workstation;
    QLineEdit* m_name;
    QLineEdit* m_badge;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    std::optional<core::OperatorAccount> m_created;
};

} // namespace xiuhua::ui
