#include "app/pre_migration_backup.h"

#include "storage/schema.h"
#include "storage/sqlite_database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace xiuhua::app {

std::optional<PreMigrationBackup> backupBeforeMigration(const QString& databasePath, const QString& folder)
{
    if (!QFileInfo::exists(databasePath))
        return std::nullopt;
    // Read-only: a database this program cannot migrate (newer, damaged) is refused later, unchanged.
    storage::SqliteDatabase db =
        storage::SqliteDatabase::open(databasePath, storage::SqliteDatabase::OpenMode::ReadOnly);
    const int version = storage::readSchemaVersion(db);
    if (version <= 0 || version >= storage::currentSchemaVersion())
        return std::nullopt;
    if (!QDir().mkpath(folder))
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                    "cannot create the backup folder " + folder.toStdString() +
                                        "; the database was not upgraded");
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dest = QDir(folder).filePath(
        QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite"));
    // A copy whose audit record is already broken is still the database as it was; the console
    // reports the broken record after opening, as it does for any database.
    const storage::BackupResult copy = storage::backupDatabase(db, dest);
    return PreMigrationBackup{copy.path, version, storage::currentSchemaVersion(), copy.position};
}

QString describePreMigrationBackup(const PreMigrationBackup& backup)
{
    return QCoreApplication::translate("Startup",
                                       "The database was upgraded from version %1 to version %2. A checked "
                                       "copy of it as it was, up to audit record %3, is kept at %4.")
        .arg(backup.fromVersion)
        .arg(backup.toVersion)
        .arg(backup.position.lastSeq)
        .arg(backup.path);
}

} // namespace xiuhua::app
