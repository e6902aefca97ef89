#include "storage/database_backup.h"
#include "storage/database_health.h"
#include "storage/sqlite_store.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace xiuhua;
using namespace xiuhua::storage;

namespace {

core::Actor tester()
{
    return {std::nullopt, QStringLiteral("测试员"), QStringLiteral("ws-test")};
}

void writeRecords(SqliteStore& store, int count, const QString& prefix)
{
    for (int i = 0; i < count; ++i) {
        store.transact(tester(), [&](StoreWriter& writer) {
            writer.setMeta(prefix + QString::number(i), QStringLiteral("x").repeated(2000));
            writer.audit({QStringLiteral("meta.set"), QStringLiteral("meta"), i, {}, {}});
        });
    }
}

qint64 auditCount(const QString& path)
{
    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    Statement s(db, "SELECT count(*) FROM audit_event");
    s.step();
    return s.int64(0);
}

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

// Overwrites a few pages in the middle of the file, as a failing disk would.
void damage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    for (qint64 page = 2; page < size / 4096; page += 3) {
        file.seek(page * 4096 + 8);
        file.write(QByteArray(200, '\x5a'));
    }
}

} // namespace

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString database(const QString& name, int records)
    {
        const QString file = path(name);
        auto store = SqliteStore::open(file, SqliteStore::OpenMode::CreateIfMissing);
        writeRecords(*store, records, QStringLiteral("k"));
        return file;
    }

private slots:
    void backupIsWholeAndSelfContained()
    {
        const QString source = database(QStringLiteral("a.sqlite"), 30);
        auto store = SqliteStore::open(source, SqliteStore::OpenMode::OpenExisting);
        const BackupResult result = backupDatabase(store->database(), path(QStringLiteral("a.bak")));
        QVERIFY(result.chain.ok);
        QCOMPARE(result.position.lastSeq, 30);
        QVERIFY(result.pages > 10);
        QVERIFY(!QFile::exists(path(QStringLiteral("a.bak.part"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("a.bak-wal"))));
        QCOMPARE(auditCount(path(QStringLiteral("a.bak"))), 30);
        QVERIFY(isGoodBackup(path(QStringLiteral("a.bak"))));
    }

    // The console keeps writing through its own connection while a backup copies in small steps
    // from another: the writer is never refused and the copy is a whole database of one moment.
    void backupWhileTheConsoleWrites()
    {
        const QString source = database(QStringLiteral("busy.sqlite"), 200);
        auto store = SqliteStore::open(source, SqliteStore::OpenMode::OpenExisting);
        std::atomic<bool> copying{true};
        std::atomic<int> written{0};
        std::thread backupThread([&] {
            SqliteDatabase reader = SqliteDatabase::open(source, SqliteDatabase::OpenMode::ReadOnly);
            reader.execute("PRAGMA busy_timeout = 5000");
            BackupOptions slow;
            slow.pagesPerStep = 4;
            slow.pauseMs = 5;
            backupDatabase(reader, path(QStringLiteral("busy.bak")), slow);
            copying = false;
        });
        while (copying) {
            writeRecords(*store, 1, QStringLiteral("during") + QString::number(written));
            ++written;
        }
        backupThread.join();
        QVERIFY2(written > 3, "the console could not write during the backup");
        const qint64 copied = auditCount(path(QStringLiteral("busy.bak")));
        QVERIFY(copied >= 200 && copied <= 200 + written);
        QVERIFY(isGoodBackup(path(QStringLiteral("busy.bak"))));
        qInfo("%d console writes during one backup", written.load());
    }

    void restoreRefusesANewerDatabase()
    {
        const QString target = database(QStringLiteral("r.sqlite"), 10);
        {
            SqliteDatabase db = SqliteDatabase::open(target, SqliteDatabase::OpenMode::ReadOnly);
            backupDatabase(db, path(QStringLiteral("r.bak")));
        }
        {
            auto store = SqliteStore::open(target, SqliteStore::OpenMode::OpenExisting);
            writeRecords(*store, 5, QStringLiteral("later"));
        }
        const RestoreResult refused = restoreDatabase(path(QStringLiteral("r.bak")), target, false);
        QCOMPARE(refused.outcome, RestoreOutcome::RefusedNewer);
        QVERIFY(refused.message.contains(QLatin1String("--force")));
        QCOMPARE(auditCount(target), 15);

        const RestoreResult forced = restoreDatabase(path(QStringLiteral("r.bak")), target, true);
        QCOMPARE(forced.outcome, RestoreOutcome::Restored);
        QCOMPARE(auditCount(target), 10);
        QCOMPARE(auditCount(forced.movedAside), 15); // the replaced database is kept, not destroyed
        QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
        QCOMPARE(modeOf(target), 0600);
        auto reopened = SqliteStore::open(target, SqliteStore::OpenMode::OpenExisting);
        writeRecords(*reopened, 1, QStringLiteral("after"));
    }

    void restoreRefusesABrokenBackup()
    {
        const QString target = database(QStringLiteral("t.sqlite"), 5);
        const QString source = database(QStringLiteral("s.sqlite"), 12);
        {
            SqliteDatabase db = SqliteDatabase::open(source, SqliteDatabase::OpenMode::ReadOnly);
            backupDatabase(db, path(QStringLiteral("s.bak")));
        }
        sqlite3* raw = nullptr;
        sqlite3_open(path(QStringLiteral("s.bak")).toUtf8().constData(), &raw);
        QCOMPARE(sqlite3_exec(raw,
                              "DROP TRIGGER audit_event_no_update; UPDATE audit_event SET actor_name = 'x' "
                              "WHERE seq = 4",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const RestoreResult result = restoreDatabase(path(QStringLiteral("s.bak")), target, true);
        QCOMPARE(result.outcome, RestoreOutcome::BackupRejected);
        QVERIFY2(result.message.contains(QLatin1String("record 4")), qPrintable(result.message));
        QCOMPARE(auditCount(target), 5);

        QFile text(path(QStringLiteral("notes.bak")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database at all, just some notes\n");
        text.close();
        QCOMPARE(restoreDatabase(text.fileName(), target, true).outcome, RestoreOutcome::BackupRejected);
        QCOMPARE(auditCount(target), 5);
    }

    void restoreIntoANewFile()
    {
        const QString source = database(QStringLiteral("n.sqlite"), 3);
        {
            SqliteDatabase db = SqliteDatabase::open(source, SqliteDatabase::OpenMode::ReadOnly);
            backupDatabase(db, path(QStringLiteral("n.bak")));
        }
        const QString target = path(QStringLiteral("fresh.sqlite"));
        const RestoreResult result = restoreDatabase(path(QStringLiteral("n.bak")), target, false);
        QCOMPARE(result.outcome, RestoreOutcome::Restored);
        QVERIFY(result.movedAside.isEmpty());
        QCOMPARE(auditCount(target), 3);
    }

    void filesAreOwnerOnly()
    {
        const QString file = database(QStringLiteral("perm.sqlite"), 2);
        auto store = SqliteStore::open(file, SqliteStore::OpenMode::OpenExisting);
        writeRecords(*store, 1, QStringLiteral("wal"));
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-shm")), 0600);
        backupDatabase(store->database(), path(QStringLiteral("perm.bak")));
        QCOMPARE(modeOf(path(QStringLiteral("perm.bak"))), 0600);
    }

    void healthVerdicts()
    {
        const QString good = database(QStringLiteral("h.sqlite"), 40);
        QCOMPARE(assessDatabase(good, {}).verdict, DatabaseHealth::Verdict::Healthy);
        QVERIFY(assessDatabase(good, {}, 1).partial); // above the size limit: the start check only
        QCOMPARE(assessDatabase(good, {}, 1).verdict, DatabaseHealth::Verdict::Healthy);
        QVERIFY(!assessDatabase(good, {}).partial);
        QCOMPARE(assessDatabase(path(QStringLiteral("none.sqlite")), {}).verdict,
                 DatabaseHealth::Verdict::Missing);

        {
            SqliteDatabase db = SqliteDatabase::open(good, SqliteDatabase::OpenMode::ReadOnly);
            backupDatabase(db, path(QStringLiteral("h-older.bak")));
            backupDatabase(db, path(QStringLiteral("h-newer.bak")));
        }
        QFile::copy(good, path(QStringLiteral("damaged.sqlite")));
        damage(path(QStringLiteral("damaged.sqlite")));
        damage(path(QStringLiteral("h-newer.bak"))); // the newest backup is bad too: skipped
        const QStringList newestFirst{path(QStringLiteral("missing.bak")),
                                      path(QStringLiteral("h-newer.bak")),
                                      path(QStringLiteral("h-older.bak"))};
        const DatabaseHealth damaged = assessDatabase(path(QStringLiteral("damaged.sqlite")), newestFirst);
        QCOMPARE(damaged.verdict, DatabaseHealth::Verdict::Damaged);
        QVERIFY(!damaged.canOpen());
        QVERIFY(!damaged.detail.isEmpty());
        QCOMPARE(damaged.latestGoodBackup.value_or(QString()), path(QStringLiteral("h-older.bak")));

        const QByteArray before = [&] {
            QFile f(path(QStringLiteral("damaged.sqlite")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const QString copy =
            copyBackupBeside(*damaged.latestGoodBackup, path(QStringLiteral("damaged.sqlite")));
        QVERIFY(copy.contains(QLatin1String("damaged.from-backup-")));
        QCOMPARE(auditCount(copy), 40);
        QFile after(path(QStringLiteral("damaged.sqlite")));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // never a silent repair

        QFile text(path(QStringLiteral("text.sqlite")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, this is not SQLite");
        text.close();
        QCOMPARE(assessDatabase(text.fileName(), {}).verdict, DatabaseHealth::Verdict::NotADatabase);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "test_database_backup.moc"
