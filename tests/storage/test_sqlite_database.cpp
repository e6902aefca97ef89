#include "storage/sqlite_database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua::storage;

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteDatabase freshDatabase(const char* name)
    {
        SqliteDatabase db = SqliteDatabase::open(m_dir.filePath(QString::fromLatin1(name)),
                                                 SqliteDatabase::OpenMode::ReadWriteCreate);
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, ts TEXT)");
        return db;
    }

private slots:
    void bindsAndReadsEveryType()
    {
        SqliteDatabase db = freshDatabase("types.sqlite");
        const QDateTime when = QDateTime(QDate(2026, 11, 26), QTime(13, 5, 7, 250), Qt::UTC);
        const QString tricky = QStringLiteral("人民广场'); DROP TABLE t; --");
        Statement insert(db, "INSERT INTO t (i, r, s, b, ts) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, qint64{1} << 40).bind(2, 31.2304).bind(3, tricky).bind(4, QByteArray("\0\1\2", 3));
        insert.bind(5, when);
        insert.run();
        QCOMPARE(db.lastInsertId(), qint64{1});

        Statement select(db, "SELECT i, r, s, b, ts, NULL FROM t");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), qint64{1} << 40);
        QCOMPARE(select.real(1), 31.2304);
        QCOMPARE(select.text(2), tricky);
        QCOMPARE(select.blob(3), QByteArray("\0\1\2", 3));
        QCOMPARE(select.time(4), when);
        QVERIFY(select.isNull(5));
        QVERIFY(!select.optionalInt64(5));
        QVERIFY(!select.step());
    }

    void optionalBindsNull()
    {
        SqliteDatabase db = freshDatabase("optional.sqlite");
        Statement insert(db, "INSERT INTO t (i) VALUES (?)");
        insert.bind(1, std::optional<qint64>{});
        insert.run();
        Statement select(db, "SELECT i FROM t");
        QVERIFY(select.step());
        QVERIFY(select.isNull(0));
    }

    void transactionRollsBackOnException()
    {
        SqliteDatabase db = freshDatabase("rollback.sqlite");
        try {
            Transaction transaction(db);
            Statement insert(db, "INSERT INTO t (i) VALUES (?)");
            insert.bind(1, 7);
            insert.run();
            throw std::runtime_error("boom");
        } catch (const std::runtime_error&) {
        }
        Statement count(db, "SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), qint64{0});
    }

    void transactionCommits()
    {
        SqliteDatabase db = freshDatabase("commit.sqlite");
        {
            Transaction transaction(db);
            Statement insert(db, "INSERT INTO t (i) VALUES (?)");
            insert.bind(1, 7);
            insert.run();
            transaction.commit();
        }
        Statement count(db, "SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), qint64{1});
    }

    void badSqlThrows()
    {
        SqliteDatabase db = freshDatabase("bad.sqlite");
        QVERIFY_THROWS_EXCEPTION(StorageError, Statement(db, "SELEC nothing"));
        db.execute("CREATE TABLE u (x INTEGER NOT NULL)");
        Statement insert(db, "INSERT INTO u (x) VALUES (?)");
        insert.bindNull(1);
        try {
            insert.run();
            QFAIL("a NOT NULL violation must throw");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Constraint);
        }
    }

    void missingFileIsNotCreatedWithoutCreateMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "test_sqlite_database.moc"
