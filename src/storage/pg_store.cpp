#include "storage/pg_store.h"

#include "storage/audit_chain.h"
#include "storage/pg_schema.h"
#include "storage/pg_store_link.h"
#include "storage/sql_position_writer.h"
#include "storage/sql_reader.h"
#include "storage/sql_writer.h"

#include <QCoreApplication>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace xiuhua::storage {

std::unique_ptr<PostgresStore> PostgresStore::open(const QString& conninfo)
{
    std::unique_ptr<PgConnection> db = PgConnection::connect(conninfo);
    const bool empty = migratePg(*db);
    spdlog::info("opened database {} (PostgreSQL schema {})", db->location().toStdString(),
                 readPgSchemaVersion(*db));
    std::unique_ptr<PostgresStore> store(new PostgresStore(std::move(db), conninfo));
    store->m_created = empty;
    return store;
}

PostgresStore::PostgresStore(std::unique_ptr<PgConnection> db, QString conninfo)
    : m_db(std::move(db)), m_conninfo(std::move(conninfo)), m_reader(std::make_unique<SqlReader>(*m_db))
{}

std::unique_ptr<PgConnection> PostgresStore::connectAgain() const
{
    return PgConnection::connect(m_conninfo);
}

void PostgresStore::adopt(std::unique_ptr<PgConnection> fresh)
{
    m_db->replaceWith(std::move(fresh));
    m_disconnectedSince = {};
    forgetServerClock();
    spdlog::info("connected again to {}", m_db->location().toStdString());
}

std::unique_ptr<StoreLink> PostgresStore::openLink()
{
    return std::make_unique<PgStoreLink>(*this);
}

void PostgresStore::refuseDisconnected() const
{
    const QDateTime since =
        m_disconnectedSince.isValid() ? m_disconnectedSince : QDateTime::currentDateTime();
    throw StorageError(StorageError::Kind::CannotOpen,
                       QCoreApplication::translate("Storage",
                                                   "Not connected to the database since %1: nothing was "
                                                   "saved. The console connects again by itself.")
                           .arg(QLocale().toString(since.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
                           .toStdString());
}

std::vector<core::AuditEvent> PostgresStore::resolveCommitInDoubt()
{
    if (!m_inDoubt)
        return {};
    const InDoubt doubt = *m_inDoubt;
    std::vector<core::AuditEvent> records =
        m_reader->auditEventsAfter(doubt.firstSeq - 1, static_cast<int>(doubt.lastSeq - doubt.firstSeq + 1));
    m_inDoubt.reset();
    // Committed exactly when its last record is there with its hash: another writer may since have
    // used the same seqs for records of its own.
    if (records.empty() || records.back().seq != doubt.lastSeq || records.back().hash != doubt.lastHash)
        return {};
    spdlog::warn("the commit in doubt (audit records {}..{}) did happen", doubt.firstSeq, doubt.lastSeq);
    return records;
}

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
    Statement s(*m_db, "SELECT clock_timestamp()");
    s.step();
    const QDateTime server = s.time(0);
    noteServerClock(server);
    return server;
}

void PostgresStore::noteServerClock(const QDateTime& server)
{
    m_serverClockSeen = server;
    m_serverClockSeenSince.start();
}

void PostgresStore::forgetServerClock()
{
    m_serverClockSeenSince.invalidate(); // another connection may reach another server (a fail-over)
}

QDateTime PostgresStore::clockNow()
{
    if (m_transactionTime.isValid())
        return m_transactionTime;
    // While the line is down nothing can be written anyway (transact refuses); a form checking its
    // input meanwhile gets this PC's time rather than an error.
    if (m_disconnectedSince.isValid())
        return QDateTime::currentDateTimeUtc();
    // Outside a transaction (a form's checks, the times a service fills in before its action): the
    // server's clock as last seen (each write's lock grant, or a question when that is over a minute
    // old) plus the time since on this PC's monotonic clock, so a change of the PC's own clock does
    // not move it. Behind the server's by the time the answer took to arrive (sub-millisecond on a
    // LAN), never ahead: a time taken before an action stays before the action's own records, which
    // carry the server's time from inside the transaction.
    if (m_serverClockSeenSince.isValid() && m_serverClockSeenSince.elapsed() < kServerClockReuseMs)
        return m_serverClockSeen.addMSecs(m_serverClockSeenSince.elapsed());
    return serverTime();
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
    if (m_disconnectedSince.isValid() || !m_db->isConnected())
        refuseDisconnected();
    // BEGIN, the writer lock, the server's clock and the audit chain's tail: one round trip.
    const PgConnection::AuditedWriteStart start = m_db->beginAuditedWrite();
    Transaction transaction(*m_db, Transaction::AlreadyBegun{});
    // Every record of the action carries the server's time at which its turn came; the services
    // read it through clockNow() while the transaction lasts.
    m_transactionTime = m_db->writeStartedAt();
    noteServerClock(m_transactionTime);
    SqlWriter writer(*m_db, *m_reader, actor, m_transactionTime,
                     AuditChain::tailFrom(start.newestSeq, start.newestHash, start.highestSeqUsed));
    struct Forget
    {
        QDateTime& time;
        ~Forget() { time = {}; }
    } forget{m_transactionTime};
    work(writer);
    if (writer.auditCount() == 0)
        throw StorageError(StorageError::Kind::Invalid, "refused a change without an audit record");
    try {
        transaction.commit();
    } catch (const StorageError&) {
        // A connection that broke before COMMIT rolled back on the server; one that broke while
        // waiting for COMMIT's answer may or may not have committed.
        if (!m_db->isConnected())
            m_inDoubt = InDoubt{writer.firstAuditSeq(), writer.lastAuditSeq(), writer.lastAuditHash()};
        throw;
    }
}

void PostgresStore::recordPositions(const std::function<void(PositionWriter&)>& work)
{
    // Received times are the server's clock when the writer's turn came (beginWrite).
    recordPositionsIn(
        *m_db, *m_reader, [this] { return m_db->writeStartedAt(); }, work);
}

} // namespace xiuhua::storage
