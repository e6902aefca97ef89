#pragma once

#include "ui/console/console_session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// The operator changes their own password: the current one again, the new one twice.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(ConsoleSession& session, QWidget* parent = nullptr);

    void setPasswords(const QString& current, const QString& next, const QString& repeated);
    // Changes it through AccountService; false with the reason shown when refused.
    bool change();
    QString problem() const;

    void accept() override;

signals:
    void message(const QString& text);

private:
    ConsoleSession& m_session;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_repeated;
    QLabel* m_problem;
};

} // namespace xiuhua::ui
