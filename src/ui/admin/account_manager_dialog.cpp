#include "ui/admin/account_manager_dialog.h"

#include "dispatch/dispatch_error.h"
#include "storage/storage_error.h"
#include "ui/admin/account_form.h"
#include "ui/admin/account_table_model.h"
#include "ui/admin/new_account_dialog.h"
#include "ui/admin/password_pair_dialog.h"
#include "ui/admin/record_table.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

AccountManagerDialog::AccountManagerDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new AccountTableModel(session.store.read(), this)),
      m_table(new RecordTable(m_model, QStringLiteral("account"), tr("Filter: login, name, badge, role…"),
                              AccountTableModel::LoginColumn, this)),
      m_new(new QPushButton(tr("&New account…"), this)),
      m_reset(new QPushButton(tr("&Reset password…"), this)),
      m_role(new QPushButton(tr("Change r&ole…"), this)), m_active(new QPushButton(tr("&Deactivate…"), this))
{
    setObjectName(QStringLiteral("accountManagerDialog"));
    setWindowTitle(tr("Operator accounts"));
    m_new->setObjectName(QStringLiteral("newAccountButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    for (QPushButton* button : {m_new, m_reset, m_role, m_active})
        button->setAutoDefault(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_reset);
    actions->addWidget(m_role);
    actions->addWidget(m_active);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_new, &QPushButton::clicked, this, &AccountManagerDialog::newAccountInteractively);
    connect(m_reset, &QPushButton::clicked, this, &AccountManagerDialog::resetPasswordInteractively);
    connect(m_role, &QPushButton::clicked, this, &AccountManagerDialog::changeRoleInteractively);
    connect(m_active, &QPushButton::clicked, this, &AccountManagerDialog::toggleActiveInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountManagerDialog::updateButtons);
    updateButtons();
    resize(900, 520);
}

QTableView* AccountManagerDialog::view() const
{
    return m_table->view();
}

std::optional<OperatorAccount> AccountManagerDialog::selectedAccount() const
{
    if (const OperatorAccount* account = m_model->accountAt(m_table->currentSourceRow()))
        return *account;
    return std::nullopt;
}

void AccountManagerDialog::selectAccount(Id accountId)
{
    m_table->setCurrentSourceRow(m_model->rowOf(accountId));
}

void AccountManagerDialog::updateButtons()
{
    const auto account = selectedAccount();
    m_reset->setEnabled(account.has_value());
    m_role->setEnabled(account.has_value());
    m_active->setEnabled(account.has_value());
    m_active->setText(account && !account->active ? tr("Re&activate") : tr("&Deactivate…"));
}

bool AccountManagerDialog::perform(const std::function<QString(dispatch::AccountService&)>& work)
{
    const auto selected = selectedAccount();
    try {
        dispatch::AccountService service({m_session.store, m_session.taxonomy, m_session.notifier});
        const QString done = work(service);
        m_lastError.clear();
        m_model->reload();
        if (selected)
            selectAccount(selected->id);
        emit message(done);
        return true;
    } catch (const dispatch::DispatchError& error) {
        m_lastError = error.message();
    } catch (const storage::StorageError& error) {
        m_lastError = QString::fromUtf8(error.what());
    }
    emit message(m_lastError);
    if (isVisible())
        QMessageBox::warning(this, tr("Not changed"), m_lastError);
    return false;
}

bool AccountManagerDialog::createAccount(const dispatch::NewAccount& request, const QString& password)
{
    Id createdId = 0;
    const bool done = perform([&](dispatch::AccountService& service) {
        const OperatorAccount account = service.create(m_session.operatorActor, request, password);
        createdId = account.id;
        return tr("Account %1 created (%2).").arg(account.login, displayName(account.role));
    });
    if (done)
        selectAccount(createdId);
    return done;
}

bool AccountManagerDialog::resetPassword(Id accountId, const QString& password)
{
    return perform([&](dispatch::AccountService& service) {
        service.resetPassword(m_session.operatorActor, accountId, password);
        return tr("Password reset; tell the operator to change it at the next login.");
    });
}

bool AccountManagerDialog::changeRole(Id accountId, Role role)
{
    return perform([&](dispatch::AccountService& service) {
        const OperatorAccount account = service.setRole(m_session.operatorActor, accountId, role);
        return tr("%1 is now %2.").arg(account.login, displayName(account.role));
    });
}

bool AccountManagerDialog::setActive(Id accountId, bool active)
{
    return perform([&](dispatch::AccountService& service) {
        const OperatorAccount account = service.setActive(m_session.operatorActor, accountId, active);
        return active ? tr("Account %1 reactivated.").arg(account.login)
                      : tr("Account %1 deactivated; it stays in the record.").arg(account.login);
    });
}

void AccountManagerDialog::newAccountInteractively()
{
    NewAccountDialog dialog(m_session.store.read(), this);
    if (dialog.staffCount() == 0) {
        QMessageBox::information(this, tr("New operator account"),
                                 tr("Every dispatcher and supervisor on file has an account already."));
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        createAccount(dialog.request(), dialog.password());
}

void AccountManagerDialog::resetPasswordInteractively()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    PasswordPairDialog dialog(tr("Reset password"), account->login, this);
    if (dialog.exec() == QDialog::Accepted)
        resetPassword(account->id, dialog.password());
}

void AccountManagerDialog::changeRoleInteractively()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    QComboBox roles;
    account_form::fillRoles(roles);
    QStringList names;
    for (int i = 0; i < roles.count(); ++i)
        names << roles.itemText(i);
    const int current = roles.findData(static_cast<int>(account->role));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change role"), tr("Role of %1:").arg(account->login), names, current, false, &ok);
    if (!ok || names.indexOf(chosen) == current)
        return;
    changeRole(account->id,
               static_cast<Role>(roles.itemData(static_cast<int>(names.indexOf(chosen))).toInt()));
}

void AccountManagerDialog::toggleActiveInteractively()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    if (account->active &&
        QMessageBox::question(
            this, tr("Deactivate account"),
            tr("Deactivate %1? The operator can no longer log in; the account and everything "
               "it did stay in the record.")
                .arg(account->login)) != QMessageBox::Yes)
        return;
    setActive(account->id, !account->active);
}

} // namespace xiuhua::ui
