#include "dispatch/history_builder.h"
#include "dispatch/station_pattern.h"
#include "geo/vector_source.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace xiuhua;
using namespace xiuhua::core;

// simulate's bulk history: in the past, whole timelines, the station's hours, the audit chain whole.
class TestHistoryBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    dispatch::HistorySummary m_summary;
    qint64 m_demoIncidents = 0;
    std::set<Id> m_firstDemo; // the demo's own incidents, before the history

    static dispatch::HistoryOptions options()
    {
        dispatch::HistoryOptions history;
        history.end = testing::fixedNow();
        history.days = 90;
        history.incidents = 600;
        history.seed = 3;
        return history;
    }

    static dispatch::HistorySummary build(testing::DemoFixture& demo)
    {
        const geo::CommunityLocator locator =
            geo::CommunityLocator::fromLayer(geo::VectorSource::open(testing::bundledMap()));
        return dispatch::HistoryBuilder(*demo.store, demo.taxonomy, locator).build(options());
    }

    std::vector<Incident> historyIncidents() const
    {
        std::vector<Incident> found;
        for (const Incident& incident : m_demo->store->read().incidents({})) {
            if (!m_firstDemo.count(incident.id))
                found.push_back(incident);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("history.sqlite")));
        for (const Incident& incident : m_demo->store->read().incidents({}))
            m_firstDemo.insert(incident.id);
        m_demoIncidents = static_cast<qint64>(m_firstDemo.size());
        m_summary = build(*m_demo);
    }

    void writesTheIncidentsAskedFor()
    {
        QCOMPARE(m_summary.incidents, 600);
        QCOMPARE(static_cast<qint64>(m_demo->store->read().incidents({}).size()), m_demoIncidents + 600);
        QVERIFY(m_summary.assignments >= 500);
        QVERIFY(m_summary.events >= 600 * 3);
        QVERIFY(m_summary.followUps > 0);
        QCOMPARE(m_summary.from.daysTo(m_summary.to), 90);
    }

    void everythingIsInThePastWithWholeTimelines()
    {
        const QDateTime end = options().end;
        const auto incidents = historyIncidents();
        QCOMPARE(static_cast<int>(incidents.size()), 600);
        const auto& read = m_demo->store->read();
        for (const Incident& incident : incidents) {
            QVERIFY(incident.receivedAt.secsTo(end) >= 3 * 3600);
            QVERIFY(incident.status == IncidentStatus::Closed ||
                    incident.status == IncidentStatus::Cancelled);
            const auto events = read.incidentEvents(incident.id);
            QVERIFY(events.size() >= 2);
            QCOMPARE(events.front().at, incident.receivedAt);
            for (const IncidentEvent& event : events)
                QVERIFY(event.at <= end && event.at >= incident.receivedAt);
            if (incident.status == IncidentStatus::Cancelled)
                continue;
            QVERIFY(!incident.dispositionCode.isEmpty());
            QVERIFY(m_demo->taxonomy.findDisposition(incident.dispositionCode));
            const auto assignments = read.assignmentsForIncident(incident.id);
            QVERIFY(!assignments.empty());
            for (const Assignment& a : assignments) {
                QCOMPARE(a.status, AssignmentStatus::Cleared);
                QVERIFY(incident.receivedAt < a.dispatchedAt && a.dispatchedAt < a.acknowledgedAt);
                QVERIFY(a.acknowledgedAt < a.enRouteAt && a.enRouteAt < a.onSceneAt);
                QVERIFY(a.onSceneAt < a.clearedAt && a.clearedAt <= incident.updatedAt);
                QVERIFY(incident.updatedAt < end);
            }
            QVERIFY(incident.shiftId);
        }
    }

    // Quiet before dawn, busy in the evening (station_pattern::hourWeights).
    void followsTheStationsHours()
    {
        int dawn = 0;
        int evening = 0;
        for (const Incident& incident : historyIncidents()) {
            const int hour =
                incident.receivedAt.toTimeZone(dispatch::station_pattern::shanghai()).time().hour();
            dawn += hour >= 3 && hour < 6;
            evening += hour >= 17 && hour < 20;
        }
        QVERIFY2(evening > 2 * dawn, qPrintable(QStringLiteral("%1 %2").arg(evening).arg(dawn)));
    }

    void auditChainIsWhole()
    {
        const auto report = m_demo->store->verifyAuditChain();
        QVERIFY2(report.ok, qPrintable(report.reason));
        QVERIFY(!m_demo->store->read().auditEvents(QStringLiteral("incident"), std::nullopt, 10).empty());
    }

    void sameSeedSameHistory()
    {
        testing::DemoFixture other(m_dir.filePath(QStringLiteral("again.sqlite")));
        build(other);
        const auto a = m_demo->store->read().incidents({});
        const auto b = other.store->read().incidents({});
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].number, b[i].number);
            QCOMPARE(a[i].category, b[i].category);
            QCOMPARE(a[i].receivedAt, b[i].receivedAt);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryBuilder)
#include "test_history_builder.moc"
