#include "storage/sqlite_store.h"

#include "storage/audit_chain.h"
#include "storage/schema.h"
#include "storage/sql_position_writer.h"
#include "storage/sql_reader.h"
#include "storage/sql_writer.h"
#include "storage/start_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace xiuhua::storage {
namespace {

void requireSqliteHeader(const QString& path)
{
    // Asked through SQLite, never through a descriptor of our own: closing any descriptor of the
    // database file drops every POSIX lock this process holds on it, those of SQLite's connections
    // already open too (the station service opens the file twice). Another process's connection then
    // takes itself for the last one and deletes the WAL under us.
    const QFileInfo info(path);
    if (!info.isReadable())
        throw StorageError(StorageError::Kind::CannotOpen, "cannot read " + path.toStdString());
    if (info.size() == 0)
        return; // an empty file is a new, empty database
    // immutable=1: no locks taken, no -wal or -shm made; reading the header is all this asks.
    const QByteArray uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    sqlite3* probe = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &probe, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(probe, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    sqlite3_close(probe);
    if (rc == SQLITE_NOTADB || (rc != SQLITE_OK && info.size() < 100))
        throw StorageError(StorageError::Kind::NotADatabase,
                           "the file " + path.toStdString() +
                               " is not a Xiuhua (SQLite) database. It was not changed.");
    if (rc != SQLITE_OK)
        throw StorageError(StorageError::Kind::CannotOpen, "cannot read " + path.toStdString());
}

// The start check, not the full one: opening must not take longer with every year of history
// (see start_check.h for where the full check runs).
void requireHealthy(SqliteDatabase& db, qint64 fileBytes)
{
    const QStringList problems = startCheckProblems(db, fileBytes);
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt, "the database " + db.path().toStdString() +
                                                            " is damaged (" + problems.first().toStdString() +
                                                            "). It was not changed; restore a backup.");
}

} // namespace

std::unique_ptr<SqliteStore> SqliteStore::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting)
        throw StorageError(StorageError::Kind::CannotOpen,
                           "database file does not exist: " + path.toStdString());
    if (exists)
        requireSqliteHeader(path);
    else if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::CannotOpen,
                           "cannot create the folder for " + path.toStdString());

    SqliteDatabase db = SqliteDatabase::open(path, exists ? SqliteDatabase::OpenMode::ReadWrite
                                                          : SqliteDatabase::OpenMode::ReadWriteCreate);
    if (db.isReadOnly())
        throw StorageError(
            StorageError::Kind::ReadOnly,
            "the database " + path.toStdString() +
                " is read-only (file or folder permissions); the console needs to write to it.");

    // Everything up to here only reads the file, so a refused file is left exactly as it was.
    db.execute("PRAGMA busy_timeout = 5000");
    const int version = readSchemaVersion(db);
    if (version > currentSchemaVersion())
        migrate(db); // throws NewerSchema before writing anything
    if (exists)
        requireHealthy(db, info.size());

    db.execute("PRAGMA foreign_keys = ON");
    {
        Statement journal(db, "PRAGMA journal_mode = WAL");
        if (!journal.step() || journal.text(0) != QLatin1String("wal"))
            throw StorageError(StorageError::Kind::Sql,
                               "cannot switch " + path.toStdString() + " to WAL journal mode");
    }
    db.execute("PRAGMA synchronous = FULL");
    migrate(db);
    spdlog::info("opened database {} (schema {})", path.toStdString(), readSchemaVersion(db));
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db)));
}

SqliteStore::SqliteStore(SqliteDatabase db) : m_db(std::move(db)), m_reader(std::make_unique<SqlReader>(m_db))
{}

SqliteStore::~SqliteStore() = default;

QString SqliteStore::location() const
{
    return m_db.path();
}

int SqliteStore::schemaVersion() const
{
    return readSchemaVersion(const_cast<SqliteDatabase&>(m_db));
}

const StoreReader& SqliteStore::read() const
{
    return *m_reader;
}

AuditChainReport SqliteStore::verifyAuditChain()
{
    AuditChainReport report = AuditChain::verify(m_db);
    if (report.ok) {
        if (const auto newest = read().auditEvents({}, std::nullopt, 1); !newest.empty()) {
            report.newestSeq = newest.front().seq;
            report.newestHash = newest.front().hash;
        }
    }
    return report;
}

void SqliteStore::transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work)
{
    Transaction transaction(m_db);
    SqlWriter writer(m_db, *m_reader, actor, QDateTime::currentDateTimeUtc());
    work(writer);
    if (writer.auditCount() == 0)
        throw StorageError(StorageError::Kind::Invalid, "refused a change without an audit record");
    transaction.commit();
}

} // namespace xiuhua::storage

namespace xiuhua::storage {

void SqliteStore::recordPositions(const std::function<void(PositionWriter&)>& work)
{
    recordPositionsIn(
        m_db, *m_reader, [] { return QDateTime::currentDateTimeUtc(); }, work);
}

std::optional<qint64> SqliteStore::dataVersion()
{
    Statement s(m_db, "PRAGMA data_version");
    s.step();
    return s.int64(0);
}

} // namespace xiuhua::storage
