#pragma once

#include "storage/pg_connection.h"
#include "storage/store.h"

#include <QElapsedTimer>

#include <memory>

namespace xiuhua::storage {

class SqlReader;

// The shared store: one PostgreSQL database for every seat of a station. The same reader and
// writer as SqliteStore (one SQL text), with the same guarantees: one transaction per action, no
// commit without its audit record, the audit hash chain, append-only rows by triggers. Writers are
// serialised by one transaction-scoped advisory lock (PgConnection::beginWrite), and every action's
// time is the server's clock when its turn comes, so no PC's clock decides the order.
class PostgresStore final : public Store
{
public:
    // Connects with a libpq connection string or URI and sets up an empty database (schema) as a new
    // file is. Throws StorageError (CannotOpen, NotADatabase, NewerSchema) and writes nothing then.
    static std::unique_ptr<PostgresStore> open(const QString& conninfo);
    ~PostgresStore() override;

    QString location() const override;
    int schemaVersion() const override;
    const StoreReader& read() const override;
    void transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work) override;
    void recordPositions(const std::function<void(PositionWriter&)>& work) override;
    AuditChainReport verifyAuditChain() override;

    std::unique_ptr<StoreLink> openLink() override;
    std::optional<QDateTime> serverClock() override { return serverTime(); }
    QDateTime clockNow() override;

    PgConnection& connection() { return *m_db; }
    // A new connection to the same database with the same parameters (password included), for the
    // listener and for reconnecting. Safe to call from another thread: it touches no shared state.
    std::unique_ptr<PgConnection> connectAgain() const;
    // Continues on `fresh` (from connectAgain) after the connection was lost.
    void adopt(std::unique_ptr<PgConnection> fresh);
    // Blocks until connected again, or throws StorageError(CannotOpen).
    void reconnect() { adopt(connectAgain()); }
    // Set by the console's StoreLink while the connection is down: writes are refused at once with
    // a message saying since when, instead of each waiting for the network to fail.
    void setDisconnectedSince(const QDateTime& since)
    {
        m_disconnectedSince = since;
        forgetServerClock();
    }
    QDateTime disconnectedSince() const { return m_disconnectedSince; }
    // When the connection broke during a COMMIT the outcome is unknown until the server can be asked.
    // After reconnecting: the audit records of that transaction if it did commit (empty if it did
    // not, or none was in doubt); asks once.
    std::vector<core::AuditEvent> resolveCommitInDoubt();
    bool hasCommitInDoubt() const { return m_inDoubt.has_value(); }
    // Whether open() found the database empty and set it up.
    bool wasCreated() const { return m_created; }
    // The server's clock (for comparing a console's own clock with it).
    QDateTime serverTime();

private:
    PostgresStore(std::unique_ptr<PgConnection> db, QString conninfo);
    [[noreturn]] void refuseDisconnected() const;
    // Remembers the server's clock as just read, for clockNow outside a transaction.
    void noteServerClock(const QDateTime& server);
    void forgetServerClock();
    static constexpr qint64 kServerClockReuseMs = 60'000;

    struct InDoubt
    {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        QString lastHash;
    };

    std::unique_ptr<PgConnection> m_db;
    QString m_conninfo;
    QDateTime m_disconnectedSince;
    QDateTime m_transactionTime;          // valid while transact runs
    QDateTime m_serverClockSeen;          // the server's clock at the last contact
    QElapsedTimer m_serverClockSeenSince; // monotonic, since then
    std::optional<InDoubt> m_inDoubt;
    std::unique_ptr<SqlReader> m_reader;
    bool m_created = false;
};

} // namespace xiuhua::storage
