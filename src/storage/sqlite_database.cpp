#include "storage/sqlite_database.h"

#include "storage/file_permissions.h"

#include <QFileInfo>

#include <sqlite3.h>

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

SqliteDatabase::SqliteDatabase(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

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

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Statement::Statement(SqliteDatabase& db, const char* sql) : m_db(&db)
{
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &raw, nullptr);
    m_statement.reset(raw);
    if (rc != SQLITE_OK)
        db.fail(rc, "cannot prepare statement");
}

Statement& Statement::bindInteger(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_statement.get(), index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_statement.get(), index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_statement.get(), index, utf8.constData(),
                                     static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    const int rc = sqlite3_bind_blob(m_statement.get(), index, blob.constData(),
                                     static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& time)
{
    return time.isValid() ? bind(index, toStorageTime(time)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement.get(), index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, "statement failed");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement.get(), column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? QByteArray(data, size) : QByteArray();
}

QDateTime Statement::time(int column) const
{
    return isNull(column) ? QDateTime() : fromStorageTime(text(column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

Transaction::Transaction(SqliteDatabase& db) : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.execute("COMMIT");
    m_done = true;
}

QString toStorageTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace xiuhua::storage
