#include "storage/pg_store.h"
#include "storage/store_engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <map>

using namespace xiuhua;

// The PostgreSQL cluster is restarted while `xiuhua simulate` writes to it. simulate must wait for the
// server, connect again and go on, and nothing may be lost or done twice: the actions it printed as
// committed are exactly the ones the database holds, and the audit chain verifies. Runs alone
// (RUN_SERIAL): a restart cuts every other test's connections too.
class TestSimulateRestart : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    QString m_database;

    static int run(const QStringList& arguments, QString* output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(240000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }

    // The cluster the PG* variables point at (pg_virtualenv's), restarted as its administrator would.
    static bool restartCluster()
    {
        QProcess list;
        list.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("-h")});
        if (!list.waitForFinished(30000))
            return false;
        const QByteArray port = qgetenv("PGPORT").isEmpty() ? QByteArray("5432") : qgetenv("PGPORT");
        for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 3 || fields[2] != port)
                continue;
            QProcess restart;
            restart.start(
                QStringLiteral("pg_ctlcluster"),
                {QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]), QStringLiteral("restart")});
            if (!restart.waitForFinished(120000) || restart.exitCode() != 0) {
                qWarning() << restart.readAllStandardError();
                return false;
            }
            return true;
        }
        qWarning() << "no cluster on port" << port;
        return false;
    }

    // Printed "committed ACTION ID" ↔ the audit record that names the step's transaction.
    static QString auditActionFor(const QString& printed)
    {
        return printed == QLatin1String("incident.close") ? QStringLiteral("incident.status") : printed;
    }

private slots:
    void initTestCase()
    {
        if (!m_engine.isPostgres())
            QFAIL("a PostgreSQL test: run with XIUHUA_STORE_ENGINE=postgres (ctest -L postgres)");
        XIUHUA_REQUIRE_ENGINE(m_engine);
        m_database = m_engine.newLocation(QStringLiteral("restart"));
        // The jurisdiction and responders, with a short clean run.
        QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--db"), m_database,
                      QStringLiteral("--calls"), QStringLiteral("3")}),
                 0);
    }

    void restartDuringSimulate()
    {
        qint64 before = 0;
        {
            auto store = m_engine.open(m_database);
            before = store->read().auditEvents(QString(), std::nullopt, 1).front().seq;
        }
        QProcess simulate;
        simulate.start(QStringLiteral(XIUHUA_EXECUTABLE),
                       {QStringLiteral("simulate"), QStringLiteral("--db"), m_database,
                        QStringLiteral("--calls"), QStringLiteral("1500"), QStringLiteral("--seed"),
                        QStringLiteral("11"), QStringLiteral("--print-commits")});
        QVERIFY(simulate.waitForStarted());
        QByteArray printed;
        // Well under way before the restart.
        QTRY_VERIFY_WITH_TIMEOUT((printed += simulate.readAllStandardOutput()).count("committed") >= 100,
                                 120000);
        QVERIFY(simulate.state() == QProcess::Running);
        QVERIFY(restartCluster());
        QVERIFY(simulate.waitForFinished(600000));
        printed += simulate.readAllStandardOutput();
        const QString errors = QString::fromUtf8(simulate.readAllStandardError());
        QVERIFY2(simulate.exitStatus() == QProcess::NormalExit && simulate.exitCode() == 0,
                 qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("Connected again")), qPrintable(errors));

        std::map<std::pair<QString, qint64>, int> reported;
        for (const QByteArray& line : printed.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts[0] == "committed")
                ++reported[{auditActionFor(QString::fromLatin1(parts[1])), parts[2].toLongLong()}];
        }
        QVERIFY(reported.size() > 100);

        auto store = m_engine.open(m_database);
        std::map<std::pair<QString, qint64>, int> stored;
        for (const core::AuditEvent& record : store->read().auditEventsAfter(before, 1000000)) {
            static const QStringList steps = {
                QStringLiteral("incident.create"),     QStringLiteral("incident.duplicate_call"),
                QStringLiteral("assignment.create"),   QStringLiteral("assignment.acknowledged"),
                QStringLiteral("assignment.en_route"), QStringLiteral("assignment.on_scene"),
                QStringLiteral("incident.resolve")};
            bool counts = steps.contains(record.action);
            if (record.action == QLatin1String("incident.status"))
                counts = QJsonDocument::fromJson(record.afterJson.toUtf8())
                             .object()
                             .value(QStringLiteral("status")) == QLatin1String("closed");
            if (counts && record.entityId)
                ++stored[{record.action, *record.entityId}];
        }
        // Nothing reported that is not there (lost), nothing there that was not reported or is there
        // twice (done twice, or committed without being known).
        for (const auto& [key, count] : reported)
            QVERIFY2(stored[key] == count, qPrintable(QStringLiteral("%1 %2: reported %3, stored %4")
                                                          .arg(key.first)
                                                          .arg(key.second)
                                                          .arg(count)
                                                          .arg(stored[key])));
        for (const auto& [key, count] : stored)
            QVERIFY2(
                reported.count(key) && reported.at(key) == count,
                qPrintable(QStringLiteral("%1 %2 stored but not reported").arg(key.first).arg(key.second)));

        QString verify;
        QCOMPARE(run({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_database}, &verify), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulateRestart)
#include "test_simulate_restart.moc"
