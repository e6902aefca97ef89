#pragma once

#include "storage/audit_chain_report.h"
#include "storage/sql_connection.h"

#include <QString>

#include <optional>

namespace xiuhua::storage {

// One audit_event row exactly as stored (text as written, integers as integers), in the order
// the hash covers it.
struct AuditRow
{
    qint64 seq = 0;
    QString at;
    std::optional<qint64> actorId;
    QString actorName;
    QString workstation;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    std::optional<QString> beforeJson;
    std::optional<QString> afterJson;
    QString prevHash;
};

// The newest link of the chain, what the next record is chained to.
struct AuditChainTail
{
    qint64 nextSeq = 1;
    QString lastHash; // genesisHash() for an empty log
};

// The audit log as a hash chain: every row stores the previous row's hash (prev_hash) and
// hash = SHA-256 over canonicalEncoding(row). Changing, deleting, inserting or reordering a row
// breaks a link that verify() reports. The chain has no secret: whoever can write the file can
// rebuild it from scratch, so the tail hash printed at verification and stored with each backup is
// what an inspector compares against.
class AuditChain
{
public:
    static QString genesisHash(); // 64 zeros: the prev_hash of the first record

    // "xiuhua-audit-v1\n" then each field in AuditRow order as "N:<N bytes of UTF-8>" or "-" for
    // NULL; integers in decimal. The length prefix means no value can imitate a field boundary.
    static QByteArray canonicalEncoding(const AuditRow& row);
    static QString hashOf(const AuditRow& row); // lowercase hex SHA-256

    // The stored hash of record `seq`; nullopt when there is no such record.
    static std::optional<QString> hashAt(SqlConnection& db, qint64 seq);

    // Reads the newest record once; callers appending several records keep it and advance it.
    static AuditChainTail tail(SqlConnection& db);
    // The tail from the newest record (none in an empty log) and the highest seq ever written.
    static AuditChainTail tailFrom(std::optional<qint64> newestSeq, const std::optional<QString>& newestHash,
                                   std::optional<qint64> highestSeqUsed);

    // Walks the whole log in seq order.
    static AuditChainReport verify(SqlConnection& db);
    // Checks only the newest `rows` records (and that none after them was removed): for start-up.
    static AuditChainReport verifyTail(SqlConnection& db, int rows);

    // Gives every row without a hash its link, oldest first. Only the schema migration calls it,
    // once, inside its transaction and with the append-only triggers dropped.
    static void seal(SqlConnection& db);
};

} // namespace xiuhua::storage
