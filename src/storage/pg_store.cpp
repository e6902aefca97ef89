#include "storage/pg_store.h"

#include "storage/audit_chain.h"
#include "storage/pg_schema.h"
#include "storage/sql_position_writer.h"
#include "storage/sql_reader.h"
#include "storage/sql_writer.h"

#include <spdlog/spdlog.h>

namespace xiuhua::storage {

std::unique_ptr<PostgresStore> PostgresStore::open(const QString& conninfo)
{
    std::unique_ptr<PgConnection> db = PgConnection::connect(conninfo);
    const bool empty = migratePg(*db);
    spdlog::info("opened database {} (PostgreSQL schema {})", db->location().toStdString(),
                 readPgSchemaVersion(*db));
    std::unique_ptr<PostgresStore> store(new PostgresStore(std::move(db)));
    store->m_created = empty;
    return store;
}

PostgresStore::PostgresStore(std::unique_ptr<PgConnection> db)
    : m_db(std::move(db)), m_reader(std::make_unique<SqlReader>(*m_db))
{}

PostgresStore::~PostgresStore() = default;

QString PostgresStore::location() const
{
    return m_db->location();
}

int PostgresStore::schemaVersion() const
{
    return readPgSchemaVersion(*m_db);
}

const StoreReader& PostgresStore::read() const
{
    return *m_reader;
}

QDateTime PostgresStore::serverTime()
{
    // Not now(), the transaction's start: in transact that is before the writer lock was granted, and a
    // writer that waited would stamp an earlier time than the one before it. This statement runs after
    // the lock, so times follow the audit order.
    Statement s(*m_db, "SELECT statement_timestamp()");
    s.step();
    return s.time(0);
}

AuditChainReport PostgresStore::verifyAuditChain()
{
    // One snapshot for the whole walk, so records appended meanwhile by other seats cannot look like
    // a gap at the end.
    m_db->execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
        AuditChainReport report = AuditChain::verify(*m_db);
        if (report.ok) {
            if (const auto newest = read().auditEvents({}, std::nullopt, 1); !newest.empty()) {
                report.newestSeq = newest.front().seq;
                report.newestHash = newest.front().hash;
            }
        }
        m_db->execute("COMMIT");
        return report;
    } catch (...) {
        m_db->rollback();
        throw;
    }
}

void PostgresStore::transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work)
{
    Transaction transaction(*m_db);
    // Every record of the action carries the server's time at which its turn came (beginWrite).
    SqlWriter writer(*m_db, *m_reader, actor, m_db->writeStartedAt());
    work(writer);
    if (writer.auditCount() == 0)
        throw StorageError(StorageError::Kind::Invalid, "refused a change without an audit record");
    transaction.commit();
}

void PostgresStore::recordPositions(const std::function<void(PositionWriter&)>& work)
{
    recordPositionsIn(
        *m_db, *m_reader, [this] { return serverTime(); }, work);
}

} // namespace xiuhua::storage
