#include "storage/store_engine.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// xiuhua migrate-db as a station runs it: the demo file onto the PostgreSQL server with its audit
// chain (verify-audit --expect on the server passes with the file's newest hash), and the server
// back to a file. Runs with XIUHUA_STORE_ENGINE=postgres inside scripts/test's cluster.
class TestMigrateDbCli : public QObject
{
    Q_OBJECT

private:
    xiuhua::test::StoreEngine m_engine;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XIUHUA_NONINTERACTIVE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(300000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // "SEQ:HASH" of the newest record, from verify-audit's output.
    static QString newest(const QString& verifyOutput)
    {
        static const QRegularExpression line(
            QStringLiteral("Newest record: (\\d+) at \\S+, hash ([0-9a-f]{64})"));
        const QRegularExpressionMatch match = line.match(verifyOutput);
        return match.hasMatch() ? match.captured(1) + QLatin1Char(':') + match.captured(2) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        XIUHUA_REQUIRE_ENGINE(m_engine);
        if (!m_engine.isPostgres())
            QSKIP("migrate-db between the engines runs in test_migrate_db_cli_postgres");
    }

    void fileToServerAndBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("station.sqlite"));
        const Run created = run({QStringLiteral("simulate"), QStringLiteral("--db"), file,
                                 QStringLiteral("--calls"), QStringLiteral("10")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const Run fileVerified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), file});
        QVERIFY2(fileVerified.code == 0, qPrintable(fileVerified.err));
        const QString expectation = newest(fileVerified.out);
        QVERIFY2(!expectation.isEmpty(), qPrintable(fileVerified.out));

        const QString server = m_engine.newLocation(QStringLiteral("migrated"));
        const Run moved = run(
            {QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
        QVERIFY2(moved.code == 0, qPrintable(moved.out + moved.err));
        const Run serverVerified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), server,
                                        QStringLiteral("--expect"), expectation});
        QVERIFY2(serverVerified.code == 0, qPrintable(serverVerified.out + serverVerified.err));
        QCOMPARE(newest(serverVerified.out), expectation);

        // A target that is not empty is refused.
        const Run again = run(
            {QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));

        // And back to a file: an offline copy with the same chain.
        const QString offline = m_dir.filePath(QStringLiteral("offline.sqlite"));
        const Run back = run({QStringLiteral("migrate-db"), QStringLiteral("--from"), server,
                              QStringLiteral("--to"), offline});
        QVERIFY2(back.code == 0, qPrintable(back.out + back.err));
        const Run offlineVerified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), offline,
                                         QStringLiteral("--expect"), expectation});
        QVERIFY2(offlineVerified.code == 0, qPrintable(offlineVerified.out + offlineVerified.err));
        QCOMPARE(newest(offlineVerified.out), expectation);
    }

    // Not a path, not a connection string: refused before anything is created (no folder "mysql:").
    void refusesWhatIsNeither()
    {
        const Run refused = run({QStringLiteral("simulate"), QStringLiteral("--db"),
                                 QStringLiteral("mysql://station-db/xiuhua"), QStringLiteral("--calls"),
                                 QStringLiteral("1")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QLatin1String("mysql://")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("mysql:"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrateDbCli)
#include "test_migrate_db_cli.moc"
