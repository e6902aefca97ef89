#include "storage/sqlite_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// Runs the real xiuhua executable, as a user or a script would.
class TestXiuhuaCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("xiuhua ")));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("check-db")));
    }

    void badArgumentsExitTwo()
    {
        const Run result = run({QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(run({QStringLiteral("check-db")}).exitCode, 2);
    }

    void checkDbHealthy()
    {
        const QString path = m_dir.filePath(QStringLiteral("ok.sqlite"));
        storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Schema version: 2")));
        QVERIFY(result.out.contains(QStringLiteral("Integrity check: ok")));
        QVERIFY(result.out.contains(QStringLiteral("audit_event")));
    }

    void checkDbRefusesWithoutChanging()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
        file.close();
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("not an SQLite database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database at all\n"));

        QCOMPARE(run({QStringLiteral("check-db"), m_dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode,
                 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void checkDbReportsNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = storage::SqliteDatabase::open(path, storage::SqliteDatabase::OpenMode::ReadWriteCreate);
            db.execute("PRAGMA user_version = 42");
        }
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("newer")));
    }

    void consoleRefusesABadDatabaseWithoutAWindow()
    {
        // The console cannot run without a display, but it must fail cleanly (no crash) when the
        // platform is offscreen and the database is not a database: a dialog and exit code 1.
        const QString path = m_dir.filePath(QStringLiteral("bogus.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = QCryptographicHash::hash(QByteArray(4096, 'x'), QCryptographicHash::Sha256);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XIUHUA_NONINTERACTIVE"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), {QStringLiteral("--db"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("not a Xiuhua")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }
};

QTEST_GUILESS_MAIN(TestXiuhuaCli)
#include "test_xiuhua_cli.moc"
