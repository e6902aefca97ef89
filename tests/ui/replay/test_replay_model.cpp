#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "ui/position_feed.h"
#include "ui/replay/replay_model.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// Track replay's model: where every officer was at a moment of the period, by their fixes read
// once; one officer alone; the incident's period; only for the roles that may replay tracks.
class TestReplayModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_start; // the first fix, whole minutes
    Responder m_a, m_b, m_c;
    Actor m_supervisor;

    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    QDateTime minute(int m) const { return m_start.addSecs(m * 60); }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        m_supervisor = testing::demoOperator(*m_demo, QStringLiteral("031701"));
        m_a = testing::onDutyResponder(*m_demo, 1);
        m_b = testing::onDutyResponder(*m_demo, 3);
        m_c = testing::onDutyResponder(*m_demo, 5);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_start = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, Qt::UTC).addSecs(-50 * 60);
        testing::PhoneFeed a(*m_demo, m_a.id, QStringLiteral("replay-a"));
        testing::PhoneFeed b(*m_demo, m_b.id, QStringLiteral("replay-b"));
        testing::PhoneFeed c(*m_demo, m_c.id, QStringLiteral("replay-c"));
        const auto walk = [](const Responder& r, const QDateTime& at, int step) {
            return testing::PhoneFeed::fix(at, r.lastPosition->lon + 0.0004 * step, r.lastPosition->lat);
        };
        // A: every 5 minutes from the start; B: from minute 20 on; C: once, before the period.
        std::vector<dispatch::PositionReport> aWalk, bWalk;
        for (int m = 0; m <= 40; m += 5)
            aWalk.push_back(walk(m_a, minute(m), m / 5));
        for (int m = 20; m <= 40; m += 10)
            bWalk.push_back(walk(m_b, minute(m), m / 10));
        QVERIFY(a.report(aWalk));
        QVERIFY(b.report(bWalk));
        QVERIFY(c.report({walk(m_c, minute(-20), 0)}));
    }

    void everyoneWhereTheyWereAtTheMoment()
    {
        ui::ReplayModel model(reader());
        model.load(m_supervisor, {minute(0), minute(45)}, std::nullopt);
        QCOMPARE(model.responders().size(), 3u);
        QCOMPARE(model.fixCount(), 9u + 3u + 1u);

        // Minute 12: A at their minute-10 fix (2 minutes old), B not reporting yet, C where their
        // fix from before the period put them, 32 minutes old.
        const auto at12 = model.positionsAt(minute(12));
        QCOMPARE(at12.size(), 2u);
        std::map<Id, ui::ReplayModel::Position> byId;
        for (const auto& p : at12)
            byId[p.responderId] = p;
        QVERIFY(byId.count(m_a.id) && byId.count(m_c.id) && !byId.count(m_b.id));
        QCOMPARE(byId[m_a.id].fix.fixAt, minute(10));
        QCOMPARE(byId[m_a.id].ageSeconds, qint64(120));
        QVERIFY(qAbs(byId[m_a.id].fix.location.lon - (m_a.lastPosition->lon + 0.0008)) < 1e-9);
        QCOMPARE(byId[m_c.id].ageSeconds, qint64(32 * 60));

        // Minute 30, exactly on fixes: the fix at that moment counts.
        const auto at30 = model.positionsAt(minute(30));
        QCOMPARE(at30.size(), 3u);
        for (const auto& p : at30) {
            if (p.responderId == m_a.id || p.responderId == m_b.id) {
                QCOMPARE(p.fix.fixAt, minute(30));
                QCOMPARE(p.ageSeconds, qint64(0));
            }
        }
        QVERIFY(model.positionsAt(minute(-40)).empty()); // before anyone's first fix
    }

    void oneOfficerAndTheirWaySoFar()
    {
        ui::ReplayModel model(reader());
        model.load(m_supervisor, {minute(0), minute(45)}, m_a.id);
        QCOMPARE(model.responders(), std::vector<Id>{m_a.id});
        QCOMPARE(model.positionsAt(minute(44)).size(), 1u);
        const auto trail = model.trailUntil(m_a.id, minute(17));
        QCOMPARE(trail.size(), 4u); // minutes 0, 5, 10, 15
        QCOMPARE(trail.back().fixAt, minute(15));
        QVERIFY(model.trailUntil(m_b.id, minute(40)).empty());
    }

    void onlySupervisorsAndAdministratorsReplay()
    {
        ui::ReplayModel model(reader());
        const Actor dispatcher = testing::demoOperator(*m_demo, QStringLiteral("031601"));
        QVERIFY_THROWS_EXCEPTION(dispatch::ForbiddenError,
                                 model.load(dispatcher, {minute(0), minute(45)}, std::nullopt));
        QCOMPARE(model.fixCount(), 0u);
        const Actor admin = testing::demoOperator(*m_demo, QStringLiteral("admin"));
        model.load(admin, {minute(0), minute(45)}, std::nullopt);
        QCOMPARE(model.responders().size(), 3u);
    }

    void anIncidentsPeriodWithItsMargins()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A closed incident of the demo's past weeks: received to its last status change.
        storage::IncidentQuery query;
        std::optional<Incident> closed;
        for (const Incident& incident : reader().incidents(query)) {
            if (incident.status == IncidentStatus::Closed) {
                closed = incident;
                break;
            }
        }
        QVERIFY(closed);
        QDateTime lastStatus;
        for (const IncidentEvent& event : reader().incidentEvents(closed->id)) {
            if (event.kind == IncidentEventKind::Status && (!lastStatus.isValid() || event.at > lastStatus))
                lastStatus = event.at;
        }
        QVERIFY(lastStatus > closed->receivedAt);
        const auto period = ui::incidentReplayPeriod(reader(), closed->id, now);
        QVERIFY(period);
        QCOMPARE(period->from, closed->receivedAt.addSecs(-600));
        QCOMPARE(period->to, lastStatus.addSecs(600));

        // An open incident runs until now.
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        const Incident open = dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
                                  .create(testing::testOperator(), draft);
        const auto openPeriod = ui::incidentReplayPeriod(reader(), open.id, now.addSecs(5));
        QVERIFY(openPeriod);
        QCOMPARE(openPeriod->from, open.receivedAt.addSecs(-600));
        QCOMPARE(openPeriod->to, now.addSecs(5));
        QVERIFY(!ui::incidentReplayPeriod(reader(), 999999, now));
    }
};

QTEST_MAIN(TestReplayModel)
#include "test_replay_model.moc"
