#pragma once

#include "dispatch/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// Covers the console after a period without input. Only the logged-in operator's password
// unlocks it (checked, audited and rate limited like a login); at a hand-over the next operator
// chooses "Switch operator…" instead.
class LockScreen : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        Unlocked = QDialog::Accepted,
        SwitchOperator = 2
    };

    LockScreen(dispatch::DispatchContext context, core::Actor actor, QWidget* parent = nullptr);

    // For tests: type the password and press Unlock.
    bool tryUnlock(const QString& password);
    QString message() const;

protected:
    void keyPressEvent(QKeyEvent* event) override; // Escape does not unlock

private:
    void attempt();

    dispatch::DispatchContext m_context;
    core::Actor m_actor;
    QString m_login;
    QLineEdit* m_password;
    QLabel* m_message;
};

} // namespace xiuhua::ui
