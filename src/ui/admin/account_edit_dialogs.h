#pragma once

#include "dispatch/account_service.h"
#include "storage/store.h"

#include <QDialog>

class QComboBox;
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

// A new account for a member of staff on file who has none yet.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(const storage::StoreReader& reader, QWidget* parent = nullptr);

    dispatch::NewAccount request() const;
    QString password() const;
    // For scripts and tests: pick the member of staff by responder id; false when not offered.
    bool selectStaff(core::Id responderId);
    void setLogin(const QString& login);
    void setRole(core::Role role);
    void setPasswords(const QString& password, const QString& repeated);
    QString problem() const;
    int staffCount() const;

    void accept() override;

private:
    QComboBox* m_staff;
    QLineEdit* m_login;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeated;
    QLabel* m_problem;
};

// Roles as the combo boxes offer them, translated.
void fillRoles(QComboBox& combo);

} // namespace xiuhua::ui
