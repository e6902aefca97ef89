#include "dispatch/account_service.h"

#include "core/entity_json.h"
#include "dispatch/demo_data.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QJsonObject>

#include <algorithm>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

// The account as the audit log shows it: everything but the password hash.
QJsonObject accountJson(const OperatorAccount& a)
{
    QJsonObject json{
        {QStringLiteral("id"), a.id},         {QStringLiteral("responder_id"), a.responderId},
        {QStringLiteral("login"), a.login},   {QStringLiteral("role"), toCode(a.role)},
        {QStringLiteral("active"), a.active}, {QStringLiteral("failed_attempts"), a.failedAttempts}};
    if (a.lockedUntil.isValid())
        json.insert(QStringLiteral("locked_until"), a.lockedUntil.toString(Qt::ISODate));
    return json;
}

QString loginAction(AccountService::Purpose purpose, bool success)
{
    if (purpose == AccountService::Purpose::Unlock)
        return success ? QStringLiteral("operator.unlock") : QStringLiteral("operator.unlock_failed");
    return success ? QStringLiteral("operator.login") : QStringLiteral("operator.login_failed");
}

} // namespace

AccountService::AccountService(DispatchContext context, PasswordHasher hasher)
    : m_context(std::move(context)), m_hasher(hasher)
{}

qint64 AccountService::lockoutSeconds(int failedAttempts)
{
    if (failedAttempts < maxFailedAttempts)
        return 0;
    const int doublings = std::min(failedAttempts - maxFailedAttempts, 6);
    return std::min<qint64>(60LL << doublings, 3600);
}

QString AccountService::passwordProblem(const QString& password, const QString& login)
{
    if (password.size() < minPasswordLength)
        return tr("A password needs at least %1 characters.").arg(minPasswordLength);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the login name.");
    return {};
}

void AccountService::checkPassword(const QString& password, const QString& login) const
{
    const QString problem = passwordProblem(password, login);
    if (!problem.isEmpty())
        throw DispatchError(problem);
}

OperatorAccount AccountService::requireAccount(const storage::StoreReader& reader, Id accountId) const
{
    const auto account = reader.operatorAccount(accountId);
    if (!account)
        throw DispatchError(tr("Operator account %1 does not exist.").arg(accountId));
    return *account;
}

void AccountService::requireAnotherAdministrator(const storage::StoreReader& reader,
                                                 const OperatorAccount& account,
                                                 bool staysAdministrator) const
{
    if (account.role != Role::Administrator || !account.active || staysAdministrator)
        return;
    const auto accounts = reader.operatorAccounts();
    const bool another = std::any_of(accounts.begin(), accounts.end(), [&](const OperatorAccount& a) {
        return a.id != account.id && a.active && a.role == Role::Administrator;
    });
    if (!another)
        throw DispatchError(tr("This is the last active administrator; nobody could manage accounts "
                               "without it."));
}

OperatorAccount AccountService::insertAccount(storage::StoreWriter& writer, Id responderId,
                                              const QString& login, Role role,
                                              const QString& passwordHash) const
{
    OperatorAccount account;
    account.responderId = responderId;
    account.login = login;
    account.role = role;
    account.passwordHash = passwordHash;
    account.createdAt = m_context.now();
    account.passwordChangedAt = account.createdAt;
    account.id = writer.insertOperatorAccount(account);
    writer.audit({QStringLiteral("operator.create"),
                  QStringLiteral("operator_account"),
                  account.id,
                  {},
                  accountJson(account)});
    return account;
}

OperatorAccount AccountService::create(const Actor& actor, const NewAccount& request, const QString& password)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    const QString login = request.login.trimmed();
    if (login.isEmpty())
        throw DispatchError(tr("Enter a login name."));
    checkPassword(password, login);
    const QString hash = m_hasher.hash(password); // before the transaction: it takes a while
    OperatorAccount account;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto responder = writer.read().responder(request.responderId);
        // Field officers have accounts too: they log in to the duty page on their phones.
        if (!responder)
            throw DispatchError(tr("An account belongs to a member of staff or an officer on file."));
        if (writer.read().operatorAccountOfResponder(request.responderId))
            throw DispatchError(tr("%1 already has an operator account.").arg(responder->name));
        if (writer.read().operatorAccountByLogin(login))
            throw DispatchError(tr("The login name %1 is taken.").arg(login));
        account = insertAccount(writer, request.responderId, login, request.role, hash);
    });
    return account;
}

OperatorAccount AccountService::createFirstAdministrator(const QString& workstation,
                                                         const FirstAdministrator& admin,
                                                         const QString& password)
{
    const QString login = admin.login.trimmed();
    if (admin.name.trimmed().isEmpty() || admin.badgeNo.trimmed().isEmpty() || login.isEmpty())
        throw DispatchError(tr("Enter the administrator's name, badge number and login name."));
    checkPassword(password, login);
    const QString hash = m_hasher.hash(password);
    const Actor system{std::nullopt, QStringLiteral("first-run"), workstation};
    OperatorAccount account;
    m_context.store.transact(system, [&](storage::StoreWriter& writer) {
        if (!writer.read().operatorAccounts().empty())
            throw ForbiddenError(tr("This database already has operator accounts; log in instead."));
        std::optional<Id> responderId;
        for (const Responder& responder : writer.read().responders()) {
            if (responder.badgeNo == admin.badgeNo.trimmed())
                responderId = responder.id;
        }
        if (!responderId) {
            Responder staff;
            staff.kind = ResponderKind::Supervisor;
            staff.badgeNo = admin.badgeNo.trimmed();
            staff.name = admin.name.trimmed();
            staff.status = ResponderStatus::OffDuty;
            staff.statusSince = m_context.now();
            staff.id = writer.insertResponder(staff);
            responderId = staff.id;
            writer.audit({QStringLiteral("responder.create"),
                          QStringLiteral("responder"),
                          staff.id,
                          {},
                          toJson(staff)});
        }
        account = insertAccount(writer, *responderId, login, Role::Administrator, hash);
    });
    return account;
}

OperatorAccount AccountService::update(const Actor& actor, Id accountId, const QString& action,
                                       const std::function<void(OperatorAccount&)>& change)
{
    OperatorAccount after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const OperatorAccount before = requireAccount(writer.read(), accountId);
        after = before;
        change(after);
        requireAnotherAdministrator(writer.read(), before, after.active && after.role == Role::Administrator);
        writer.updateOperatorAccount(after);
        writer.audit(
            {action, QStringLiteral("operator_account"), after.id, accountJson(before), accountJson(after)});
    });
    return after;
}

void AccountService::changeOwnPassword(const Actor& actor, const QString& current, const QString& next)
{
    const auto own = actor.responderId ? m_context.store.read().operatorAccountOfResponder(*actor.responderId)
                                       : std::nullopt;
    if (!own || !own->active)
        throw ForbiddenError(tr("%1 has no active operator account.").arg(actor.name));
    if (!PasswordHasher::verify(own->passwordHash, current))
        throw DispatchError(tr("The current password is wrong."));
    checkPassword(next, own->login);
    const QString hash = m_hasher.hash(next);
    update(actor, own->id, QStringLiteral("operator.password"), [&](OperatorAccount& account) {
        account.passwordHash = hash;
        account.passwordChangedAt = m_context.now();
    });
}

void AccountService::resetPassword(const Actor& actor, Id accountId, const QString& password)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    const OperatorAccount account = requireAccount(m_context.store.read(), accountId);
    checkPassword(password, account.login);
    const QString hash = m_hasher.hash(password);
    update(actor, accountId, QStringLiteral("operator.password_reset"), [&](OperatorAccount& changed) {
        changed.passwordHash = hash;
        changed.passwordChangedAt = m_context.now();
        changed.failedAttempts = 0;
        changed.lockedUntil = {};
    });
}

OperatorAccount AccountService::setRole(const Actor& actor, Id accountId, Role role)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    return update(actor, accountId, QStringLiteral("operator.role"),
                  [&](OperatorAccount& account) { account.role = role; });
}

OperatorAccount AccountService::setActive(const Actor& actor, Id accountId, bool active)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    return update(actor, accountId,
                  active ? QStringLiteral("operator.activate") : QStringLiteral("operator.deactivate"),
                  [&](OperatorAccount& account) {
                      account.active = active;
                      if (active) {
                          account.failedAttempts = 0;
                          account.lockedUntil = {};
                      }
                  });
}

void AccountService::auditFailure(const QString& login, const QString& workstation, const QString& action,
                                  const QString& reason)
{
    // Nobody is logged in yet: the record names the login typed, never the password.
    const Actor unknown{std::nullopt, login, workstation};
    m_context.store.transact(unknown, [&](storage::StoreWriter& writer) {
        writer.audit({action,
                      QStringLiteral("operator_account"),
                      std::nullopt,
                      {},
                      QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("reason"), reason}}});
    });
}

LoginResult AccountService::succeed(const OperatorAccount& account, const QString& workstation,
                                    const QString& action, const QString& method)
{
    const auto responder = m_context.store.read().responder(account.responderId);
    LoginResult result;
    result.status = LoginResult::Status::Success;
    result.actor = Actor{account.responderId, responder ? responder->name : account.login, workstation};
    m_context.store.transact(result.actor, [&](storage::StoreWriter& writer) {
        const OperatorAccount before = requireAccount(writer.read(), account.id);
        OperatorAccount after = before;
        after.failedAttempts = 0;
        after.lockedUntil = {};
        if (after.failedAttempts != before.failedAttempts || after.lockedUntil != before.lockedUntil)
            writer.updateOperatorAccount(after);
        QJsonObject details = accountJson(after);
        details.insert(QStringLiteral("method"), method);
        writer.audit({action, QStringLiteral("operator_account"), after.id, {}, details});
        result.account = after;
    });
    return result;
}

LoginResult AccountService::login(const QString& loginName, const QString& password,
                                  const QString& workstation, Purpose purpose)
{
    const QString login = loginName.trimmed();
    const auto account = m_context.store.read().operatorAccountByLogin(login);
    const QDateTime now = m_context.now();
    LoginResult refused;
    if (!account) {
        auditFailure(login, workstation, loginAction(purpose, false), QStringLiteral("unknown_login"));
        return refused;
    }
    if (!account->active) {
        auditFailure(login, workstation, loginAction(purpose, false), QStringLiteral("inactive"));
        return refused;
    }
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        // Not even checked: a locked account gives a guesser nothing to learn.
        auditFailure(login, workstation, loginAction(purpose, false), QStringLiteral("locked"));
        refused.status = LoginResult::Status::Locked;
        refused.lockedUntil = account->lockedUntil;
        return refused;
    }
    if (PasswordHasher::verify(account->passwordHash, password))
        return succeed(*account, workstation, loginAction(purpose, true), QStringLiteral("password"));

    const Actor unknown{std::nullopt, login, workstation};
    m_context.store.transact(unknown, [&](storage::StoreWriter& writer) {
        // Counted on the stored row, so that two consoles guessing at once both count.
        const OperatorAccount before = requireAccount(writer.read(), account->id);
        OperatorAccount after = before;
        ++after.failedAttempts;
        if (const qint64 seconds = lockoutSeconds(after.failedAttempts); seconds > 0)
            after.lockedUntil = now.addSecs(seconds);
        writer.updateOperatorAccount(after);
        QJsonObject details = accountJson(after);
        details.insert(QStringLiteral("reason"), QStringLiteral("wrong_password"));
        writer.audit({loginAction(purpose, false), QStringLiteral("operator_account"), after.id,
                      accountJson(before), details});
        if (after.lockedUntil.isValid()) {
            refused.status = LoginResult::Status::Locked;
            refused.lockedUntil = after.lockedUntil;
        }
    });
    return refused;
}

LoginResult AccountService::loginDemoWithoutPassword(const QString& loginName, const QString& workstation)
{
    if (!isDemoDatabase(m_context.store.read()))
        throw ForbiddenError(tr("Logging in without a password works only on the demo database."));
    const auto account = m_context.store.read().operatorAccountByLogin(loginName.trimmed());
    if (!account || !account->active) {
        auditFailure(loginName.trimmed(), workstation, QStringLiteral("operator.login_failed"),
                     QStringLiteral("unknown_login"));
        return {};
    }
    return succeed(*account, workstation, QStringLiteral("operator.login"),
                   QStringLiteral("demo_no_password"));
}

void AccountService::logout(const Actor& actor)
{
    const auto account = actor.responderId
                             ? m_context.store.read().operatorAccountOfResponder(*actor.responderId)
                             : std::nullopt;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        writer.audit({QStringLiteral("operator.logout"),
                      QStringLiteral("operator_account"),
                      account ? std::optional<Id>(account->id) : std::nullopt,
                      {},
                      {}});
    });
}

} // namespace xiuhua::dispatch
