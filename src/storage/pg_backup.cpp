#include "storage/pg_backup.h"

#include "storage/audit_chain.h"
#include "storage/pg_connection.h"
#include "storage/pg_schema.h"
#include "storage/storage_error.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <libpq-fe.h>
#include <memory>
#include <spdlog/spdlog.h>

namespace xiuhua::storage {

namespace {

// pg_dump and pg_restore get the connection as libpq key=value text without the password, which
// goes into their environment instead: a password on a command line is readable by every user.
struct ToolConnection
{
    QString conninfo;
    QString password;
};

QString quoted(const QString& value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

ToolConnection toolConnection(const QString& conninfo)
{
    ToolConnection tool;
    if (conninfo.trimmed().isEmpty())
        return tool; // everything from the PG* environment
    char* problem = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &problem);
    if (!options) {
        const std::string detail = problem ? problem : "out of memory";
        PQfreemem(problem);
        throw StorageError(StorageError::Kind::CannotOpen, "not a connection string: " + detail);
    }
    QStringList parts;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        const QString value = QString::fromUtf8(option->val);
        if (qstrcmp(option->keyword, "password") == 0)
            tool.password = value;
        else
            parts << QString::fromLatin1(option->keyword) + QLatin1Char('=') + quoted(value);
    }
    PQconninfoFree(options);
    tool.conninfo = parts.join(QLatin1Char(' '));
    return tool;
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs a PostgreSQL client program to its end; throws when it cannot start at all.
ToolRun runTool(const QString& program, const QStringList& arguments, const ToolConnection& connection)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!connection.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), connection.password);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        throw StorageError(StorageError::Kind::CannotOpen,
                           program.toStdString() +
                               " cannot be started: install the PostgreSQL client (postgresql-client-15)");
    process.waitForFinished(-1); // a large database takes as long as it takes
    ToolRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return run;
}

// The archive reads back and holds the audit log's rows; the error text, empty when it does.
QString archiveProblem(const QString& path)
{
    const ToolRun list = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path}, {});
    if (list.exitCode != 0)
        return QStringLiteral("pg_restore cannot read the archive: %1").arg(list.err);
    if (!list.out.contains("TABLE DATA public audit_event"))
        return QStringLiteral("the archive holds no audit log: it is not a Xiuhua database");
    return {};
}

} // namespace

bool isPgArchive(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "PGDMP";
}

PgBackupResult backupPgDatabase(const QString& conninfo, const QString& destPath)
{
    PgBackupResult result;
    result.path = destPath;
    // This transaction's snapshot is the one pg_dump dumps: the chain walked and the head read here
    // are the archive's, whatever other seats commit meanwhile. It stays open until pg_dump is done.
    auto db = PgConnection::connect(conninfo);
    db->execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (readPgSchemaVersion(*db) == 0)
        throw StorageError(StorageError::Kind::NotADatabase,
                           "the database " + db->location().toStdString() + " is empty: nothing to back up");
    Statement snapshot(*db, "SELECT pg_export_snapshot()");
    snapshot.step();
    const QString snapshotId = snapshot.text(0);
    result.chain = AuditChain::verify(*db);
    result.position = auditPosition(*db);

    const QString partial = destPath + QStringLiteral(".part");
    QFile::remove(partial);
    {
        QFile placeholder(partial); // owner-only before pg_dump writes a byte into it
        if (!placeholder.open(QIODevice::WriteOnly) ||
            !placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw StorageError(StorageError::Kind::CannotOpen, "cannot write " + partial.toStdString());
    }
    const ToolConnection connection = toolConnection(conninfo);
    const ToolRun dump =
        runTool(QStringLiteral("pg_dump"),
                {QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshotId,
                 QStringLiteral("--file=") + partial, QStringLiteral("--dbname=") + connection.conninfo},
                connection);
    db->execute("COMMIT");
    QString problem =
        dump.exitCode == 0 ? archiveProblem(partial) : QStringLiteral("pg_dump failed: %1").arg(dump.err);
    if (problem.isEmpty() && QFileInfo::exists(destPath) && !QFile::remove(destPath))
        problem = QStringLiteral("cannot replace %1").arg(destPath);
    if (problem.isEmpty() && !QFile::rename(partial, destPath))
        problem = QStringLiteral("cannot rename the archive to %1").arg(destPath);
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::CannotOpen, problem.toStdString());
    }
    result.bytes = QFileInfo(destPath).size();
    spdlog::info("backed up {} to {} (pg_dump): newest audit record {} hash {}", db->location().toStdString(),
                 destPath.toStdString(), result.position.lastSeq, result.position.lastHash.toStdString());
    return result;
}

RestoreResult restorePgDatabase(const QString& archivePath, const QString& conninfo)
{
    RestoreResult result;
    if (!isPgArchive(archivePath)) {
        result.message =
            QStringLiteral("%1 is not a pg_dump archive (xiuhua backup of a PostgreSQL database); "
                           "a database file goes onto a server with migrate-db")
                .arg(archivePath);
        return result;
    }
    if (const QString problem = archiveProblem(archivePath); !problem.isEmpty()) {
        result.message = problem;
        return result;
    }
    auto db = PgConnection::connect(conninfo);
    Statement tables(*db, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
    tables.step();
    if (tables.int64(0) > 0) {
        result.outcome = RestoreOutcome::RefusedNotEmpty;
        result.message =
            QStringLiteral("the database %1 is not empty (%2 tables): an archive is restored only "
                           "into an empty database, so nothing in use is overwritten. Create "
                           "a new one (createdb) and restore into it.")
                .arg(db->location())
                .arg(tables.int64(0));
        return result;
    }
    const ToolConnection connection = toolConnection(conninfo);
    const ToolRun restore =
        runTool(QStringLiteral("pg_restore"),
                {QStringLiteral("--no-owner"), QStringLiteral("--no-acl"), QStringLiteral("--exit-on-error"),
                 QStringLiteral("--single-transaction"), QStringLiteral("--dbname=") + connection.conninfo,
                 archivePath},
                connection);
    if (restore.exitCode != 0) {
        result.message = QStringLiteral("pg_restore failed, nothing was restored: %1").arg(restore.err);
        return result;
    }
    grantPgConsoleRole(*db);
    const AuditChainReport chain = AuditChain::verify(*db);
    const AuditPosition newest = auditPosition(*db);
    if (!chain.ok) {
        result.message = QStringLiteral("restored, but its audit record is not whole: %1").arg(chain.reason);
        return result;
    }
    result.outcome = RestoreOutcome::Restored;
    result.message = QStringLiteral("%1 into %2; newest audit record %3 at %4, hash %5")
                         .arg(archivePath, db->location())
                         .arg(newest.lastSeq)
                         .arg(newest.lastAt, newest.lastHash);
    spdlog::info("restored {}", result.message.toStdString());
    return result;
}

} // namespace xiuhua::storage
