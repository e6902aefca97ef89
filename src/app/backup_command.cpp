#include "app/backup_command.h"

#include "app/command_line.h"
#include "storage/database_backup.h"
#include "storage/database_location.h"
#include "storage/pg_backup.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace xiuhua::app {

namespace {

bool isServerDatabase(const QString& databaseArgument)
{
    const auto location = storage::classifyDatabase(databaseArgument);
    return location && location->isPostgres();
}

// A PostgreSQL database: a pg_dump archive of one snapshot, with that snapshot's newest record.
int backupServerDatabase(const QString& conninfo, const QString& outPath, QTextStream& out, QTextStream& err)
{
    const storage::PgBackupResult result = storage::backupPgDatabase(conninfo, outPath);
    out << QCoreApplication::translate("Backup", "Backed up %1 to %2 (pg_dump archive, %3 bytes).")
               .arg(storage::PgConnection::redacted(conninfo), outPath)
               .arg(result.bytes)
        << '\n';
    out << QCoreApplication::translate("Backup", "Newest audit record: %1 at %2, hash %3")
               .arg(result.position.lastSeq)
               .arg(result.position.lastAt, result.position.lastHash)
        << '\n';
    if (result.chain.ok)
        return 0;
    err << QCoreApplication::translate("Backup",
                                       "The copy was made, but its audit record is not whole: %1. Keep "
                                       "the copy as evidence and report it to the supervisor.")
               .arg(result.chain.reason)
        << '\n';
    return 1;
}

} // namespace

int runBackup(const QString& databasePath, const QString& outPath, QTextStream& out, QTextStream& err)
{
    int code = 1;
    try {
        if (isServerDatabase(databasePath)) {
            code = backupServerDatabase(databasePath, outPath, out, err);
            out.flush();
            err.flush();
            return code;
        }
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
        // A server database is restored only into an empty one, so --force changes nothing there.
        const storage::RestoreResult result = isServerDatabase(databasePath)
                                                  ? storage::restorePgDatabase(backupPath, databasePath)
                                                  : storage::restoreDatabase(backupPath, databasePath, force);
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

namespace {

QString readBackupOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    options.backupPath = parser.value(QStringLiteral("out"));
    if (options.backupPath.isEmpty())
        return QCoreApplication::translate("CommandLine", "backup needs --out FILE.");
    return {};
}

QString readRestoreOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    options.backupPath = parser.value(QStringLiteral("from"));
    if (options.backupPath.isEmpty())
        return QCoreApplication::translate("CommandLine", "restore needs --from BACKUP.");
    options.force = parser.isSet(QStringLiteral("force"));
    return {};
}

} // namespace

CommandLineCommand backupCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("backup");
    command.command = AppOptions::Command::Backup;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Writes an online, checked copy of a database (of a PostgreSQL database: a pg_dump "
                       "archive); the console may keep running.");
    command.options = {databaseOption(QCoreApplication::translate("CommandLine", "The database to copy.")),
                       {QStringLiteral("out"),
                        QCoreApplication::translate("CommandLine", "backup: the copy to write."),
                        QStringLiteral("FILE")}};
    command.read = readBackupOptions;
    return command;
}

CommandLineCommand restoreCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("restore");
    command.command = AppOptions::Command::Restore;
    command.summary =
        QCoreApplication::translate("CommandLine", "Replaces a database with a checked backup (a pg_dump "
                                                   "archive goes only into an empty PostgreSQL database).");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to replace.")),
        {QStringLiteral("from"), QCoreApplication::translate("CommandLine", "restore: the backup file."),
         QStringLiteral("BACKUP")},
        {QStringLiteral("force"),
         QCoreApplication::translate("CommandLine",
                                     "restore: replace the database even when it holds newer records.")}};
    command.read = readRestoreOptions;
    return command;
}

} // namespace xiuhua::app
