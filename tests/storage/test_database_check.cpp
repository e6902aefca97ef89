#include "storage/database_check.h"
#include "storage/schema.h"
#include "storage/sqlite_database.h"
#include "storage/sqlite_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua::storage;

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void healthyDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("ok.sqlite"));
        SqliteStore::open(path, SqliteStore::OpenMode::CreateIfMissing);
        const DatabaseCheckResult result = checkDatabase(path);
        QVERIFY2(result.healthy(), qPrintable(result.error));
        QCOMPARE(result.schemaVersion, currentSchemaVersion());
        QCOMPARE(result.rowCounts.size(), schemaTables().size());
        QCOMPARE(result.rowCounts.at(QStringLiteral("incident")), 0);
    }

    void notADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("x.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const DatabaseCheckResult result = checkDatabase(path);
        QVERIFY(!result.healthy());
        QVERIFY(result.error.contains(QStringLiteral("not an SQLite database")));
    }

    // A copy kept before an upgrade has the old schema: whole, and upgraded when a console opens it.
    // One from a newer release is not for this one.
    void olderSchemaIsHealthyNewerIsNot()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
            migrate(db, 5);
        }
        DatabaseCheckResult result = checkDatabase(path);
        QVERIFY2(result.healthy(), qPrintable(result.error));
        QCOMPARE(result.schemaVersion, 5);
        // Its rows are counted, table by table it has (to compare with the database it was copied from).
        QVERIFY(result.rowCounts.count(QStringLiteral("incident")));
        QVERIFY(!result.rowCounts.count(QStringLiteral("device"))); // schema 7's
        QCOMPARE(result.rowCounts.at(QStringLiteral("incident")), 0);
        {
            SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite);
            db.execute(QStringLiteral("PRAGMA user_version = %1")
                           .arg(currentSchemaVersion() + 1)
                           .toUtf8()
                           .constData());
        }
        result = checkDatabase(path);
        QVERIFY(!result.healthy());
    }

    void missingFile() { QVERIFY(!checkDatabase(m_dir.filePath(QStringLiteral("none.sqlite"))).healthy()); }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "test_database_check.moc"
