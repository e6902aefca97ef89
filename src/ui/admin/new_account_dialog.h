#pragma once

#include "dispatch/account_service.h"
#include "storage/store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace xiuhua::ui {

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

} // namespace xiuhua::ui
