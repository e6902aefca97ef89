#pragma once

#include "storage/sql_connection.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace xiuhua::storage {

// A libpq connection behind SqlConnection. The session runs in UTC with ISO dates, so times read
// back as the same text SQLite stores; parameters are sent typed (PostgreSQL cannot infer
// "$1 IS NULL OR at >= $1"), values as text except blobs.
class PgConnection final : public SqlConnection
{
public:
    // `conninfo` is a libpq connection string or URI; the password comes from libpq (~/.pgpass,
    // the service file, PGPASSWORD), never from Xiuhua. Throws StorageError(CannotOpen).
    static std::unique_ptr<PgConnection> connect(const QString& conninfo);
    ~PgConnection() override;

    pg_conn* handle() const { return m_conn.get(); }
    // Whether libpq still holds the connection as good. It learns of a server that went away only
    // when it next reads or writes the socket: a false "true" is possible, a false "false" is not.
    bool isConnected() const;
    // Takes over `fresh`'s server connection (the same database, connected again after a loss), so
    // statements, readers and writers built on this object keep working.
    void replaceWith(std::unique_ptr<PgConnection> fresh);

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    QString location() const override { return m_location; }
    std::unique_ptr<StatementBackend> prepare(const char* sql) override;
    void execute(const char* sql) override;
    int changes() const override { return m_changes; }
    // BEGIN, then the transaction-scoped writer lock (see writerLockKey()), in one round trip.
    void beginWrite() override;
    // Sends the deferred statements, the announcements and COMMIT in one round trip.
    void commit() override;
    void rollback() noexcept override;
    void announceOnCommit(const char* channel, const QString& payload) override;

    // beginWrite for an audited action, which also reads the audit chain's tail once the lock is
    // granted: the same round trip. Only on a database with the schema.
    struct AuditedWriteStart
    {
        std::optional<qint64> newestSeq;      // the newest audit record, none in an empty log
        std::optional<QString> newestHash;    // its hash
        std::optional<qint64> highestSeqUsed; // audit_head: the highest seq ever written
    };
    AuditedWriteStart beginAuditedWrite();

    // The server's clock when this write transaction was granted the writer lock.
    QDateTime writeStartedAt() const { return m_writeStartedAt; }

    void setChanges(int changes) { m_changes = changes; }
    // The name of the server-side prepared statement for this text and these parameter types (OIDs),
    // prepared on first use: PostgreSQL then parses and plans each statement once per connection, not
    // on every execution (the parser was the largest part of an audited action's server time). Empty
    // when the connection already keeps kMaxPrepared of them: the rest run unprepared.
    QByteArray preparedName(const QByteArray& sql, const std::vector<unsigned int>& types);
    // After an error that may mean the server's statements are gone or stale (DISCARD, a schema
    // change under a cached plan): prepare afresh, under new names.
    void forgetPrepared() { m_prepared.clear(); }
    static constexpr int kMaxPrepared = 512;
    // A statement whose result nobody reads (Statement::runDeferred): sent with the next statement's
    // round trip or the commit's instead of its own; its error is thrown there. `name` is prepared.
    void defer(const QByteArray& name, std::vector<QByteArray> values, std::vector<bool> nulls,
               std::vector<int> formats);
    // Sends the deferred statements and waits for them (before any other statement runs).
    void flushDeferred();
    // Throws the StorageError for a failed result (and clears it).
    [[noreturn]] void fail(void* result, const char* what) const;

    // One advisory lock that every write transaction takes first: writers on a PostgreSQL database
    // run one after another, as on SQLite, so the audit chain's tail, the day's next incident
    // number and a responder's status are read and changed by one writer at a time.
    static constexpr qint64 writerLockKey = 0x78697568756121; // "xiuhua!"

    // The conninfo as given with any password removed, for messages and logs.
    static QString redacted(const QString& conninfo);

private:
    struct Closer
    {
        void operator()(pg_conn* conn) const;
    };
    PgConnection(pg_conn* conn, QString location);

    struct ResultCloser
    {
        void operator()(pg_result* result) const;
    };
    struct Deferred
    {
        QByteArray name;
        std::vector<QByteArray> values;
        std::vector<bool> nulls;
        std::vector<int> formats;
    };
    struct PipelineOutcome
    {
        std::unique_ptr<pg_result, ResultCloser> firstError; // the first query that failed
        std::unique_ptr<pg_result, ResultCloser> last;       // the last successful query's answer
        bool lost = false;                                   // the connection broke before the pipeline's end
    };
    using Answer = std::unique_ptr<pg_result, ResultCloser>;
    // BEGIN, the writer lock and then `select` (one row, clock_timestamp() first); its answer.
    Answer beginWithLock(const char* select);
    // In pipeline mode: queues one query, the prepared statement `name`, or `sql` unprepared when
    // `name` is empty; false when the connection refused it.
    bool sendQuery(const QByteArray& name, const char* sql, int count, const unsigned int* types,
                   const char* const* values, const int* lengths, const int* formats);
    // In pipeline mode: queues the deferred statements; false when the connection refused them.
    bool sendDeferred();
    // Ends the pipeline being sent (the sync); when it cannot (`sent` false or the sync fails),
    // closes a session still open (abandon) and returns false.
    bool finishSending(bool sent);
    // Reads the answers up to the sync that ends the pipeline and leaves pipeline mode. A session it
    // cannot bring back in step with the server is closed (abandon): the server then rolls back and
    // releases the writer lock, and the store connects again as after any lost connection.
    PipelineOutcome awaitPipeline();
    void abandon() noexcept;

    std::unique_ptr<pg_conn, Closer> m_conn;
    QString m_location;
    int m_changes = 0;
    QDateTime m_writeStartedAt;
    std::vector<std::pair<QByteArray, QByteArray>> m_announcements; // channel, payload
    std::vector<Deferred> m_deferred;
    QHash<QByteArray, QByteArray> m_prepared; // text + parameter types -> statement name
    quint64 m_preparedCount = 0;              // names are never reused on one connection
};

// SQLite's ?N / ? placeholders as PostgreSQL's $N (a bare ? takes the next number), outside quotes.
QByteArray toPostgresPlaceholders(const char* sql);

// PostgreSQL's ISO timestamptz text in UTC ("2026-11-26 08:00:00.123+00") as storage time.
QDateTime fromPostgresTime(const QByteArray& text);

} // namespace xiuhua::storage
