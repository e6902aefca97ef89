#include "storage/database_location.h"
#include "storage/pg_connection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua::storage;

// What --db names: a file, a PostgreSQL database, or neither (refused before anything is opened).
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // file, postgres or refused
        QTest::newRow("path") << QStringLiteral("/var/lib/xiuhua/station.sqlite") << QStringLiteral("file");
        QTest::newRow("relative") << QStringLiteral("demo.sqlite") << QStringLiteral("file");
        QTest::newRow("chinese path") << QStringLiteral("数据/派出所.sqlite") << QStringLiteral("file");
        QTest::newRow("uri") << QStringLiteral("postgresql://dispatch@station-db/xiuhua")
                             << QStringLiteral("postgres");
        QTest::newRow("short uri") << QStringLiteral("postgres://station-db:5433/xiuhua?sslmode=verify-full")
                                   << QStringLiteral("postgres");
        QTest::newRow("service") << QStringLiteral("service=xiuhua") << QStringLiteral("postgres");
        QTest::newRow("key values") << QStringLiteral("host=station-db dbname=xiuhua user=dispatch")
                                    << QStringLiteral("postgres");
        QTest::newRow("other scheme")
            << QStringLiteral("mysql://station-db/xiuhua") << QStringLiteral("refused");
        QTest::newRow("http") << QStringLiteral("http://example.org/db.sqlite") << QStringLiteral("refused");
        QTest::newRow("unknown keyword")
            << QStringLiteral("host=station-db databse=xiuhua") << QStringLiteral("refused");
        QTest::newRow("bad uri") << QStringLiteral("postgresql://[::1") << QStringLiteral("refused");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("refused");
    }

    void classifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const auto location = classifyDatabase(text, &error);
        if (expected == QLatin1String("refused")) {
            QVERIFY(!location);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->isPostgres(), expected == QLatin1String("postgres"));
    }

    // A file whose name looks like key=value is still the file.
    void anExistingFileWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("host=a.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QDir::setCurrent(dir.path());
        const auto location = classifyDatabase(QStringLiteral("host=a.sqlite"));
        QVERIFY(location);
        QVERIFY(!location->isPostgres());
    }

    void passwordsAreNotRepeated()
    {
        QCOMPARE(PgConnection::redacted(QStringLiteral("postgresql://dispatch:s3cret@db/xiuhua")),
                 QStringLiteral("postgresql://dispatch@db/xiuhua"));
        QVERIFY(!PgConnection::redacted(QStringLiteral("host=db password=s3cret dbname=x"))
                     .contains(QStringLiteral("s3cret")));
    }

    void placeholdersBecomeNumbered()
    {
        QCOMPARE(toPostgresPlaceholders("SELECT ?1, ?, ?5, ? WHERE a = '?' AND b = ?2::json"),
                 QByteArray("SELECT $1, $2, $5, $6 WHERE a = '?' AND b = $2::json"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "test_database_location.moc"
