#include "app/background_integrity_check.h"
#include "storage/database_backup.h"
#include "storage/sqlite_store.h"
#include "storage/start_check.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace xiuhua;

// The start check reads only the schema and the newest pages, so damage in the middle of a large
// history is found by the full check after start: a real SQLite file, damaged where the start check
// does not look, is still reported.
class TestBackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        auto store = storage::SqliteStore::open(file, storage::SqliteStore::OpenMode::CreateIfMissing);
        store->transact(
            {std::nullopt, QStringLiteral("测试员"), QStringLiteral("ws")}, [](storage::StoreWriter& writer) {
                for (int i = 1; i <= 3000; ++i) {
                    core::Incident incident;
                    incident.number = QStringLiteral("20261126-%1").arg(i, 5, 10, QLatin1Char('0'));
                    incident.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC).addSecs(i);
                    incident.category = QStringLiteral("theft");
                    incident.description = QString(400, QLatin1Char('x'));
                    writer.insertIncident(incident);
                }
                writer.audit({QStringLiteral("bulk"), QStringLiteral("incident"), std::nullopt, {}, {}});
            });
        store->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        store->database().execute("PRAGMA journal_mode = DELETE");
        return file;
    }

    // Scribbles over pages in the middle: old rows, far from the schema's pages and the newest ones.
    static void damageMiddle(const QString& file)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 300);
        for (qint64 page = pages / 3; page < pages / 3 + 20; ++page) {
            f.seek(page * 4096);
            QByteArray noise(4096, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = static_cast<char>((page * 131 + i * 7) & 0xff);
            f.write(noise);
        }
    }

private slots:
    void damageInTheMiddleIsFoundAfterStart()
    {
        const QString file = database(QStringLiteral("damaged.sqlite"));
        damageMiddle(file);
        {
            auto db = storage::SqliteDatabase::open(file, storage::SqliteDatabase::OpenMode::ReadOnly);
            // What a large file gets before start: the damage is not where it looks.
            QVERIFY(storage::startCheckProblems(db, QFile(file).size(), 0).isEmpty());
        }
        app::BackgroundIntegrityCheck check(file);
        QSignalSpy finished(&check, &app::BackgroundIntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(60000));
        const QStringList problems = finished.front().front().toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY(check.result());
        QCOMPARE(*check.result(), problems);
        QVERIFY(!app::fullIntegrityProblems(file).isEmpty()); // what every backup checks first
    }

    void wholeFileIsWhole()
    {
        const QString file = database(QStringLiteral("whole.sqlite"));
        {
            auto db = storage::SqliteDatabase::open(file, storage::SqliteDatabase::OpenMode::ReadOnly);
            QVERIFY(storage::startCheckProblems(db, QFile(file).size(), 0).isEmpty());
        }
        app::BackgroundIntegrityCheck check(file);
        QSignalSpy finished(&check, &app::BackgroundIntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.front().front().toStringList().isEmpty());
    }

    // Damage where the start check looks (the newest rows) stops the open, as before.
    void damageInTheNewestPagesStopsTheOpen()
    {
        const QString file = database(QStringLiteral("newest.sqlite"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            for (qint64 page = pages - 12; page < pages; ++page) {
                f.seek(page * 4096 + 8);
                f.write(QByteArray(600, '\x5a'));
            }
        }
        auto db = storage::SqliteDatabase::open(file, storage::SqliteDatabase::OpenMode::ReadOnly);
        QVERIFY(!storage::startCheckProblems(db, QFile(file).size(), 0).isEmpty());
    }

    // Closing the console while the check runs does not wait for it.
    void destroyingStopsTheCheck()
    {
        const QString file = database(QStringLiteral("stop.sqlite"));
        auto check = std::make_unique<app::BackgroundIntegrityCheck>(file);
        check->start();
        check.reset(); // must return (interrupts the worker's connection) and not crash
        QVERIFY(QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundIntegrityCheck)
#include "test_background_integrity_check.moc"
