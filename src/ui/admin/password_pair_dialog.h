#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// A new password typed twice; OK only when both match and AccountService accepts it.
class PasswordPairDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordPairDialog(const QString& title, const QString& login, QWidget* parent = nullptr);

    QString password() const;
    void setPasswords(const QString& password, const QString& repeated);
    // Empty when acceptable; otherwise why not (also shown in the dialog).
    QString problem() const;

    void accept() override;

private:
    QString m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeated;
    QLabel* m_problem;
};

} // namespace xiuhua::ui
