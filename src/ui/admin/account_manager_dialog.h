#pragma once

#include "dispatch/account_service.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace xiuhua::ui {

class AccountTableModel;
class RecordTable;

// The administrator's account screen: every operator account with its role and state; new
// accounts, password resets, role changes, deactivation and reactivation. Each goes through
// AccountService (Permission::ManageAccounts, one audited transaction); a refusal is shown and
// changes nothing.
class AccountManagerDialog : public QDialog
{
    Q_OBJECT

public:
    AccountManagerDialog(ConsoleSession& session, QWidget* parent = nullptr);

    AccountTableModel* model() const { return m_model; }
    QTableView* view() const;
    // The account of the selected row, if any.
    std::optional<core::OperatorAccount> selectedAccount() const;
    void selectAccount(core::Id accountId);

    // What the buttons end in, for tests and scripts; false when refused (see lastError()).
    bool createAccount(const dispatch::NewAccount& request, const QString& password);
    bool resetPassword(core::Id accountId, const QString& password);
    bool changeRole(core::Id accountId, core::Role role);
    bool setActive(core::Id accountId, bool active);
    QString lastError() const { return m_lastError; }

    void newAccountInteractively();
    void resetPasswordInteractively();
    void changeRoleInteractively();
    void toggleActiveInteractively();

signals:
    void message(const QString& text);

private:
    bool perform(const std::function<QString(dispatch::AccountService&)>& work);
    void updateButtons();

    ConsoleSession& m_session;
    AccountTableModel* m_model;
    RecordTable* m_table;
    QPushButton* m_new;
    QPushButton* m_reset;
    QPushButton* m_role;
    QPushButton* m_active;
    QString m_lastError;
};

} // namespace xiuhua::ui
