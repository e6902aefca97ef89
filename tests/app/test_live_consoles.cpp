#include "dispatch/change_watcher.h"
#include "dispatch/incident_service.h"
#include "storage/store_engine.h"
#include "test_support.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/responders/responder_table_model.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace xiuhua;
using namespace xiuhua::core;

// A console (its queue and board, wired to a ChangeWatcher as the main window wires them) open on a
// database while other processes — the real `xiuhua` binary and a second console in miniature —
// write to the same database: the console follows, row by row, without a reset. On a file (SQLite)
// it polls the change counter; run as test_live_consoles_postgres (XIUHUA_STORE_ENGINE=postgres) it
// listens, and its clock-driven fallback look is set to ten minutes, so only the server's NOTIFY can
// bring the changes within the wait.
class TestLiveConsoles : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    QString m_database;
    // The demo on a store of either engine (testing::DemoFixture is for files).
    struct Demo
    {
        std::unique_ptr<storage::Store> store;
        core::Taxonomy taxonomy = testing::bundledTaxonomy();
        dispatch::ChangeNotifier notifier;

        explicit Demo(std::unique_ptr<storage::Store> opened) : store(std::move(opened))
        {
            dispatch::DemoOptions options;
            options.jurisdictionPath = testing::bundledMap();
            options.now = testing::recentMorning();
            options.passwordLimits = dispatch::PasswordHasher::minimum();
            dispatch::seedDemoData({*store, taxonomy, notifier}, options);
        }
    };
    std::unique_ptr<Demo> m_demo;

    // How long a change may take to show before the test gives up: a wait, not a measurement.
    int waitMs() const { return (m_engine.isPostgres() ? 5000 : 1000) * XIUHUA_WAIT_SCALE; }
    static constexpr int kFallbackMs = 600000;

    // What the queue shows: each incident's status, by id.
    static std::map<qint64, QString> queue(const ui::IncidentTableModel& model)
    {
        std::map<qint64, QString> rows;
        for (const Incident& incident : model.incidents())
            rows[incident.id] = toCode(incident.status);
        return rows;
    }

    int run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (process.exitCode() != 0)
            qWarning() << process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        m_database = m_engine.newLocation(QStringLiteral("shared"));
        m_demo = std::make_unique<Demo>(m_engine.open(m_database));
    }

    void incidentsAndAssignmentsFromAnotherProcess()
    {
        const storage::StoreReader& reader = m_demo->store->read();
        ui::IncidentTableModel incidents(reader, m_demo->taxonomy, QStringLiteral("zh_CN"));
        ui::ResponderTableModel responders(reader);
        connect(&m_demo->notifier, &dispatch::ChangeNotifier::incidentsChanged, &incidents,
                &ui::IncidentTableModel::updateIncidents);
        connect(&m_demo->notifier, &dispatch::ChangeNotifier::respondersChanged, &responders,
                &ui::ResponderTableModel::updateResponders);
        dispatch::ChangeWatcher watcher(*m_demo->store, &m_demo->notifier);
        watcher.start(250, kFallbackMs);
        QCOMPARE(watcher.link() != nullptr, m_engine.isPostgres());
        QSignalSpy incidentResets(&incidents, &QAbstractItemModel::modelReset);
        QSignalSpy responderResets(&responders, &QAbstractItemModel::modelReset);
        const std::size_t before = incidents.incidents().size();

        QCOMPARE(
            run(QStringLiteral(XIUHUA_EXECUTABLE),
                {QStringLiteral("simulate"), QStringLiteral("--db"), m_database, QStringLiteral("--calls"),
                 QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")}),
            0);
        // The other process has committed; the console shows the same as a fresh load within a second.
        const ui::IncidentTableModel fresh(reader, m_demo->taxonomy, QStringLiteral("zh_CN"));
        QCOMPARE(fresh.incidents().size(), before + 3);
        QTRY_COMPARE_WITH_TIMEOUT(queue(incidents), queue(fresh), waitMs());

        // A second console assigns a responder to an incident taken here.
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        const Incident taken = dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
                                   .create(testing::testOperator(), draft);
        Responder officer;
        for (const Responder& responder : responders.responders()) {
            if (responder.status == ResponderStatus::Available && responder.kind != ResponderKind::FireCrew) {
                officer = responder;
                break;
            }
        }
        QVERIFY(officer.id != 0);
        QCOMPARE(run(QStringLiteral(RACE_HELPER), {m_database, QString::number(taken.id),
                                                   QString::number(officer.id), QStringLiteral("0")}),
                 0);
        const QModelIndex row = responders.indexOfResponder(officer.id);
        QTRY_COMPARE_WITH_TIMEOUT(responders.responderAt(row)->status, ResponderStatus::Busy, waitMs());
        QCOMPARE(responders.currentIncidentOf(officer.id), taken.number);
        QTRY_COMPARE_WITH_TIMEOUT(incidents.incidentAt(incidents.indexOfIncident(taken.id))->status,
                                  IncidentStatus::Dispatched, waitMs());
        QCOMPARE(incidentResets.count(), 0);
        QCOMPARE(responderResets.count(), 0);
    }

    // `xiuhua watch` prints each change another process commits as one JSON line.
    void watchPrintsEachCommitAsJson()
    {
        const auto newest = m_demo->store->read().auditEvents(QString(), std::nullopt, 1);
        QVERIFY(!newest.empty());
        const qint64 after = newest.front().seq;
        QProcess watch;
        watch.start(QStringLiteral(XIUHUA_EXECUTABLE),
                    {QStringLiteral("watch"), QStringLiteral("--db"), m_database, QStringLiteral("--after"),
                     QString::number(after), QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY(watch.waitForStarted());
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("theft");
        draft.location = GeoPoint{121.476, 31.232};
        dispatch::IncidentService service({*m_demo->store, m_demo->taxonomy, m_demo->notifier});
        const Incident first = service.create(testing::testOperator(), draft);
        const Incident second = service.create(testing::testOperator(), draft);
        QVERIFY(watch.waitForFinished(30000));
        QCOMPARE(watch.exitCode(), 0);
        const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        qint64 seq = after;
        for (int i = 0; i < 2; ++i) {
            QJsonParseError error;
            const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(line.value(QStringLiteral("seq")).toInteger() > seq);
            seq = line.value(QStringLiteral("seq")).toInteger();
            QCOMPARE(line.value(QStringLiteral("entity")).toString(), QStringLiteral("incident"));
            QCOMPARE(line.value(QStringLiteral("action")).toString(), QStringLiteral("incident.create"));
            QCOMPARE(line.value(QStringLiteral("id")).toInteger(), (i == 0 ? first : second).id);
            QCOMPARE(line.value(QStringLiteral("operator")).toString(), testing::testOperator().name);
            QVERIFY(QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                        .isValid());
        }
    }
};

QTEST_MAIN(TestLiveConsoles)
#include "test_live_consoles.moc"
