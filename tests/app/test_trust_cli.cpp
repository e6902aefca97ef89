#include "storage/audit_chain.h"
#include "storage/sqlite_database.h"
#include "storage/start_check.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

// The trust commands as an operator runs them: verify-audit, backup, restore, and the console's
// start-up check on a damaged database (XIUHUA_NONINTERACTIVE: errors on stderr, exit 1).
class TestTrustCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

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
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static int modeOf(const QString& file)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 0777)
                                                                       : -1;
    }

    static bool tamper(const QString& file, const char* sql)
    {
        sqlite3* db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        const bool ok =
            sqlite3_exec(db, "DROP TRIGGER audit_event_no_update", nullptr, nullptr, nullptr) == SQLITE_OK &&
            sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.sqlite"));
        const Run created = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_demo,
                                 QStringLiteral("--calls"), QStringLiteral("20")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QCOMPARE(modeOf(m_demo), 0600);
    }

    // simulate's bulk history (issue 15): years of incidents in one run, and the record still whole.
    void historyVerifies()
    {
        const QString history = path(QStringLiteral("history.sqlite"));
        const Run built = run({QStringLiteral("simulate"), QStringLiteral("--db"), history,
                               QStringLiteral("--history-years"), QStringLiteral("2"),
                               QStringLiteral("--history-incidents"), QStringLiteral("1500")});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        QVERIFY2(built.out.contains(QLatin1String("History: 1500 incidents")), qPrintable(built.out));
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), history});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        const Run checked = run({QStringLiteral("check-db"), history});
        QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    }

    // The incidents of a database as text: what must match between two runs of the same seed and start.
    static QString incidentsOf(const QString& file)
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT number, received_at, category, priority, status, lon, lat, caller_phone, "
                           "disposition FROM incident ORDER BY number",
                           -1, &statement, nullptr);
        QString rows;
        while (statement && sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                rows += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, c))) +
                        QLatin1Char('|');
            rows += QLatin1Char('\n');
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return rows;
    }

    // simulate is reproducible (issue 15): the same --seed and --start give the same incidents and
    // the same report figures, history included; another start gives others.
    void theSameSeedAndStartGiveTheSameStation()
    {
        const auto simulate = [this](const QString& name, const QString& start) {
            const QString db = path(name + QStringLiteral(".sqlite"));
            const Run made =
                run({QStringLiteral("simulate"), QStringLiteral("--db"), db, QStringLiteral("--seed"),
                     QStringLiteral("7"), QStringLiteral("--start"), start, QStringLiteral("--history-years"),
                     QStringLiteral("1"), QStringLiteral("--history-incidents"), QStringLiteral("400"),
                     QStringLiteral("--calls"), QStringLiteral("60")});
            if (made.code != 0)
                qWarning("%s", qPrintable(made.err));
            return made.code == 0 ? db : QString();
        };
        const QString first = simulate(QStringLiteral("seed7-a"), QStringLiteral("2026-11-01T08:00"));
        const QString second = simulate(QStringLiteral("seed7-b"), QStringLiteral("2026-11-01T08:00"));
        const QString later = simulate(QStringLiteral("seed7-later"), QStringLiteral("2026-11-01T20:00"));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !later.isEmpty());
        const QString incidents = incidentsOf(first);
        QVERIFY(incidents.count(QLatin1Char('\n')) >= 400);
        QCOMPARE(incidentsOf(second), incidents);
        QVERIFY(incidentsOf(later) != incidents);
        // The calls are at the start given (station time), not at the clock's now.
        QVERIFY2(incidents.contains(QLatin1String("20261101-")), qPrintable(incidents.right(300)));

        const auto report = [this](const QString& db) {
            const QString csv = db + QStringLiteral(".csv");
            const Run made =
                run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                     QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-02"),
                     QStringLiteral("--out"), csv});
            QFile file(csv);
            return made.code == 0 && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                                    : QString();
        };
        const QString figures = report(first);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(report(second), figures);

        QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--db"), path(QStringLiteral("x.sqlite")),
                      QStringLiteral("--start"), QStringLiteral("yesterday")})
                     .code,
                 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.sqlite"))));
    }

    // A history larger than the start check's full-check size still starts: the console reaches the
    // login (XIUHUA_NONINTERACTIVE without --operator stops there, exit 0).
    void largeHistoryStarts()
    {
        const QString history = path(QStringLiteral("large-history.sqlite"));
        const Run built = run({QStringLiteral("simulate"), QStringLiteral("--db"), history,
                               QStringLiteral("--history-years"), QStringLiteral("3"),
                               QStringLiteral("--history-incidents"), QStringLiteral("12000")});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        QVERIFY(QFileInfo(history).size() > xiuhua::storage::fullStartCheckUpToBytes);
        const Run console = run({QStringLiteral("--db"), history});
        QCOMPARE(console.code, 0);
        QVERIFY2(console.err.contains(QLatin1String("no operator logged in")), qPrintable(console.err));
        QVERIFY2(!console.err.contains(QLatin1String("damaged")), qPrintable(console.err));
    }

    void cleanDemoVerifies()
    {
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_demo});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QLatin1String("The audit record is whole.")));
        QVERIFY(verified.out.contains(QLatin1String("hash ")));
    }

    // Whoever can write the file can rebuild a whole chain; a hash written down earlier (printed on
    // every report, logged with every backup) is what such a rebuild cannot match.
    void aRebuiltChainDoesNotMatchTheHashWrittenDown()
    {
        const QString copy = path(QStringLiteral("rebuilt.sqlite"));
        QVERIFY(QFile::copy(m_demo, copy));
        qint64 seq = 0;
        QString hash;
        {
            sqlite3* db = nullptr;
            sqlite3_open(copy.toUtf8().constData(), &db);
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(db, "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1", -1,
                               &statement, nullptr);
            QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
            seq = sqlite3_column_int64(statement, 0);
            hash = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
            sqlite3_finalize(statement);
            sqlite3_close(db);
        }
        const QString noted = QStringLiteral("%1:%2").arg(seq).arg(hash);
        const Run before = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy,
                                QStringLiteral("--expect"), noted});
        QVERIFY2(before.code == 0, qPrintable(before.err));
        QVERIFY(before.out.contains(QLatin1String("has the hash written down")));

        // Rewrite who did everything, then give every row a fresh, consistent link.
        QVERIFY(tamper(copy,
                       "UPDATE audit_event SET actor_name = 'someone else', prev_hash = NULL, hash = NULL"));
        {
            auto db = xiuhua::storage::SqliteDatabase::open(
                copy, xiuhua::storage::SqliteDatabase::OpenMode::ReadWrite);
            xiuhua::storage::AuditChain::seal(db);
        }
        QCOMPARE(run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy}).code,
                 0); // whole, but not ours
        const Run after = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy,
                               QStringLiteral("--expect"), noted});
        QCOMPARE(after.code, 1);
        QVERIFY2(after.err.contains(QLatin1String("rebuilt")), qPrintable(after.err));

        const Run malformed = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy,
                                   QStringLiteral("--expect"), QStringLiteral("12:abc")});
        QCOMPARE(malformed.code, 2);
    }

    void badArguments()
    {
        QCOMPARE(run({QStringLiteral("verify-audit")}).code, 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), m_demo}).code, 2);
        QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--db"), m_demo}).code, 2);
        const Run missing =
            run({QStringLiteral("verify-audit"), QStringLiteral("--db"), path(QStringLiteral("no.sqlite"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("no such file")));
    }

    void backupAndRestore()
    {
        const QString backup = path(QStringLiteral("demo-backup.sqlite"));
        const Run made =
            run({QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), backup});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(modeOf(backup), 0600);

        // The console goes on working: the database is now newer than the backup.
        QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--db"), m_demo, QStringLiteral("--calls"),
                      QStringLiteral("5")})
                     .code,
                 0);
        const Run refused = run(
            {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"), m_demo});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("newer")), qPrintable(refused.err));

        const Run forced = run({QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                QStringLiteral("--db"), m_demo, QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QVERIFY(forced.out.contains(QLatin1String("before-restore")));
        QCOMPARE(modeOf(m_demo), 0600);
        QCOMPARE(run({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_demo}).code, 0);
        QCOMPARE(run({QStringLiteral("check-db"), m_demo}).code, 0);
    }

    void tamperedRecordIsReported()
    {
        const QString copy = path(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_demo, copy));
        QVERIFY(tamper(copy, "UPDATE audit_event SET actor_name = '某人' WHERE seq = 10"));
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy});
        QCOMPARE(verified.code, 1);
        QVERIFY2(verified.err.contains(QLatin1String("record 10")), qPrintable(verified.err));
        QVERIFY(verified.err.contains(QLatin1String("changed")));

        const QString backup = path(QStringLiteral("tampered-backup.sqlite"));
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("--db"), copy, QStringLiteral("--out"), backup})
                .code,
            1);
        const Run restore = run({QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                 QStringLiteral("--db"), path(QStringLiteral("elsewhere.sqlite"))});
        QCOMPARE(restore.code, 1);
        QVERIFY(restore.err.contains(QLatin1String("not whole")));
    }

    // As a curious colleague would do it: the sqlite3 shell, triggers dropped first.
    void sqliteShellTamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("change") << QStringLiteral("UPDATE audit_event SET after_json = '{}' WHERE seq = 12;")
                                << QStringLiteral("record 12");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_event WHERE seq = 12;")
                                << QStringLiteral("12");
        QTest::newRow("reorder") << QStringLiteral("UPDATE audit_event SET seq = -1 WHERE seq = 12;"
                                                   "UPDATE audit_event SET seq = 12 WHERE seq = 13;"
                                                   "UPDATE audit_event SET seq = 13 WHERE seq = -1;")
                                 << QStringLiteral("record 12");
    }

    void sqliteShellTamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString copy = path(QStringLiteral("shell-%1.sqlite").arg(QTest::currentDataTag()));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_demo, copy));
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {copy, QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_update;"
                                          "DROP TRIGGER IF EXISTS audit_event_no_delete;") +
                               sql});
        if (!shell.waitForStarted())
            QSKIP("the sqlite3 shell is not installed (apt-get install sqlite3)");
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), copy});
        QCOMPARE(verified.code, 1);
        QVERIFY2(verified.err.contains(expected), qPrintable(verified.err));
    }

    void damagedDatabaseStopsTheConsole()
    {
        const QString damaged = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_demo, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 page = 2; page < file.size() / 4096; page += 2) {
                file.seek(page * 4096 + 8);
                file.write(QByteArray(300, '\x5a'));
            }
        }
        const QByteArray before = [&] {
            QFile f(damaged);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run console =
            run({QStringLiteral("--db"), damaged, QStringLiteral("--operator"), QStringLiteral("D001")});
        QCOMPARE(console.code, 1);
        QVERIFY2(console.err.contains(QLatin1String("damaged")), qPrintable(console.err));
        QFile after(damaged);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // never a silent repair
    }

    void logFilesAreOwnerOnly()
    {
        int logs = 0;
        QDirIterator it(path(QStringLiteral("data")), {QStringLiteral("xiuhua.log*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString log = it.next();
            QCOMPARE(modeOf(log), 0600);
            ++logs;
        }
        QVERIFY(logs > 0);
    }
};

QTEST_GUILESS_MAIN(TestTrustCli)
#include "test_trust_cli.moc"
