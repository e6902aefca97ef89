#pragma once

#include "storage/sql_connection.h"
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

// The SQLite connection behind SqlConnection. Values are always bound, never formatted into SQL.

class SqliteDatabase final : public SqlConnection
{
public:
    enum class OpenMode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly
    };

    static SqliteDatabase open(const QString& path, OpenMode mode); // throws StorageError
    SqliteDatabase(SqliteDatabase&&) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&&) noexcept;
    ~SqliteDatabase();

    sqlite3* handle() const { return m_db.get(); }
    const QString& path() const { return m_path; }
    bool isReadOnly() const;

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    QString location() const override { return m_path; }
    std::unique_ptr<StatementBackend> prepare(const char* sql) override;
    // For statements without parameters or results (PRAGMAs, DDL).
    void execute(const char* sql) override;
    qint64 lastInsertId() const;
    int changes() const override;
    // BEGIN IMMEDIATE: the write lock is taken at once, so two writers never deadlock on an upgrade.
    void beginWrite() override;
    void commit() override;
    void rollback() noexcept override;

    // Translates the connection's last error into a StorageError.
    [[noreturn]] void fail(int code, const char* what) const;

    // Prepared statements kept for reuse, by SQL text: parsing was a third of an audited write's
    // time (docs/PERFORMANCE.md). A statement comes back reset and without bindings.
    sqlite3_stmt* takeCached(const char* sql);
    void giveBack(const char* sql, sqlite3_stmt* statement) noexcept;

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    class StatementCache;
    SqliteDatabase(sqlite3* db, QString path);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    // Declared after m_db so its statements are finalized before the connection closes.
    std::unique_ptr<StatementCache> m_cache;
};

} // namespace xiuhua::storage
