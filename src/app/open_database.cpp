#include "app/open_database.h"

#include "storage/pg_connection.h"
#include "storage/pg_schema.h"
#include "storage/schema.h"
#include "storage/sqlite_database.h"
#include "storage/storage_error.h"

#include <QFileInfo>

namespace xiuhua::app {

storage::OpenedStore openDatabase(const QString& databaseArgument, bool createIfMissing)
{
    QString problem;
    const auto location = storage::classifyDatabase(databaseArgument, &problem);
    if (!location)
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen, problem.toStdString());
    return storage::openStore(*location, createIfMissing);
}

std::unique_ptr<storage::SqlConnection> openReadOnly(const QString& databaseArgument)
{
    QString problem;
    const auto location = storage::classifyDatabase(databaseArgument, &problem);
    if (!location)
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen, problem.toStdString());
    if (location->isPostgres()) {
        auto db = storage::PgConnection::connect(location->text);
        db->execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        return db;
    }
    if (!QFileInfo(databaseArgument).isFile())
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                    "no such file: " + databaseArgument.toStdString());
    auto db = std::make_unique<storage::SqliteDatabase>(
        storage::SqliteDatabase::open(databaseArgument, storage::SqliteDatabase::OpenMode::ReadOnly));
    db->execute("PRAGMA busy_timeout = 5000");
    return db;
}

SchemaVersions schemaVersionsOf(storage::SqlConnection& db)
{
    if (auto* pg = dynamic_cast<storage::PgConnection*>(&db))
        return {storage::readPgSchemaVersion(*pg), storage::currentPgSchemaVersion()};
    return {storage::readSchemaVersion(dynamic_cast<storage::SqliteDatabase&>(db)),
            storage::currentSchemaVersion()};
}

} // namespace xiuhua::app
