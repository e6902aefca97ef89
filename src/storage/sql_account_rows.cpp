// The operator_account rows of SqlReader and SqlWriter, kept apart from the other tables'
// rows so that the account work and the audit-chain work do not edit the same file.
#include "storage/sql_reader.h"
#include "storage/sql_writer.h"

namespace xiuhua::storage {

using namespace xiuhua::core;

namespace {

#define ACCOUNT_COLUMNS                                                                                      \
    "id, responder_id, login, role, password_hash, active, failed_attempts, locked_until, created_at, "      \
    "password_changed_at"

OperatorAccount accountRow(const Statement& r)
{
    OperatorAccount a;
    a.id = r.int64(0);
    a.responderId = r.int64(1);
    a.login = r.text(2);
    const auto role = fromCode<Role>(r.text(3));
    if (!role)
        throw StorageError(StorageError::Kind::Corrupt,
                           "unknown operator role in database: " + r.text(3).toStdString());
    a.role = *role;
    a.passwordHash = r.text(4);
    a.active = r.integer(5) != 0;
    a.failedAttempts = r.integer(6);
    a.lockedUntil = r.time(7);
    a.createdAt = r.time(8);
    a.passwordChangedAt = r.time(9);
    return a;
}

std::optional<OperatorAccount> firstAccount(Statement& s)
{
    if (s.step())
        return accountRow(s);
    return std::nullopt;
}

Statement& bindAccount(Statement& s, const OperatorAccount& a)
{
    s.bind(1, a.id).bind(2, a.responderId).bind(3, a.login).bind(4, toCode(a.role));
    s.bind(5, a.passwordHash).bind(6, a.active ? 1 : 0).bind(7, a.failedAttempts).bind(8, a.lockedUntil);
    return s.bind(9, a.createdAt).bind(10, a.passwordChangedAt);
}

} // namespace

std::vector<OperatorAccount> SqlReader::operatorAccounts() const
{
    Statement s(m_db, "SELECT " ACCOUNT_COLUMNS " FROM operator_account ORDER BY login");
    std::vector<OperatorAccount> accounts;
    while (s.step())
        accounts.push_back(accountRow(s));
    return accounts;
}

std::optional<OperatorAccount> SqlReader::operatorAccount(Id id) const
{
    Statement s(m_db, "SELECT " ACCOUNT_COLUMNS " FROM operator_account WHERE id = ?");
    s.bind(1, id);
    return firstAccount(s);
}

std::optional<OperatorAccount> SqlReader::operatorAccountByLogin(const QString& login) const
{
    Statement s(m_db, "SELECT " ACCOUNT_COLUMNS " FROM operator_account WHERE login = ?");
    s.bind(1, login);
    return firstAccount(s);
}

std::optional<OperatorAccount> SqlReader::operatorAccountOfResponder(Id responderId) const
{
    Statement s(m_db, "SELECT " ACCOUNT_COLUMNS " FROM operator_account WHERE responder_id = ?");
    s.bind(1, responderId);
    return firstAccount(s);
}

Id SqlWriter::insertOperatorAccount(const OperatorAccount& account)
{
    Statement s(m_db, "INSERT INTO operator_account (" ACCOUNT_COLUMNS ") "
                      "VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    bindAccount(s, account);
    return insert(s);
}

void SqlWriter::updateOperatorAccount(const OperatorAccount& account)
{
    Statement s(m_db, "UPDATE operator_account SET responder_id = ?2, login = ?3, role = ?4, "
                      "password_hash = ?5, active = ?6, failed_attempts = ?7, locked_until = ?8, "
                      "created_at = ?9, password_changed_at = ?10 WHERE id = ?1");
    bindAccount(s, account);
    s.run();
    requireOneRow("operator account", account.id);
}

#undef ACCOUNT_COLUMNS

} // namespace xiuhua::storage
