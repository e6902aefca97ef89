#include "storage/sqlite_database.h"

#include "storage/file_permissions.h"

#include <QFileInfo>

#include <map>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace xiuhua::storage {
namespace {

StorageError::Kind kindFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Busy;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::Sql;
    }
}

} // namespace

void SqliteDatabase::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

// Free statements by SQL text. A few of each at most (nested reads of one query are rare), and a
// bound on distinct texts, so a caller building SQL dynamically cannot grow it without end.
class SqliteDatabase::StatementCache
{
public:
    ~StatementCache()
    {
        for (auto& [sql, statements] : m_free) {
            for (sqlite3_stmt* statement : statements)
                sqlite3_finalize(statement);
        }
    }
    sqlite3_stmt* take(const char* sql)
    {
        const auto found = m_free.find(std::string_view(sql));
        if (found == m_free.end() || found->second.empty())
            return nullptr;
        sqlite3_stmt* statement = found->second.back();
        found->second.pop_back();
        return statement;
    }
    bool give(const char* sql, sqlite3_stmt* statement)
    {
        auto found = m_free.find(std::string_view(sql));
        if (found == m_free.end()) {
            if (m_free.size() >= maxTexts)
                return false;
            found = m_free.emplace(std::string(sql), std::vector<sqlite3_stmt*>{}).first;
        }
        if (found->second.size() >= maxPerText)
            return false;
        found->second.push_back(statement);
        return true;
    }

private:
    static constexpr std::size_t maxTexts = 512;
    static constexpr std::size_t maxPerText = 4;
    std::map<std::string, std::vector<sqlite3_stmt*>, std::less<>> m_free;
};

SqliteDatabase::SqliteDatabase(sqlite3* db, QString path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<StatementCache>())
{}

SqliteDatabase::SqliteDatabase(SqliteDatabase&&) noexcept = default;
SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    // The cache goes first: its statements belong to the connection being replaced.
    m_cache = std::move(other.m_cache);
    m_db = std::move(other.m_db);
    m_path = std::move(other.m_path);
    return *this;
}
SqliteDatabase::~SqliteDatabase() = default;

sqlite3_stmt* SqliteDatabase::takeCached(const char* sql)
{
    return m_cache ? m_cache->take(sql) : nullptr;
}

void SqliteDatabase::giveBack(const char* sql, sqlite3_stmt* statement) noexcept
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    try {
        if (m_cache && m_cache->give(sql, statement))
            return;
    } catch (...) { // out of memory for the cache: just finalize
    }
    sqlite3_finalize(statement);
}

SqliteDatabase SqliteDatabase::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode != OpenMode::ReadWriteCreate && !info.exists())
        throw StorageError(StorageError::Kind::CannotOpen,
                           "database file does not exist: " + path.toStdString());
    if (info.exists() && !info.isFile())
        throw StorageError(StorageError::Kind::CannotOpen, "not a regular file: " + path.toStdString());

    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    if (mode == OpenMode::ReadWriteCreate && !info.exists())
        createPrivateFile(path);
    sqlite3* raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &raw, flags, nullptr);
    SqliteDatabase db(raw, path);
    if (rc != SQLITE_OK)
        db.fail(rc, "cannot open database");
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

bool SqliteDatabase::isReadOnly() const
{
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

void SqliteDatabase::execute(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(kindFor(rc), text + " (" + m_path.toStdString() + ")");
    }
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db.get());
}

void SqliteDatabase::fail(int code, const char* what) const
{
    const char* detail = m_db ? sqlite3_errmsg(m_db.get()) : sqlite3_errstr(code);
    throw StorageError(kindFor(code), std::string(what) + ": " + detail + " (" + m_path.toStdString() + ")");
}

namespace {

class SqliteStatement final : public StatementBackend
{
public:
    SqliteStatement(SqliteDatabase& db, const char* sql) : m_db(db), m_sql(sql)
    {
        if (sqlite3_stmt* cached = db.takeCached(sql)) {
            m_statement = cached;
            return;
        }
        const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            db.fail(rc, "cannot prepare statement");
        }
    }
    ~SqliteStatement() override
    {
        if (m_statement)
            m_db.giveBack(m_sql.c_str(), m_statement);
    }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindInteger(int index, qint64 value) override
    {
        check(sqlite3_bind_int64(m_statement, index, value));
    }
    void bindReal(int index, double value) override { check(sqlite3_bind_double(m_statement, index, value)); }
    void bindText(int index, const QString& value) override
    {
        const QByteArray utf8 = value.toUtf8();
        check(sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_TRANSIENT));
    }
    void bindBlob(int index, const QByteArray& blob) override
    {
        check(sqlite3_bind_blob(m_statement, index, blob.constData(), static_cast<int>(blob.size()),
                                SQLITE_TRANSIENT));
    }
    void bindTime(int index, const QDateTime& time) override { bindText(index, toStorageTime(time)); }
    void bindNull(int index, SqlType) override { check(sqlite3_bind_null(m_statement, index)); }

    bool step() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        m_db.fail(rc, "statement failed");
    }
    void reset() override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return data ? QString::fromUtf8(data, size) : QString();
    }
    QByteArray blob(int column) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return data ? QByteArray(data, size) : QByteArray();
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            m_db.fail(rc, "bind");
    }
    SqliteDatabase& m_db;
    std::string m_sql;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

std::unique_ptr<StatementBackend> SqliteDatabase::prepare(const char* sql)
{
    return std::make_unique<SqliteStatement>(*this, sql);
}

void SqliteDatabase::beginWrite()
{
    execute("BEGIN IMMEDIATE");
}

void SqliteDatabase::commit()
{
    execute("COMMIT");
}

void SqliteDatabase::rollback() noexcept
{
    sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace xiuhua::storage
