#include "storage/audit_chain.h"

#include <QCryptographicHash>

#include <vector>

namespace xiuhua::storage {
namespace {

constexpr char selectRows[] =
    "SELECT seq, at, actor_id, actor_name, workstation, action, entity, entity_id, before_json, "
    "after_json, prev_hash, hash FROM audit_event WHERE seq > ?1 ORDER BY seq LIMIT ?2";
constexpr int batchSize = 2000;

void appendField(QByteArray& out, const std::optional<QByteArray>& value)
{
    if (!value) {
        out.append('-');
        return;
    }
    out.append(QByteArray::number(value->size())).append(':').append(*value);
}

std::optional<QByteArray> field(const QString& text)
{
    return text.toUtf8();
}

std::optional<QByteArray> field(const std::optional<QString>& text)
{
    return text ? std::optional<QByteArray>(text->toUtf8()) : std::nullopt;
}

std::optional<QByteArray> field(const std::optional<qint64>& number)
{
    return number ? std::optional<QByteArray>(QByteArray::number(*number)) : std::nullopt;
}

std::optional<QString> optionalText(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<QString>(s.text(column));
}

struct StoredRow
{
    AuditRow row;
    std::optional<QString> hash;
    bool prevHashNull = false;
};

// One batch of rows after `afterSeq`, oldest first.
std::vector<StoredRow> readBatch(SqlConnection& db, qint64 afterSeq)
{
    Statement s(db, selectRows);
    s.bind(1, afterSeq).bind(2, batchSize);
    std::vector<StoredRow> rows;
    while (s.step()) {
        StoredRow stored;
        AuditRow& r = stored.row;
        r.seq = s.int64(0);
        r.at = s.text(1);
        r.actorId = s.optionalInt64(2);
        r.actorName = s.text(3);
        r.workstation = s.text(4);
        r.action = s.text(5);
        r.entity = s.text(6);
        r.entityId = s.optionalInt64(7);
        r.beforeJson = optionalText(s, 8);
        r.afterJson = optionalText(s, 9);
        stored.prevHashNull = s.isNull(10);
        r.prevHash = s.text(10);
        stored.hash = optionalText(s, 11);
        rows.push_back(std::move(stored));
    }
    return rows;
}

std::optional<qint64> highestSeqEverUsed(SqlConnection& db)
{
    // SQLite's AUTOINCREMENT remembers the highest seq in sqlite_sequence; PostgreSQL's schema keeps
    // it in the row audit_head, advanced by a trigger on every insert.
    Statement s(db, db.dialect() == SqlDialect::Sqlite
                        ? "SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'"
                        : "SELECT seq FROM audit_head");
    return s.step() ? s.optionalInt64(0) : std::nullopt;
}

QString missingRecords(qint64 first, qint64 last)
{
    if (first >= last)
        return QStringLiteral("audit record %1 is missing: it was deleted").arg(first);
    return QStringLiteral("audit records %1 to %2 are missing: they were deleted").arg(first).arg(last);
}

AuditChainReport broken(qint64 checked, qint64 seq, const QString& reason)
{
    AuditChainReport report;
    report.ok = false;
    report.rowsChecked = checked;
    report.firstBrokenSeq = seq;
    report.reason = reason;
    return report;
}

// Walks the rows after `afterSeq`, expecting the first to be `expectedSeq` and linked to
// `expectedPrev`, then checks that no newer record was removed.
AuditChainReport walk(SqlConnection& db, qint64 afterSeq, qint64 expectedSeq, QString expectedPrev)
{
    AuditChainReport report;
    for (std::vector<StoredRow> batch = readBatch(db, afterSeq); !batch.empty();
         batch = readBatch(db, afterSeq)) {
        for (const StoredRow& stored : batch) {
            const AuditRow& row = stored.row;
            if (row.seq != expectedSeq)
                return broken(report.rowsChecked, expectedSeq, missingRecords(expectedSeq, row.seq - 1));
            if (!stored.hash || stored.prevHashNull)
                return broken(report.rowsChecked, row.seq,
                              QStringLiteral("audit record %1 has no hash: it was written outside Xiuhua")
                                  .arg(row.seq));
            if (AuditChain::hashOf(row) != *stored.hash)
                return broken(report.rowsChecked, row.seq,
                              QStringLiteral("audit record %1 was changed after it was written (its hash "
                                             "does not match its content)")
                                  .arg(row.seq));
            if (row.prevHash != expectedPrev)
                return broken(report.rowsChecked, row.seq,
                              QStringLiteral("audit record %1 does not follow record %2: a record was "
                                             "inserted, removed or moved here")
                                  .arg(row.seq)
                                  .arg(row.seq - 1));
            expectedPrev = *stored.hash;
            ++expectedSeq;
            ++report.rowsChecked;
            afterSeq = row.seq;
        }
    }
    const std::optional<qint64> highest = highestSeqEverUsed(db);
    if (highest && *highest >= expectedSeq)
        return broken(report.rowsChecked, expectedSeq,
                      QStringLiteral("the newest audit records (%1 to %2) were deleted")
                          .arg(expectedSeq)
                          .arg(*highest));
    return report;
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonicalEncoding(const AuditRow& row)
{
    QByteArray out("xiuhua-audit-v1\n");
    appendField(out, field(std::optional<qint64>(row.seq)));
    appendField(out, field(row.at));
    appendField(out, field(row.actorId));
    appendField(out, field(row.actorName));
    appendField(out, field(row.workstation));
    appendField(out, field(row.action));
    appendField(out, field(row.entity));
    appendField(out, field(row.entityId));
    appendField(out, field(row.beforeJson));
    appendField(out, field(row.afterJson));
    appendField(out, field(row.prevHash));
    return out;
}

QString AuditChain::hashOf(const AuditRow& row)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalEncoding(row), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> AuditChain::hashAt(SqlConnection& db, qint64 seq)
{
    Statement s(db, "SELECT hash FROM audit_event WHERE seq = ?");
    s.bind(1, seq);
    if (!s.step())
        return std::nullopt;
    return s.isNull(0) ? QString() : s.text(0);
}

AuditChainTail AuditChain::tail(SqlConnection& db)
{
    Statement s(db, "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
    std::optional<qint64> newestSeq;
    std::optional<QString> newestHash;
    if (s.step()) {
        newestSeq = s.int64(0);
        newestHash = optionalText(s, 1);
    }
    return tailFrom(newestSeq, newestHash, highestSeqEverUsed(db));
}

AuditChainTail AuditChain::tailFrom(std::optional<qint64> newestSeq, const std::optional<QString>& newestHash,
                                    std::optional<qint64> highestSeqUsed)
{
    AuditChainTail tail;
    tail.lastHash = newestHash.value_or(genesisHash());
    if (newestSeq)
        tail.nextSeq = *newestSeq + 1;
    // After deleted newest records, AUTOINCREMENT would not reuse their numbers; neither do we, so the
    // gap stays visible to verify().
    if (highestSeqUsed)
        tail.nextSeq = std::max(tail.nextSeq, *highestSeqUsed + 1);
    return tail;
}

AuditChainReport AuditChain::verify(SqlConnection& db)
{
    return walk(db, 0, 1, genesisHash());
}

AuditChainReport AuditChain::verifyTail(SqlConnection& db, int rows)
{
    Statement start(db, "SELECT seq, prev_hash FROM audit_event ORDER BY seq DESC LIMIT 1 OFFSET ?1");
    start.bind(1, std::max(0, rows - 1));
    if (!start.step())
        return verify(db); // fewer records than asked for: check them all
    const qint64 first = start.int64(0);
    // The oldest checked record's own link cannot be checked without the one before it; trust it.
    return walk(db, first - 1, first, start.text(1));
}

void AuditChain::seal(SqlConnection& db)
{
    Statement update(db, "UPDATE audit_event SET prev_hash = ?2, hash = ?3 WHERE seq = ?1");
    QString prev = genesisHash();
    qint64 afterSeq = 0;
    for (std::vector<StoredRow> batch = readBatch(db, afterSeq); !batch.empty();
         batch = readBatch(db, afterSeq)) {
        for (StoredRow& stored : batch) {
            afterSeq = stored.row.seq;
            if (stored.hash) {
                prev = *stored.hash;
                continue;
            }
            stored.row.prevHash = prev;
            prev = hashOf(stored.row);
            update.reset();
            update.bind(1, stored.row.seq).bind(2, stored.row.prevHash).bind(3, prev);
            update.run();
        }
    }
}

} // namespace xiuhua::storage
