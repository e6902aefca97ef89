#pragma once

#include "storage/storage_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <type_traits>

namespace xiuhua::storage {

// The two engines behind the one SQL text of the reader and writer. Statements are written once,
// with SQLite's numbered placeholders (?1, ?2 or ?); the PostgreSQL connection turns them into $1,
// $2. What differs beyond that is asked of the connection's dialect() in the few places it matters.
enum class SqlDialect
{
    Sqlite,
    Postgres
};

// The type of a bound value, for engines that type parameters (PostgreSQL cannot infer the type of
// "$1 IS NULL OR at >= $1").
enum class SqlType
{
    Unknown,
    Integer,
    Real,
    Text,
    Blob,
    Time
};

// One engine's prepared statement; Statement is the face the rest of the code sees.
class StatementBackend
{
public:
    virtual ~StatementBackend() = default;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QString& value) = 0;
    virtual void bindBlob(int index, const QByteArray& value) = 0;
    virtual void bindTime(int index, const QDateTime& value) = 0; // valid
    virtual void bindNull(int index, SqlType type) = 0;
    virtual bool step() = 0;
    // For statements whose result nobody reads; see Statement::runDeferred.
    virtual void runDeferred()
    {
        while (step()) {
        }
    }
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0; // times as storage text (toStorageTime)
    virtual QByteArray blob(int column) const = 0;
};

// A connection to one database of either engine.
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;

    virtual SqlDialect dialect() const = 0;
    // The file path, or the connection string without its password.
    virtual QString location() const = 0;
    virtual std::unique_ptr<StatementBackend> prepare(const char* sql) = 0;
    // For statements without parameters or results (PRAGMAs, DDL); may hold several statements.
    virtual void execute(const char* sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;

    // A write transaction: one writer at a time on either engine (see docs/DECISIONS.md).
    virtual void beginWrite() = 0;
    // Returns once the transaction is durable; announcements made in it are delivered after that.
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;

    // Announces `payload` on `channel` to every listening connection once the write transaction in
    // progress is committed durably, never after a rollback. Nothing where the engine has no
    // listeners (SQLite: consoles follow the audit log when PRAGMA data_version changes).
    virtual void announceOnCommit(const char* channel, const QString& payload)
    {
        Q_UNUSED(channel);
        Q_UNUSED(payload);
    }
};

class Statement
{
public:
    Statement(SqlConnection& db, const char* sql) : m_backend(db.prepare(sql)) {}
    Statement(Statement&&) noexcept = default;

    // Binds by 1-based position; returns *this for chaining.
    template <typename T>
    requires std::is_integral_v<T> Statement& bind(int index, T value)
    {
        m_backend->bindInteger(index, static_cast<qint64>(value));
        return *this;
    }
    Statement& bind(int index, double value)
    {
        m_backend->bindReal(index, value);
        return *this;
    }
    Statement& bind(int index, const QString& value) // bound as text, also when empty
    {
        m_backend->bindText(index, value);
        return *this;
    }
    Statement& bind(int index, const char* value) = delete; // say QStringLiteral
    Statement& bind(int index, const QByteArray& blob)
    {
        m_backend->bindBlob(index, blob);
        return *this;
    }
    Statement& bind(int index, const QDateTime& time) // ISO-8601 UTC, NULL when invalid
    {
        if (!time.isValid())
            return bindNull(index, SqlType::Time);
        m_backend->bindTime(index, time);
        return *this;
    }
    Statement& bindNull(int index, SqlType type = SqlType::Unknown)
    {
        m_backend->bindNull(index, type);
        return *this;
    }
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index, typeOf<T>());
    }

    bool step() { return m_backend->step(); } // true while a row is available
    void run()                                // for statements whose rows nobody reads
    {
        while (step()) {
        }
    }
    // For a write inside a write transaction whose result nobody reads (an append-only row): where
    // the engine can, it travels with the next statement or the commit instead of taking a round
    // trip of its own, and an error it causes is thrown there (the transaction fails as a whole
    // either way). SQLite runs it at once.
    void runDeferred() { m_backend->runDeferred(); }
    void reset() { m_backend->reset(); }

    bool isNull(int column) const { return m_backend->isNull(column); }
    qint64 int64(int column) const { return m_backend->int64(column); }
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const { return m_backend->real(column); }
    QString text(int column) const { return m_backend->text(column); }
    QByteArray blob(int column) const { return m_backend->blob(column); }
    QDateTime time(int column) const;
    std::optional<qint64> optionalInt64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    template <typename T> static constexpr SqlType typeOf()
    {
        if constexpr (std::is_integral_v<T>)
            return SqlType::Integer;
        else if constexpr (std::is_floating_point_v<T>)
            return SqlType::Real;
        else if constexpr (std::is_same_v<T, QString>)
            return SqlType::Text;
        else if constexpr (std::is_same_v<T, QByteArray>)
            return SqlType::Blob;
        else if constexpr (std::is_same_v<T, QDateTime>)
            return SqlType::Time;
        else
            return SqlType::Unknown;
    }

    std::unique_ptr<StatementBackend> m_backend;
};

// A write transaction; rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(SqlConnection& db) : m_db(db) { m_db.beginWrite(); }
    // For a write transaction the connection has already begun its own way (PgConnection's
    // beginAuditedWrite).
    struct AlreadyBegun
    {
    };
    Transaction(SqlConnection& db, AlreadyBegun) : m_db(db) {}
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    SqlConnection& m_db;
    bool m_done = false;
};

QString toStorageTime(const QDateTime& time);
QDateTime fromStorageTime(const QString& text);

} // namespace xiuhua::storage
