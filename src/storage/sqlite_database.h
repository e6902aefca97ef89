#pragma once

#include "storage/storage_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace xiuhua::storage {

// RAII wrappers over SQLite's C API. Values are always bound, never formatted into SQL.

class SqliteDatabase
{
public:
    enum class OpenMode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly
    };

    static SqliteDatabase open(const QString& path, OpenMode mode); // throws StorageError
    SqliteDatabase(SqliteDatabase&&) noexcept = default;
    SqliteDatabase& operator=(SqliteDatabase&&) noexcept = default;

    sqlite3* handle() const { return m_db.get(); }
    const QString& path() const { return m_path; }
    bool isReadOnly() const;

    // For statements without parameters or results (PRAGMAs, DDL).
    void execute(const char* sql);
    qint64 lastInsertId() const;
    int changes() const;

    // Translates the connection's last error into a StorageError.
    [[noreturn]] void fail(int code, const char* what) const;

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    SqliteDatabase(sqlite3* db, QString path);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

class Statement
{
public:
    Statement(SqliteDatabase& db, const char* sql);
    Statement(Statement&&) noexcept = default;

    // Binds by 1-based position; returns *this for chaining.
    template <typename T>
    requires std::is_integral_v<T> Statement& bind(int index, T value)
    {
        return bindInteger(index, static_cast<qint64>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);       // bound as text, also when empty
    Statement& bind(int index, const char* value) = delete; // say QStringLiteral
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, const QDateTime& time); // ISO-8601 UTC, NULL when invalid
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step(); // true while a row is available
    void run();  // for statements without results; throws if one returns rows unexpectedly
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime time(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Statement& bindInteger(int index, qint64 value);
    struct Finalizer
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    SqliteDatabase* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(SqliteDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    SqliteDatabase& m_db;
    bool m_done = false;
};

QString toStorageTime(const QDateTime& time);
QDateTime fromStorageTime(const QString& text);

} // namespace xiuhua::storage
