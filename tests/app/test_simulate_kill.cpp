#include "storage/database_check.h"
#include "storage/sqlite_store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// Kills `xiuhua simulate` with SIGKILL at random moments while it writes, then checks that the
// database is whole and that every action it had reported as committed is there, with its audit record.
class TestSimulateKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    struct Committed
    {
        QString action;
        qint64 id = 0;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    std::vector<Committed> runAndKill(int killAfterMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(XIUHUA_EXECUTABLE),
                      {QStringLiteral("simulate"), QStringLiteral("--db"), m_database,
                       QStringLiteral("--calls"), QStringLiteral("1000000"), QStringLiteral("--seed"),
                       QString::number(killAfterMs), QStringLiteral("--print-commits")});
        if (!process.waitForStarted(10000))
            return {};
        QTest::qWait(killAfterMs);
        process.kill(); // SIGKILL: no chance to flush or clean up
        process.waitForFinished(10000);
        std::vector<Committed> committed;
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts[0] == "committed")
                committed.push_back({QString::fromLatin1(parts[1]), parts[2].toLongLong()});
        }
        return committed;
    }

    static QString auditActionFor(const QString& printed)
    {
        return printed == QLatin1String("incident.close") ? QStringLiteral("incident.status") : printed;
    }

    static QString entityFor(const QString& printed)
    {
        return printed.startsWith(QLatin1String("assignment.")) ? QStringLiteral("assignment")
                                                                : QStringLiteral("incident");
    }

private slots:
    void initTestCase()
    {
        m_database = m_dir.filePath(QStringLiteral("kill.sqlite"));
        // Create the database (jurisdiction + responders) once, with a short clean run.
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(XIUHUA_EXECUTABLE),
                      {QStringLiteral("simulate"), QStringLiteral("--db"), m_database,
                       QStringLiteral("--calls"), QStringLiteral("3")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }

    void everyCommittedActionSurvivesAKill()
    {
        int totalChecked = 0;
        for (int round = 0; round < 20; ++round) {
            const int killAfter = 150 + static_cast<int>(QRandomGenerator::global()->bounded(900));
            const std::vector<Committed> committed = runAndKill(killAfter);

            const storage::DatabaseCheckResult check = storage::checkDatabase(m_database);
            QVERIFY2(check.healthy(),
                     qPrintable(check.error + check.integrityProblems.join(QLatin1Char(';'))));

            auto store = storage::SqliteStore::open(m_database, storage::SqliteStore::OpenMode::OpenExisting);
            const auto& read = store->read();
            for (const Committed& action : committed) {
                if (action.action == QLatin1String("incident.create"))
                    QVERIFY2(read.incident(action.id),
                             qPrintable(QStringLiteral("lost incident %1").arg(action.id)));
                else if (action.action == QLatin1String("assignment.create"))
                    QVERIFY2(read.assignment(action.id),
                             qPrintable(QStringLiteral("lost assignment %1").arg(action.id)));
                else if (action.action == QLatin1String("incident.close"))
                    QCOMPARE(read.incident(action.id)->status, core::IncidentStatus::Closed);

                const auto audit = read.auditEvents(entityFor(action.action), action.id, 1000);
                const bool audited =
                    std::any_of(audit.begin(), audit.end(), [&](const core::AuditEvent& event) {
                        return event.action == auditActionFor(action.action);
                    });
                QVERIFY2(audited,
                         qPrintable(
                             QStringLiteral("no audit record for %1 %2").arg(action.action).arg(action.id)));
                ++totalChecked;
            }
        }
        qInfo("checked %d committed actions over 20 kills", totalChecked);
        QVERIFY(totalChecked > 20);
    }
};

QTEST_GUILESS_MAIN(TestSimulateKill)
#include "test_simulate_kill.moc"
