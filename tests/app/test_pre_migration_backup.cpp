#include "app/pre_migration_backup.h"
#include "storage/audit_chain.h"
#include "storage/database_backup.h"
#include "storage/schema.h"
#include "storage/sqlite_store.h"
#include "storage/storage_error.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::storage;

namespace {

core::Actor tester()
{
    return {7, QStringLiteral("测试员"), QStringLiteral("ws-test")};
}

int readVersion(const QString& path)
{
    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    return readSchemaVersion(db);
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// A package upgrade: the new console finds a database of an older schema. Before the store migrates
// it, a checked copy is kept where the Backups dialog finds it; the records and the audit chain
// are whole across the migration. Nothing is copied when no migration is due.
class TestPreMigrationBackup : public QObject
{
    Q_OBJECT

private slots:
    void olderDatabaseIsCopiedThenUpgradedKeepingEveryRecord()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        {
            // Schema 5, before the hash chain: the oldest database a station may still have.
            SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
            migrate(db, 5);
            for (int i = 0; i < 30; ++i)
                db.execute("INSERT INTO audit_event (at, actor_id, actor_name, workstation, action, entity, "
                           "entity_id, after_json) VALUES ('2026-11-20T08:00:00.000Z', 3, '李四', 'ws1', "
                           "'incident.create', 'incident', 42, '{\"a\":1}')");
        }
        const std::optional<app::PreMigrationBackup> kept = app::backupBeforeMigration(path, folder);
        QVERIFY(kept);
        QCOMPARE(kept->fromVersion, 5);
        QCOMPARE(kept->toVersion, currentSchemaVersion());
        QCOMPARE(kept->position.lastSeq, 30);
        QCOMPARE(backupsOf(folder, path), QStringList{kept->path});
        QCOMPARE(readVersion(path), 5); // the copy was taken before anything changed
        QVERIFY(app::describePreMigrationBackup(*kept).contains(kept->path));

        {
            auto store = SqliteStore::open(path, SqliteStore::OpenMode::OpenExisting);
            QCOMPARE(store->schemaVersion(), currentSchemaVersion());
            store->transact(tester(), [](StoreWriter& writer) {
                writer.audit({QStringLiteral("x.y"), QStringLiteral("meta"), std::nullopt, {}, {}});
            });
        }
        SqliteDatabase upgraded = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        const AuditChainReport chain = AuditChain::verify(upgraded);
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        QCOMPARE(chain.rowsChecked, 31);

        // The copy is the database as it was: the old schema, every record, whole.
        SqliteDatabase copy = SqliteDatabase::open(kept->path, SqliteDatabase::OpenMode::ReadOnly);
        QCOMPARE(readSchemaVersion(copy), 5);
        QCOMPARE(auditPosition(copy).lastSeq, 30);
        QVERIFY(integrityProblems(copy).isEmpty());

        // Upgraded once: the next start copies nothing.
        QVERIFY(!app::backupBeforeMigration(path, folder));
        QCOMPARE(backupsOf(folder, path).size(), 1);
    }

    void currentDatabaseIsNotCopied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        SqliteStore::open(path, SqliteStore::OpenMode::CreateIfMissing);
        QVERIFY(!app::backupBeforeMigration(path, dir.filePath(QStringLiteral("backups"))));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
        QVERIFY(!app::backupBeforeMigration(dir.filePath(QStringLiteral("absent.sqlite")), dir.path()));
    }

    // An older program meets a newer database (a downgrade): no copy, no change, and the store
    // still refuses it with its clear message.
    void newerDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
            db.execute("CREATE TABLE future (x)");
            db.execute("PRAGMA user_version = 99");
        }
        const QByteArray before = digest(path);
        QVERIFY(!app::backupBeforeMigration(path, dir.filePath(QStringLiteral("backups"))));
        try {
            SqliteStore::open(path, SqliteStore::OpenMode::OpenExisting);
            QFAIL("a newer database was opened");
        } catch (const StorageError& error) {
            QCOMPARE(int(error.kind()), int(StorageError::Kind::NewerSchema));
        }
        QCOMPARE(digest(path), before);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestPreMigrationBackup)
#include "test_pre_migration_backup.moc"
