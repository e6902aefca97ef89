#pragma once

#include "core/operator_account.h"
#include "dispatch/dispatch_context.h"
#include "dispatch/password_hasher.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

struct NewAccount
{
    core::Id responderId = 0; // a member of staff on file
    QString login;
    core::Role role = core::Role::Dispatcher;
};

// The first-run administrator of a database without accounts: a member of staff, found by badge
// or added as a supervisor-kind responder.
struct FirstAdministrator
{
    QString name;
    QString badgeNo;
    QString login;
};

struct LoginResult
{
    enum class Status
    {
        Success,
        Refused, // unknown login, wrong password or inactive account: the operator is not told which
        Locked   // too many failures; try again after lockedUntil
    };
    Status status = Status::Refused;
    std::optional<core::OperatorAccount> account; // on success
    core::Actor actor;                            // on success: who works the console now
    QDateTime lockedUntil;
};

// Operator accounts and logins. Account changes need Permission::ManageAccounts; every call is
// one transaction with its audit record, which never holds a password or its hash. Failed logins
// are audited with the login name typed and counted: after maxFailedAttempts in a row the
// account is locked for lockoutDelay(), growing with every further failure.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)

public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr int minPasswordLength = 8;

    enum class Purpose
    {
        Login,
        Unlock // the lock screen: same checks, its own audit action
    };

    explicit AccountService(DispatchContext context, PasswordHasher hasher = PasswordHasher());

    core::OperatorAccount create(const core::Actor& actor, const NewAccount& account,
                                 const QString& password);
    // Only while the database has no account at all; by the system on the first run.
    core::OperatorAccount createFirstAdministrator(const QString& workstation,
                                                   const FirstAdministrator& admin, const QString& password);
    // The operator's own password: the current one is asked again.
    void changeOwnPassword(const core::Actor& actor, const QString& current, const QString& next);
    // An administrator sets a new password (forgotten ones); also lifts a lock.
    void resetPassword(const core::Actor& actor, core::Id accountId, const QString& password);
    core::OperatorAccount setRole(const core::Actor& actor, core::Id accountId, core::Role role);
    // Deactivating keeps the account (the audit log names it) but refuses its logins.
    core::OperatorAccount setActive(const core::Actor& actor, core::Id accountId, bool active);

    LoginResult login(const QString& login, const QString& password, const QString& workstation,
                      Purpose purpose = Purpose::Login);
    // Scripts and screenshots on the demo database only (--operator): refused elsewhere.
    LoginResult loginDemoWithoutPassword(const QString& login, const QString& workstation);
    void logout(const core::Actor& actor);

    // How long the account stays locked after `failedAttempts` failures in a row: none below
    // maxFailedAttempts, then 1 minute, doubling with each further failure, at most an hour.
    static qint64 lockoutSeconds(int failedAttempts);
    // Empty when acceptable; otherwise why not (translated).
    static QString passwordProblem(const QString& password, const QString& login);

private:
    core::OperatorAccount requireAccount(const storage::StoreReader& reader, core::Id accountId) const;
    void requireAnotherAdministrator(const storage::StoreReader& reader, const core::OperatorAccount& account,
                                     bool staysAdministrator) const;
    void checkPassword(const QString& password, const QString& login) const;
    // The new account's row and its "operator.create" record, in the caller's transaction.
    core::OperatorAccount insertAccount(storage::StoreWriter& writer, core::Id responderId,
                                        const QString& login, core::Role role,
                                        const QString& passwordHash) const;
    core::OperatorAccount update(const core::Actor& actor, core::Id accountId, const QString& action,
                                 const std::function<void(core::OperatorAccount&)>& change);
    LoginResult succeed(const core::OperatorAccount& account, const QString& workstation,
                        const QString& action, const QString& method);
    void auditFailure(const QString& login, const QString& workstation, const QString& action,
                      const QString& reason);

    DispatchContext m_context;
    PasswordHasher m_hasher;
};

} // namespace xiuhua::dispatch
