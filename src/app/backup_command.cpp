#include "app/backup_command.h"

#include "storage/database_backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xiuhua::app {

int runBackup(const QString& databasePath, const QString& outPath, QTextStream& out, QTextStream& err)
{
    int code = 1;
    try {
        if (!QFileInfo(databasePath).isFile())
            throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                        "no such file: " + databasePath.toStdString());
        if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
            throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                        "the backup cannot replace the database itself");
        auto source =
            storage::SqliteDatabase::open(databasePath, storage::SqliteDatabase::OpenMode::ReadOnly);
        source.execute("PRAGMA busy_timeout = 5000");
        const storage::BackupResult result = storage::backupDatabase(source, outPath);
        out << QCoreApplication::translate("Backup", "Backed up %1 to %2 (%3 pages).")
                   .arg(databasePath, outPath)
                   .arg(result.pages)
            << '\n';
        out << QCoreApplication::translate("Backup", "Newest audit record: %1 at %2, hash %3")
                   .arg(result.position.lastSeq)
                   .arg(result.position.lastAt, result.position.lastHash)
            << '\n';
        if (result.chain.ok) {
            code = 0;
        } else {
            err << QCoreApplication::translate(
                       "Backup", "The copy was made, but its audit record is not whole: %1. Keep the copy "
                                 "as evidence and report it to the supervisor.")
                       .arg(result.chain.reason)
                << '\n';
        }
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("Backup", "The backup failed: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
    }
    out.flush();
    err.flush();
    return code;
}

int runRestore(const QString& backupPath, const QString& databasePath, bool force, QTextStream& out,
               QTextStream& err)
{
    int code = 1;
    try {
        const storage::RestoreResult result = storage::restoreDatabase(backupPath, databasePath, force);
        if (result.outcome == storage::RestoreOutcome::Restored) {
            out << QCoreApplication::translate("Backup", "Restored: %1").arg(result.message) << '\n';
            if (!result.movedAside.isEmpty())
                out << QCoreApplication::translate("Backup", "The replaced database was kept as %1")
                           .arg(result.movedAside)
                    << '\n';
            code = 0;
        } else {
            err << QCoreApplication::translate("Backup", "Not restored: %1").arg(result.message) << '\n';
        }
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("Backup", "The restore failed: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace xiuhua::app
