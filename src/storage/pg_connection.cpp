#include "storage/pg_connection.h"

#include <QRegularExpression>

#include <libpq-fe.h>
#include <vector>

namespace xiuhua::storage {
namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.dat); stable across versions.
constexpr Oid int8Oid = 20;
constexpr Oid textOid = 25;
constexpr Oid float8Oid = 701;
constexpr Oid byteaOid = 17;
constexpr Oid timestamptzOid = 1184;

Oid oidFor(SqlType type)
{
    switch (type) {
    case SqlType::Integer:
        return int8Oid;
    case SqlType::Real:
        return float8Oid;
    case SqlType::Text:
        return textOid;
    case SqlType::Blob:
        return byteaOid;
    case SqlType::Time:
        return timestamptzOid;
    case SqlType::Unknown:
        break;
    }
    return 0;
}

StorageError::Kind kindForState(const QByteArray& state)
{
    if (state.startsWith("23") || state == "P0001")
        return StorageError::Kind::Constraint; // integrity violations and our triggers' RAISE
    if (state == "40001" || state == "40P01" || state == "55P03")
        return StorageError::Kind::Busy;
    if (state == "42501" || state == "25006")
        return StorageError::Kind::ReadOnly; // no privilege, or a read-only (standby) server
    if (state.startsWith("08") || state.startsWith("57"))
        return StorageError::Kind::CannotOpen; // connection lost, server shutting down
    return StorageError::Kind::Sql;
}

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PgStatement final : public StatementBackend
{
public:
    PgStatement(PgConnection& db, const char* sql) : m_db(db), m_sql(toPostgresPlaceholders(sql)) {}

    void bindInteger(int index, qint64 value) override { set(index, int8Oid, QByteArray::number(value)); }
    void bindReal(int index, double value) override
    {
        set(index, float8Oid, QByteArray::number(value, 'g', 17));
    }
    void bindText(int index, const QString& value) override { set(index, textOid, value.toUtf8()); }
    void bindBlob(int index, const QByteArray& value) override
    {
        set(index, byteaOid, value.isNull() ? QByteArray("") : value, 1);
    }
    void bindTime(int index, const QDateTime& value) override
    {
        set(index, timestamptzOid, toStorageTime(value).toUtf8());
    }
    void bindNull(int index, SqlType type) override { set(index, oidFor(type), {}, 0, true); }

    bool step() override
    {
        if (!m_result)
            execute();
        else
            ++m_row;
        return m_row < PQntuples(m_result.get());
    }
    void reset() override
    {
        m_result.reset();
        m_row = 0;
        m_params.clear();
    }

    bool isNull(int column) const override { return PQgetisnull(m_result.get(), m_row, column) == 1; }
    qint64 int64(int column) const override { return raw(column).toLongLong(); }
    double real(int column) const override { return raw(column).toDouble(); }
    QString text(int column) const override
    {
        if (isNull(column))
            return {};
        if (PQftype(m_result.get(), column) == timestamptzOid)
            return toStorageTime(fromPostgresTime(raw(column)));
        return QString::fromUtf8(raw(column));
    }
    QByteArray blob(int column) const override
    {
        if (isNull(column))
            return {};
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(
            reinterpret_cast<const unsigned char*>(PQgetvalue(m_result.get(), m_row, column)), &size);
        QByteArray out(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(size));
        PQfreemem(bytes);
        return out;
    }

private:
    struct Param
    {
        Oid type = 0;
        QByteArray value;
        int format = 0;
        bool null = true;
    };

    void set(int index, Oid type, QByteArray value, int format = 0, bool null = false)
    {
        if (index < 1)
            throw StorageError(StorageError::Kind::Invalid, "bind index must be 1 or more");
        if (m_params.size() < static_cast<std::size_t>(index))
            m_params.resize(static_cast<std::size_t>(index));
        m_params[static_cast<std::size_t>(index - 1)] = Param{type, std::move(value), format, null};
    }

    QByteArray raw(int column) const
    {
        return QByteArray(PQgetvalue(m_result.get(), m_row, column),
                          PQgetlength(m_result.get(), m_row, column));
    }

    void runDeferred() override
    {
        std::vector<Oid> types;
        std::vector<QByteArray> values;
        std::vector<bool> nulls;
        std::vector<int> formats;
        for (const Param& p : m_params) {
            types.push_back(p.type);
            values.push_back(p.value);
            nulls.push_back(p.null);
            formats.push_back(p.format);
        }
        const QByteArray name = m_db.preparedName(m_sql, types);
        if (name.isEmpty()) { // no room for another prepared statement: run it now
            step();
            return;
        }
        m_db.defer(name, std::move(values), std::move(nulls), std::move(formats));
    }

    void execute()
    {
        m_db.flushDeferred();
        std::vector<Oid> types;
        std::vector<const char*> values;
        std::vector<int> lengths;
        std::vector<int> formats;
        for (const Param& p : m_params) {
            types.push_back(p.type);
            values.push_back(p.null ? nullptr : p.value.constData());
            lengths.push_back(static_cast<int>(p.value.size()));
            formats.push_back(p.format);
        }
        const QByteArray name = m_db.preparedName(m_sql, types);
        if (name.isEmpty())
            m_result.reset(PQexecParams(m_db.handle(), m_sql.constData(), static_cast<int>(m_params.size()),
                                        types.data(), values.data(), lengths.data(), formats.data(), 0));
        else
            m_result.reset(PQexecPrepared(m_db.handle(), name.constData(), static_cast<int>(m_params.size()),
                                          values.data(), lengths.data(), formats.data(), 0));
        const ExecStatusType status = PQresultStatus(m_result.get());
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const char* state = PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE);
            // 26000: no such prepared statement (a DISCARD ALL); 0A000: a cached plan whose result
            // type a schema change altered. The next execution prepares again.
            if (state && (qstrcmp(state, "26000") == 0 || qstrcmp(state, "0A000") == 0))
                m_db.forgetPrepared();
            m_db.fail(m_result.release(), "statement failed");
        }
        m_row = 0;
        const char* affected = PQcmdTuples(m_result.get());
        if (affected && *affected)
            m_db.setChanges(QByteArray(affected).toInt());
    }

    PgConnection& m_db;
    QByteArray m_sql;
    std::vector<Param> m_params;
    Result m_result;
    int m_row = 0;
};

} // namespace

void PgConnection::Closer::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

void PgConnection::ResultCloser::operator()(pg_result* result) const
{
    PQclear(result);
}

PgConnection::PgConnection(pg_conn* conn, QString location) : m_conn(conn), m_location(std::move(location)) {}

PgConnection::~PgConnection() = default;

QString PgConnection::redacted(const QString& conninfo)
{
    QString text = conninfo;
    // URI form: postgresql://user:secret@host → postgresql://user@host
    text.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@")),
                 QStringLiteral("\\1@"));
    text.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)")),
                 QStringLiteral("password=***"));
    return text;
}

std::unique_ptr<PgConnection> PgConnection::connect(const QString& conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    // Defaults the connection string may override (it is expanded after them): a connect that
    // cannot reach the server gives up after 10 s instead of never, and a pulled cable fails a
    // statement after 10 s of unacknowledged data (tcp_user_timeout) instead of TCP's 15 minutes,
    // so the console notices a lost connection and can say so.
    const char* keys[] = {"connect_timeout",  "keepalives_idle",  "keepalives_interval",
                          "keepalives_count", "tcp_user_timeout", "dbname",
                          "application_name", "client_encoding",  nullptr};
    const char* values[] = {"10", "10", "3", "3", "10000", info.constData(), "xiuhua", "UTF8", nullptr};
    // expand_dbname = 1: dbname is the whole connection string or URI; its values win over the ones
    // before it, the ones after it (the encoding every text relies on) win over it.
    pg_conn* raw = PQconnectdbParams(keys, values, 1);
    std::unique_ptr<PgConnection> db(new PgConnection(raw, redacted(conninfo)));
    if (!raw || PQstatus(raw) != CONNECTION_OK) {
        QString detail =
            raw ? QString::fromUtf8(PQerrorMessage(raw)).trimmed() : QStringLiteral("out of memory");
        if (detail.contains(QLatin1String("certificate verify failed")))
            detail +=
                QStringLiteral(" (the server's certificate is not signed by the CA in sslrootcert, or has "
                               "expired: this may not be the station's server)");
        const bool needsPassword = raw && PQconnectionNeedsPassword(raw);
        throw StorageError(needsPassword ? StorageError::Kind::NeedsPassword : StorageError::Kind::CannotOpen,
                           "cannot connect to the PostgreSQL database " + db->m_location.toStdString() +
                               ": " + detail.toStdString());
    }
    db->execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3; "
                "SET client_min_messages = warning");
    return db;
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

void PgConnection::replaceWith(std::unique_ptr<PgConnection> fresh)
{
    m_conn = std::move(fresh->m_conn);
    m_changes = 0;
    m_prepared.clear(); // a new session has none of the old one's statements
    m_deferred.clear();
    m_announcements.clear();
}

QByteArray PgConnection::preparedName(const QByteArray& sql, const std::vector<unsigned int>& types)
{
    QByteArray key = sql;
    key.append('\0');
    for (const unsigned int type : types)
        key.append(QByteArray::number(type)).append(',');
    if (const auto it = m_prepared.constFind(key); it != m_prepared.constEnd())
        return *it;
    if (m_prepared.size() >= kMaxPrepared)
        return {};
    const QByteArray name = "xiuhua_" + QByteArray::number(++m_preparedCount);
    const std::vector<Oid> oids(types.begin(), types.end());
    PGresult* result = PQprepare(m_conn.get(), name.constData(), sql.constData(),
                                 static_cast<int>(oids.size()), oids.data());
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, "statement failed");
    PQclear(result);
    m_prepared.insert(key, name);
    return name;
}

std::unique_ptr<StatementBackend> PgConnection::prepare(const char* sql)
{
    return std::make_unique<PgStatement>(*this, sql);
}

void PgConnection::execute(const char* sql)
{
    flushDeferred();
    PGresult* result = PQexec(m_conn.get(), sql);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, "statement failed");
    PQclear(result);
}

PgConnection::Answer PgConnection::beginWithLock(const char* select)
{
    // BEGIN, the writer lock, and `select` once the lock is granted (a statement of its own, so its
    // snapshot is taken after the wait: it sees every writer that went before), in one round trip of
    // prepared statements. Its clock_timestamp() is when the turn came, not when the message arrived.
    m_announcements.clear();
    m_deferred.clear();
    static constexpr char lockSql[] = "SELECT pg_advisory_xact_lock($1)";
    const Oid lockTypes[] = {int8Oid};
    const QByteArray lock = preparedName(lockSql, {int8Oid});
    const QByteArray after = preparedName(select, {});
    pg_conn* conn = m_conn.get();
    const QByteArray key = QByteArray::number(writerLockKey);
    const char* lockValues[] = {key.constData()};
    const bool sent = PQenterPipelineMode(conn) == 1 &&
                      PQsendQueryParams(conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 &&
                      sendQuery(lock, lockSql, 1, lockTypes, lockValues, nullptr, nullptr) &&
                      sendQuery(after, select, 0, nullptr, nullptr, nullptr, nullptr);
    if (!finishSending(sent))
        fail(nullptr, "cannot start a write transaction");
    PipelineOutcome outcome = awaitPipeline();
    if (outcome.lost || !m_conn || outcome.firstError)
        fail(outcome.firstError.release(), "cannot start a write transaction");
    if (!outcome.last || PQntuples(outcome.last.get()) != 1) {
        PQclear(PQexec(conn, "ROLLBACK")); // BEGIN went through
        throw StorageError(StorageError::Kind::Sql,
                           "cannot start a write transaction: the clock and the audit "
                           "chain's tail were not read (" +
                               m_location.toStdString() + ")");
    }
    m_writeStartedAt = fromPostgresTime(QByteArray(PQgetvalue(outcome.last.get(), 0, 0)));
    return std::move(outcome.last);
}

void PgConnection::beginWrite()
{
    beginWithLock("SELECT clock_timestamp()");
}

PgConnection::AuditedWriteStart PgConnection::beginAuditedWrite()
{
    const Answer answer = beginWithLock(
        "SELECT clock_timestamp(), newest.seq, newest.hash, head.seq FROM (SELECT 1) AS one "
        "LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS newest "
        "ON true LEFT JOIN audit_head AS head ON true");
    pg_result* row = answer.get();
    const auto number = [row](int column) {
        return PQgetisnull(row, 0, column)
                   ? std::nullopt
                   : std::optional<qint64>(QByteArray(PQgetvalue(row, 0, column)).toLongLong());
    };
    AuditedWriteStart start;
    start.newestSeq = number(1);
    if (!PQgetisnull(row, 0, 2))
        start.newestHash = QString::fromUtf8(PQgetvalue(row, 0, 2));
    start.highestSeqUsed = number(3);
    return start;
}

void PgConnection::announceOnCommit(const char* channel, const QString& payload)
{
    m_announcements.emplace_back(QByteArray(channel), payload.toUtf8());
}

void PgConnection::defer(const QByteArray& name, std::vector<QByteArray> values, std::vector<bool> nulls,
                         std::vector<int> formats)
{
    m_deferred.push_back(Deferred{name, std::move(values), std::move(nulls), std::move(formats)});
}

bool PgConnection::sendQuery(const QByteArray& name, const char* sql, int count, const unsigned int* types,
                             const char* const* values, const int* lengths, const int* formats)
{
    // `sql` unnamed when the connection keeps no more prepared statements (kMaxPrepared).
    return (name.isEmpty() ? PQsendQueryParams(m_conn.get(), sql, count, types, values, lengths, formats, 0)
                           : PQsendQueryPrepared(m_conn.get(), name.constData(), count, values, lengths,
                                                 formats, 0)) == 1;
}

bool PgConnection::sendDeferred()
{
    for (const Deferred& d : m_deferred) {
        std::vector<const char*> values;
        std::vector<int> lengths;
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            values.push_back(d.nulls[i] ? nullptr : d.values[i].constData());
            lengths.push_back(static_cast<int>(d.values[i].size()));
        }
        if (!sendQuery(d.name, nullptr, static_cast<int>(values.size()), nullptr, values.data(),
                       lengths.data(), d.formats.data()))
            return false;
    }
    return true;
}

PgConnection::PipelineOutcome PgConnection::awaitPipeline()
{
    // Every query's result (then the NULL that ends it) up to the sync that ends the pipeline. After
    // a failed query the server skips the rest up to the sync: those answer PGRES_PIPELINE_ABORTED.
    pg_conn* conn = m_conn.get();
    PipelineOutcome outcome;
    bool synced = false;
    int nullsInARow = 0;
    while (!synced) {
        PGresult* result = PQgetResult(conn);
        if (!result) {
            // One NULL ends each query's results; two in a row means nothing more is coming.
            if (PQstatus(conn) != CONNECTION_OK || ++nullsInARow > 1)
                break;
            continue;
        }
        nullsInARow = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            synced = true;
            PQclear(result);
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            if (!outcome.firstError)
                outcome.firstError.reset(result);
            else
                PQclear(result);
        } else {
            outcome.last.reset(result);
        }
    }
    if (outcome.firstError) {
        const char* state = PQresultErrorField(outcome.firstError.get(), PG_DIAG_SQLSTATE);
        // As in PgStatement::execute: the server's prepared statements are gone or stale.
        if (state && (qstrcmp(state, "26000") == 0 || qstrcmp(state, "0A000") == 0))
            forgetPrepared();
    }
    outcome.lost = PQstatus(conn) != CONNECTION_OK;
    if (!outcome.lost && !(synced && PQexitPipelineMode(conn) == 1))
        abandon(); // out of step with the server: never leave a session holding the writer lock
    return outcome;
}

void PgConnection::abandon() noexcept
{
    // Closing the session makes the server roll back its transaction and release its locks; the
    // store sees a lost connection and connects again.
    m_conn.reset();
    m_deferred.clear();
    m_announcements.clear();
}

bool PgConnection::finishSending(bool sent)
{
    if (sent && PQpipelineSync(m_conn.get()) == 1)
        return true;
    // Some of the pipeline may be queued: the session cannot be brought back in step reliably.
    if (PQstatus(m_conn.get()) == CONNECTION_OK)
        abandon();
    return false;
}

void PgConnection::flushDeferred()
{
    if (m_deferred.empty())
        return;
    const bool sent = PQenterPipelineMode(m_conn.get()) == 1 && sendDeferred();
    m_deferred.clear();
    if (!finishSending(sent))
        fail(nullptr, "statement failed");
    PipelineOutcome outcome = awaitPipeline();
    if (outcome.lost || outcome.firstError || !m_conn)
        fail(outcome.firstError.release(), "statement failed");
}

void PgConnection::commit()
{
    // One round trip: the deferred statements, the announcements and COMMIT in a pipeline. If one of
    // them fails, the server skips the rest, COMMIT included: nothing is announced and the
    // transaction is rolled back. NOTIFY is delivered only after the commit (which waits for the
    // disk), never after a rollback.
    pg_conn* conn = m_conn.get();
    const auto announcements = std::exchange(m_announcements, {});
    static constexpr char notifySql[] = "SELECT pg_notify($1, $2)";
    const QByteArray notify =
        announcements.empty() ? QByteArray() : preparedName(notifySql, {textOid, textOid});
    bool sent = PQenterPipelineMode(conn) == 1 && sendDeferred();
    m_deferred.clear();
    for (const auto& [channel, payload] : announcements) {
        const Oid types[] = {textOid, textOid};
        const char* values[] = {channel.constData(), payload.constData()};
        const int lengths[] = {static_cast<int>(channel.size()), static_cast<int>(payload.size())};
        const int formats[] = {0, 0};
        sent = sent && sendQuery(notify, notifySql, 2, types, values, lengths, formats);
    }
    sent = sent && PQsendQueryParams(conn, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    if (!finishSending(sent))
        fail(nullptr, "cannot commit");
    PipelineOutcome outcome = awaitPipeline();
    if (outcome.lost || !m_conn)
        fail(outcome.firstError.release(), "the connection was lost while committing");
    if (outcome.firstError)
        fail(outcome.firstError.release(), "commit failed");
    // COMMIT of a transaction that had already failed answers "ROLLBACK", not an error.
    if (!outcome.last || qstrcmp(PQcmdStatus(outcome.last.get()), "COMMIT") != 0)
        throw StorageError(StorageError::Kind::Sql,
                           "commit failed: the transaction had failed and was rolled back (" +
                               m_location.toStdString() + ")");
}

void PgConnection::rollback() noexcept
{
    m_announcements.clear();
    m_deferred.clear();
    if (!m_conn)
        return;
    if (PQpipelineStatus(m_conn.get()) != PQ_PIPELINE_OFF) {
        abandon(); // out of step (or lost): closing the session rolls back
        return;
    }
    PQclear(PQexec(m_conn.get(), "ROLLBACK"));
}

void PgConnection::fail(void* resultPointer, const char* what) const
{
    Result result(static_cast<PGresult*>(resultPointer));
    const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    QByteArray sqlState = state ? QByteArray(state) : QByteArray();
    if (PQstatus(m_conn.get()) != CONNECTION_OK)
        sqlState = "08006";
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn.get()))
            .trimmed();
    throw StorageError(kindForState(sqlState), std::string(what) + ": " + message.toStdString() + " (" +
                                                   m_location.toStdString() + ")");
}

QByteArray toPostgresPlaceholders(const char* sql)
{
    QByteArray out;
    int next = 1;
    char quote = 0;
    for (const char* p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out.append(c);
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out.append(c);
            continue;
        }
        if (c != '?') {
            out.append(c);
            continue;
        }
        int number = 0;
        while (p[1] >= '0' && p[1] <= '9')
            number = number * 10 + (*++p - '0');
        if (number == 0)
            number = next;
        next = number + 1;
        out.append('$').append(QByteArray::number(number));
    }
    return out;
}

QDateTime fromPostgresTime(const QByteArray& text)
{
    // "YYYY-MM-DD HH:MM:SS[.ffffff]+00": the session's TimeZone is UTC.
    QByteArray base = text.left(19);
    base[10] = 'T';
    int msec = 0;
    if (text.size() > 20 && text[19] == '.') {
        QByteArray fraction;
        for (int i = 20; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
            fraction.append(text[i]);
        msec = (fraction + "000").left(3).toInt();
    }
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(base + 'Z'), Qt::ISODate);
    return time.addMSecs(msec).toUTC();
}

} // namespace xiuhua::storage
