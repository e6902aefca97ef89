#include "app/app_options.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace xiuhua::app;

class TestAppOptions : public QObject
{
    Q_OBJECT

    static ParseResult parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("xiuhua"));
        return parseCommandLine(arguments);
    }

private slots:
    void defaultsToTheConsole()
    {
        const ParseResult result = parse({});
        QVERIFY(result.options);
        QCOMPARE(result.options->command, AppOptions::Command::Console);
        QVERIFY(result.options->databasePath.isEmpty());
        QCOMPARE(result.options->logLevel, QStringLiteral("info"));
    }

    void readsOptions()
    {
        const ParseResult result =
            parse({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--lang"),
                   QStringLiteral("en"), QStringLiteral("--log-level"), QStringLiteral("debug"),
                   QStringLiteral("--operator"), QStringLiteral("031524")});
        QVERIFY(result.options);
        QCOMPARE(result.options->databasePath, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(result.options->language, QStringLiteral("en"));
        QCOMPARE(result.options->logLevel, QStringLiteral("debug"));
        QCOMPARE(result.options->operatorLogin, QStringLiteral("031524"));
    }

    void acceptsAPostgresConnectionString()
    {
        const ParseResult result =
            parse({QStringLiteral("--db"), QStringLiteral("postgresql://dispatch@station-db/xiuhua")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->databasePath, QStringLiteral("postgresql://dispatch@station-db/xiuhua"));
        const ParseResult migrate =
            parse({QStringLiteral("migrate-db"), QStringLiteral("--from"), QStringLiteral("a.sqlite"),
                   QStringLiteral("--to"), QStringLiteral("service=xiuhua")});
        QVERIFY2(migrate.options, qPrintable(migrate.error));
        QCOMPARE(migrate.options->command, AppOptions::Command::MigrateDb);
        QCOMPARE(migrate.options->migrateTo, QStringLiteral("service=xiuhua"));
    }

    void checkDbCommand()
    {
        const ParseResult result = parse({QStringLiteral("check-db"), QStringLiteral("a.sqlite")});
        QVERIFY(result.options);
        QCOMPARE(result.options->command, AppOptions::Command::CheckDb);
        QCOMPARE(result.options->checkDbPath, QStringLiteral("a.sqlite"));
    }

    void exportMapOptions()
    {
        const ParseResult result = parse(
            {QStringLiteral("export-map"), QStringLiteral("--out"), QStringLiteral("a.pdf"),
             QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--extent"),
             QStringLiteral("121.46,31.22,121.49,31.24"), QStringLiteral("--data"), QStringLiteral("a.shp"),
             QStringLiteral("--data"), QStringLiteral("b.gpkg:roads"), QStringLiteral("--no-labels")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, AppOptions::Command::ExportMap);
        QCOMPARE(result.options->exportSize, QSize(640, 480));
        QCOMPARE(result.options->exportExtent->left(), 121.46);
        QCOMPARE(result.options->dataArguments.size(), 2);
        QVERIFY(result.options->noLabels);
    }

    void optionsMayComeBeforeTheCommand()
    {
        const ParseResult result =
            parse({QStringLiteral("--db"), QStringLiteral("a.sqlite"), QStringLiteral("report"),
                   QStringLiteral("--shift"), QStringLiteral("3"), QStringLiteral("--out"),
                   QStringLiteral("r.csv")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, AppOptions::Command::Report);
        QCOMPARE(result.options->databasePath, QStringLiteral("a.sqlite"));
        QCOMPARE(result.options->reportShiftId, 3);
    }

    void eachCommandHasItsOwnHelp()
    {
        const ParseResult result = parse({QStringLiteral("simulate"), QStringLiteral("--help")});
        QVERIFY(result.options);
        QCOMPARE(result.options->command, AppOptions::Command::Help);
        QVERIFY(result.options->helpText.startsWith(QStringLiteral("Usage: xiuhua [options] simulate")));
        QVERIFY(result.options->helpText.contains(QStringLiteral("--calls")));
        QVERIFY(!result.options->helpText.contains(QStringLiteral("--shift")));
        const ParseResult top = parse({QStringLiteral("--help")});
        QVERIFY(top.options);
        QVERIFY(top.options->helpText.startsWith(QStringLiteral("Usage: xiuhua [options] [command]")));
        QVERIFY(top.options->helpText.contains(QStringLiteral("verify-audit")));
    }

    void simulateAndRestoreOptions()
    {
        const ParseResult simulate =
            parse({QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("s.sqlite"),
                   QStringLiteral("--calls"), QStringLiteral("7"), QStringLiteral("--rate"),
                   QStringLiteral("2.5"), QStringLiteral("--seed"), QStringLiteral("9"),
                   QStringLiteral("--responders"), QStringLiteral("3")});
        QVERIFY2(simulate.options, qPrintable(simulate.error));
        QCOMPARE(simulate.options->simulateCalls, 7);
        QCOMPARE(simulate.options->simulateRatePerMinute, 2.5);
        QCOMPARE(simulate.options->simulateSeed, quint64(9));
        QCOMPARE(simulate.options->simulateResponders, 3);
        QVERIFY(!simulate.options->simulateStart.isValid()); // the clock's now
        // --start without a zone is station time (Shanghai, UTC+8); --history-days instead of years.
        const ParseResult started =
            parse({QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("s.sqlite"),
                   QStringLiteral("--start"), QStringLiteral("2026-11-01T08:00"),
                   QStringLiteral("--history-days"), QStringLiteral("10")});
        QVERIFY2(started.options, qPrintable(started.error));
        QCOMPARE(started.options->simulateStart, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(started.options->simulateHistoryDays, 10);
        QCOMPARE(started.options->simulateHistoryYears, 0);
        const ParseResult restore =
            parse({QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("b"),
                   QStringLiteral("--db"), QStringLiteral("d"), QStringLiteral("--force")});
        QVERIFY2(restore.options, qPrintable(restore.error));
        QCOMPARE(restore.options->command, AppOptions::Command::Restore);
        QCOMPARE(restore.options->backupPath, QStringLiteral("b"));
        QVERIFY(restore.options->force);
    }

    // The station package's unit runs `xiuhua serve --config /etc/xiuhua/serve.conf`.
    void serveReadsItsConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("serve.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\n\ndb = /var/lib/xiuhua/station.sqlite\nlisten = 0.0.0.0:8443\n"
                   "cert = /etc/c.pem\nkey=/etc/k.pem\nretention-days = 7\nrequests-per-address = 120\n");
        file.close();
        ParseResult result = parse({QStringLiteral("serve"), QStringLiteral("--config"), path});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->databasePath, QStringLiteral("/var/lib/xiuhua/station.sqlite"));
        QCOMPARE(result.options->serveListen, QStringLiteral("0.0.0.0:8443"));
        QCOMPARE(result.options->serveCertificate, QStringLiteral("/etc/c.pem"));
        QCOMPARE(result.options->serveKey, QStringLiteral("/etc/k.pem"));
        QCOMPARE(result.options->serveRetentionDays, 7);
        QCOMPARE(result.options->serveRequestsPerAddress, 120.0);
        QVERIFY(!result.options->servePlainHttp);
        // The command line wins over the file.
        result = parse({QStringLiteral("serve"), QStringLiteral("--config"), path, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:9000")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->serveListen, QStringLiteral("127.0.0.1:9000"));
        QCOMPARE(result.options->databasePath, QStringLiteral("/var/lib/xiuhua/station.sqlite"));
    }

    void serveRejectsABadConfigFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unknown key") << QByteArray(
            "db = a\nlisten = 0.0.0.0:1\nplain-http = yes\nport = 1\n");
        QTest::newRow("no equals sign") << QByteArray("db a\n");
        QTest::newRow("plain-http not yes or no")
            << QByteArray("db = a\nlisten = 0.0.0.0:1\nplain-http = 1\n");
        QTest::newRow("no database") << QByteArray("listen = 0.0.0.0:1\nplain-http = yes\n");
        QTest::newRow("requests per address not a number")
            << QByteArray("db = a\nlisten = 0.0.0.0:1\nplain-http = yes\nrequests-per-address = many\n");
        QTest::newRow("requests per address zero")
            << QByteArray("db = a\nlisten = 0.0.0.0:1\nplain-http = yes\nrequests-per-address = 0\n");
    }

    void serveRejectsABadConfigFile()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const ParseResult result = parse({QStringLiteral("serve"), QStringLiteral("--config"), path});
        QVERIFY(!result.options);
        QVERIFY(!result.error.isEmpty());
        const ParseResult missing = parse(
            {QStringLiteral("serve"), QStringLiteral("--config"), dir.filePath(QStringLiteral("none"))});
        QVERIFY(!missing.options);
        QVERIFY(missing.error.contains(QStringLiteral("none")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")};
        QTest::newRow("check-db without file") << QStringList{QStringLiteral("check-db")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("export without out") << QStringList{QStringLiteral("export-map")};
        QTest::newRow("export bad size")
            << QStringList{QStringLiteral("export-map"), QStringLiteral("--out"), QStringLiteral("a.png"),
                           QStringLiteral("--size"), QStringLiteral("big")};
        QTest::newRow("export inverted extent")
            << QStringList{QStringLiteral("export-map"), QStringLiteral("--out"), QStringLiteral("a.png"),
                           QStringLiteral("--extent"), QStringLiteral("121.5,31.3,121.4,31.2")};
        QTest::newRow("bad log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")};
        QTest::newRow("db of another scheme")
            << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://station-db/xiuhua")};
        QTest::newRow("db with an unknown keyword")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"),
                           QStringLiteral("host=station-db databse=xiuhua")};
        QTest::newRow("migrate-db without --to") << QStringList{
            QStringLiteral("migrate-db"), QStringLiteral("--from"), QStringLiteral("a.sqlite")};
        QTest::newRow("migrate-db to another scheme")
            << QStringList{QStringLiteral("migrate-db"), QStringLiteral("--from"), QStringLiteral("a.sqlite"),
                           QStringLiteral("--to"), QStringLiteral("mysql://db/x")};
        QTest::newRow("check-db with two files")
            << QStringList{QStringLiteral("check-db"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("word after a command")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--out"),  QStringLiteral("b"),    QStringLiteral("now")};
        QTest::newRow("another command's option")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--size"), QStringLiteral("100x100")};
        QTest::newRow("simulate rate zero")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--rate"), QStringLiteral("0")};
        QTest::newRow("simulate calls not a number")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--calls"), QStringLiteral("many")};
        QTest::newRow("simulate start not a time")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--start"), QStringLiteral("tomorrow")};
        QTest::newRow("simulate history in years and days")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"),
                           QStringLiteral("a"),        QStringLiteral("--history-years"),
                           QStringLiteral("1"),        QStringLiteral("--history-days"),
                           QStringLiteral("10")};
        QTest::newRow("simulate history days zero")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--history-days"), QStringLiteral("0")};
        QTest::newRow("verify-audit bad expectation")
            << QStringList{QStringLiteral("verify-audit"), QStringLiteral("--db"), QStringLiteral("a"),
                           QStringLiteral("--expect"), QStringLiteral("3:xyz")};
        QTest::newRow("restore without backup")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--db"), QStringLiteral("a")};
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        const ParseResult result = parse(arguments);
        QVERIFY(!result.options);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAppOptions)
#include "test_app_options.moc"
