#include "app/restore_in_place.h"
#include "storage/database_backup.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// The console's Restore…, after the console has closed its database: yesterday's backup comes
// back, the database as it was is kept, and the restored record says who restored what.
class TestRestoreInPlace : public QObject
{
    Q_OBJECT

private slots:
    void restoresKeepsTheReplacedDatabaseAndRecordsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("station-20261125-100000.sqlite"));
        core::Actor admin;
        qint64 backupNewest = 0;
        {
            testing::DemoFixture demo(path, testing::recentMorning());
            admin = testing::demoOperator(demo, QStringLiteral("admin"));
            const storage::BackupResult made = storage::backupDatabase(demo.store->database(), backup);
            QVERIFY(made.chain.ok);
            backupNewest = made.position.lastSeq;
            // Work after the backup: gone after the restore, kept in the replaced file.
            demo.store->transact(testing::testOperator(), [](storage::StoreWriter& writer) {
                writer.setMeta(QStringLiteral("after_backup"), QStringLiteral("yes"));
                writer.audit({QStringLiteral("settings.test"), QStringLiteral("meta"), std::nullopt, {}, {}});
            });
        }
        const storage::RestoreResult result = app::restoreInPlace(backup, path, admin);
        QCOMPARE(int(result.outcome), int(storage::RestoreOutcome::Restored));
        QVERIFY2(QFile::exists(result.movedAside), qPrintable(result.movedAside));

        auto restored = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::OpenExisting);
        QVERIFY(!restored->read().meta(QStringLiteral("after_backup")));
        const auto newest = restored->read().auditEvents({}, std::nullopt, 1).front();
        QCOMPARE(newest.action, QStringLiteral("database.restore"));
        QCOMPARE(newest.actorId, admin.responderId);
        QCOMPARE(newest.seq, backupNewest + 1);
        QVERIFY(newest.afterJson.contains(QStringLiteral("station-20261125-100000.sqlite")));
        QVERIFY(restored->verifyAuditChain().ok);

        auto kept =
            storage::SqliteStore::open(result.movedAside, storage::SqliteStore::OpenMode::OpenExisting);
        QCOMPARE(kept->read().meta(QStringLiteral("after_backup")),
                 std::optional<QString>(QStringLiteral("yes")));
    }

    void aDamagedBackupChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("station-20261125-100000.sqlite"));
        core::Actor admin;
        {
            testing::DemoFixture demo(path, testing::recentMorning());
            admin = testing::demoOperator(demo, QStringLiteral("admin"));
        }
        QFile junk(backup);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const storage::RestoreResult result = app::restoreInPlace(backup, path, admin);
        QCOMPARE(int(result.outcome), int(storage::RestoreOutcome::BackupRejected));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestRestoreInPlace)
#include "test_restore_in_place.moc"
