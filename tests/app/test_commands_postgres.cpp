#include "storage/store_engine.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

// Every command of the program, run as a station's IT would, on a PostgreSQL database: check-db,
// verify-audit, report, import, simulate, watch, backup and restore; and several simulate processes
// writing to one database at once. Runs with XIUHUA_STORE_ENGINE=postgres inside scripts/test's
// cluster (label postgres).
class TestCommandsPostgres : public QObject
{
    Q_OBJECT

private:
    xiuhua::test::StoreEngine m_engine;
    QTemporaryDir m_dir;
    QString m_station; // a demo station made by simulate, shared by the read-only tests

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XIUHUA_NONINTERACTIVE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void start(QProcess& process, const QStringList& arguments) const
    {
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
    }

    static Run finish(QProcess& process)
    {
        if (!process.waitForFinished(600000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        start(process, arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        return finish(process);
    }

    // A new database with the demo station and `calls` simulated calls.
    QString simulatedStation(const QString& label, int calls)
    {
        const QString location = m_engine.newLocation(label);
        const Run made = run({QStringLiteral("simulate"), QStringLiteral("--db"), location,
                              QStringLiteral("--calls"), QString::number(calls)});
        if (made.code != 0)
            qWarning("simulate failed: %s", qPrintable(made.err));
        return made.code == 0 ? location : QString();
    }

    // "SEQ:HASH" of the newest record, from verify-audit's or backup's output.
    static QString newest(const QString& output)
    {
        static const QRegularExpression line(
            QStringLiteral("Newest (?:audit )?record: (\\d+) at [^,]+, hash ([0-9a-f]{64})"));
        const QRegularExpressionMatch match = line.match(output);
        return match.hasMatch() ? match.captured(1) + QLatin1Char(':') + match.captured(2) : QString();
    }

    static qint64 count(const QString& location, const char* sql)
    {
        auto db = xiuhua::storage::PgConnection::connect(location);
        xiuhua::storage::Statement s(*db, sql);
        s.step();
        return s.int64(0);
    }

    // Runs `processes` simulate processes against one database at once.
    void simulateTogether(const QString& location, int processes, int callsEach)
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i) {
            running.push_back(std::make_unique<QProcess>());
            start(*running.back(),
                  {QStringLiteral("simulate"), QStringLiteral("--db"), location, QStringLiteral("--calls"),
                   QString::number(callsEach), QStringLiteral("--seed"), QString::number(100 + i)});
        }
        for (auto& process : running) {
            const Run done = finish(*process);
            QVERIFY2(done.code == 0, qPrintable(done.err));
        }
    }

    // Every day's incident numbers are 1..N without a gap or a repeat.
    static void verifyNumbersPerDay(const QString& location)
    {
        auto db = xiuhua::storage::PgConnection::connect(location);
        xiuhua::storage::Statement s(*db, "SELECT number FROM incident ORDER BY number");
        std::map<QString, std::vector<int>> days;
        while (s.step()) {
            const QString number = s.text(0);
            days[number.left(8)].push_back(number.mid(9).toInt());
        }
        QVERIFY(!days.empty());
        for (const auto& [day, numbers] : days)
            for (std::size_t i = 0; i < numbers.size(); ++i)
                QVERIFY2(
                    numbers[i] == int(i) + 1,
                    qPrintable(QStringLiteral("%1: %2 at place %3").arg(day).arg(numbers[i]).arg(i + 1)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        XIUHUA_REQUIRE_ENGINE(m_engine);
        if (!m_engine.isPostgres())
            QSKIP("set XIUHUA_STORE_ENGINE=postgres (CTest does)");
        m_station = simulatedStation(QStringLiteral("station"), 12);
        QVERIFY(!m_station.isEmpty());
    }

    void checkDb()
    {
        const Run healthy = run({QStringLiteral("check-db"), m_station});
        QVERIFY2(healthy.code == 0, qPrintable(healthy.out + healthy.err));
        QVERIFY2(healthy.out.contains(QLatin1String("Server: PostgreSQL")), qPrintable(healthy.out));
        QVERIFY2(healthy.out.contains(QLatin1String("Healthy: yes")), qPrintable(healthy.out));
        QVERIFY2(QRegularExpression(QStringLiteral("incident\\s+[1-9]")).match(healthy.out).hasMatch(),
                 qPrintable(healthy.out));
        // An empty database is not a healthy station database, and nothing is set up in it.
        const QString empty = m_engine.newLocation(QStringLiteral("empty"));
        const Run refused = run({QStringLiteral("check-db"), empty});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("empty")), qPrintable(refused.err));
        QCOMPARE(count(empty, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), 0);
    }

    // A disabled append-only trigger would let the owner rewrite history: check-db says so.
    void checkDbFindsADisabledRule()
    {
        const QString location = simulatedStation(QStringLiteral("rules"), 1);
        QVERIFY(!location.isEmpty());
        xiuhua::storage::PgConnection::connect(location)->execute(
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        const Run sick = run({QStringLiteral("check-db"), location});
        QCOMPARE(sick.code, 1);
        QVERIFY2(sick.out.contains(QLatin1String("audit_event_append_only is disabled")),
                 qPrintable(sick.out));
    }

    void verifyAudit()
    {
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_station});
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
        QVERIFY(!newest(verified.out).isEmpty());
    }

    void report()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString from = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
        const QString csv = m_dir.filePath(QStringLiteral("period.csv"));
        const Run period =
            run({QStringLiteral("report"), QStringLiteral("--db"), m_station, QStringLiteral("--from"), from,
                 QStringLiteral("--to"), today, QStringLiteral("--out"), csv});
        QVERIFY2(period.code == 0, qPrintable(period.err));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().count('\n') > 1);
        const QString sheet = m_dir.filePath(QStringLiteral("open.pdf"));
        const Run open = run({QStringLiteral("report"), QStringLiteral("--db"), m_station,
                              QStringLiteral("--open-incidents"), QStringLiteral("--out"), sheet});
        QVERIFY2(open.code == 0, qPrintable(open.err));
        QVERIFY(QFileInfo(sheet).size() > 1000);
        const QString pdf = m_dir.filePath(QStringLiteral("period.pdf"));
        const Run printed =
            run({QStringLiteral("report"), QStringLiteral("--db"), m_station, QStringLiteral("--from"), from,
                 QStringLiteral("--to"), today, QStringLiteral("--out"), pdf});
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
    }

    void import()
    {
        const QString csv = m_dir.filePath(QStringLiteral("hazards.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lon,lat,kind,found_at\n121.48,31.23,blocked exit,2026-11-25 14:30\n");
        file.close();
        const qint64 before = count(m_station, "SELECT count(*) FROM hazard");
        const Run imported =
            run({QStringLiteral("import"), QStringLiteral("--db"), m_station, QStringLiteral("--kind"),
                 QStringLiteral("hazards"), QStringLiteral("--file"), csv, QStringLiteral("--operator"),
                 QStringLiteral("admin")},
                "demo1234\n");
        QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
        QCOMPARE(count(m_station, "SELECT count(*) FROM hazard"), before + 1);
        // Audited under the administrator's name.
        QCOMPARE(count(m_station, "SELECT count(*) FROM audit_event WHERE action = 'hazard.import' "
                                  "AND actor_id IS NOT NULL"),
                 qint64(1));
    }

    // export-map draws map files only: it takes no database, and says so like any unknown option.
    void exportMapTakesNoDatabase()
    {
        const Run refused = run({QStringLiteral("export-map"), QStringLiteral("--db"), m_station,
                                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("map.png"))});
        QCOMPARE(refused.code, 2);
        const Run drawn =
            run({QStringLiteral("export-map"), QStringLiteral("--size"), QStringLiteral("320x200"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("map.png"))});
        QVERIFY2(drawn.code == 0, qPrintable(drawn.err));
    }

    // watch prints what another process commits, as one JSON line per record.
    void watch()
    {
        const QString after = QString::number(count(m_station, "SELECT max(seq) FROM audit_event"));
        QProcess watcher;
        start(watcher, {QStringLiteral("watch"), QStringLiteral("--db"), m_station, QStringLiteral("--after"),
                        after, QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY(watcher.waitForStarted());
        const Run more = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_station,
                              QStringLiteral("--calls"), QStringLiteral("2")});
        QVERIFY2(more.code == 0, qPrintable(more.err));
        const Run watched = finish(watcher);
        QVERIFY2(watched.code == 0, qPrintable(watched.err));
        const QStringList lines = watched.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(QLatin1String("\"seq\":") + QString::number(after.toLongLong() + 1)),
                 qPrintable(lines.first()));
    }

    // backup writes a checked pg_dump archive and names its newest record; restore puts it into an
    // empty database only, and the restored chain ends in that record.
    void backupAndRestore()
    {
        const QString archive = m_dir.filePath(QStringLiteral("station.dump"));
        const Run backup = run(
            {QStringLiteral("backup"), QStringLiteral("--db"), m_station, QStringLiteral("--out"), archive});
        QVERIFY2(backup.code == 0, qPrintable(backup.out + backup.err));
        const QString head = newest(backup.out);
        QVERIFY2(!head.isEmpty(), qPrintable(backup.out));
        QCOMPARE(QFileInfo(archive).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(archive + QStringLiteral(".part")));
        QProcess list;
        list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), archive});
        QVERIFY(list.waitForFinished());
        QCOMPARE(list.exitCode(), 0);

        const QString target = m_engine.newLocation(QStringLiteral("restored"));
        const Run restored = run(
            {QStringLiteral("restore"), QStringLiteral("--from"), archive, QStringLiteral("--db"), target});
        QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), target,
                                  QStringLiteral("--expect"), head});
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
        QCOMPARE(newest(verified.out), head);
        // The restored database works on: a new call continues the same chain.
        const Run more = run({QStringLiteral("simulate"), QStringLiteral("--db"), target,
                              QStringLiteral("--calls"), QStringLiteral("1")});
        QVERIFY2(more.code == 0, qPrintable(more.err));
        const Run continued = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), target,
                                   QStringLiteral("--expect"), head});
        QVERIFY2(continued.code == 0, qPrintable(continued.out + continued.err));

        // A database that is not empty is refused, untouched.
        const qint64 records = count(target, "SELECT count(*) FROM audit_event");
        const Run refused = run(
            {QStringLiteral("restore"), QStringLiteral("--from"), archive, QStringLiteral("--db"), target});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not empty")), qPrintable(refused.err));
        QCOMPARE(count(target, "SELECT count(*) FROM audit_event"), records);
        // A file that is no archive is refused before anything is written.
        const QString empty = m_engine.newLocation(QStringLiteral("empty_target"));
        const Run notArchive =
            run({QStringLiteral("restore"), QStringLiteral("--from"),
                 m_dir.filePath(QStringLiteral("period.csv")), QStringLiteral("--db"), empty});
        QCOMPARE(notArchive.code, 1);
        QCOMPARE(count(empty, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), 0);
    }

    // Four simulate processes at once: the audit log stays one unbroken chain.
    void fourSimulatorsOneChain()
    {
        const QString location = simulatedStation(QStringLiteral("four"), 1);
        QVERIFY(!location.isEmpty());
        const qint64 before = count(location, "SELECT count(*) FROM audit_event");
        simulateTogether(location, 4, 25);
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), location});
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
        const qint64 records = count(location, "SELECT count(*) FROM audit_event");
        QVERIFY(records > before + 4 * 25);
        QVERIFY2(verified.out.contains(QStringLiteral("Audit records checked: %1").arg(records)),
                 qPrintable(verified.out));
        // One chain: seqs 1..N without a gap, each record's prev the one before's hash.
        QCOMPARE(count(location, "SELECT max(seq) FROM audit_event"), records);
        QCOMPARE(count(location, "SELECT count(*) FROM audit_event a JOIN audit_event b ON b.seq = a.seq + 1 "
                                 "WHERE b.prev_hash <> a.hash"),
                 qint64(0));
    }

    // Eight writer processes at once: every day's incident numbers are unique and gap-free.
    void eightSimulatorsGapFreeNumbers()
    {
        const QString location = simulatedStation(QStringLiteral("eight"), 1);
        QVERIFY(!location.isEmpty());
        const qint64 before = count(location, "SELECT count(*) FROM incident");
        simulateTogether(location, 8, 15);
        // A simulated caller may ring about an incident already taken (linked, not a new number).
        const qint64 incidents = count(location, "SELECT count(*) FROM incident");
        QVERIFY2(incidents > before + 8 * 10, qPrintable(QString::number(incidents)));
        QCOMPARE(count(location, "SELECT count(DISTINCT number) FROM incident"), incidents);
        verifyNumbersPerDay(location);
        const Run verified = run({QStringLiteral("verify-audit"), QStringLiteral("--db"), location});
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandsPostgres)
#include "test_commands_postgres.moc"
