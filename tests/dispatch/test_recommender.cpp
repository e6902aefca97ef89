#include "dispatch/incident_service.h"
#include "dispatch/recommender.h"
#include "geo/community_locator.h"
#include "geo/road_graph.h"
#include "geo/vector_source.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::shared_ptr<const geo::RoutePlanner> m_planner;
    geo::CommunityLocator m_locator;
    QDateTime m_now = testing::fixedNow().addSecs(60);

    Incident create(const QString& category, GeoPoint where)
    {
        IncidentDraft draft;
        draft.category = category;
        draft.location = where;
        IncidentService service(
            {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }},
            [this](const GeoPoint& p) { return m_locator.communityAt(p.lon, p.lat); });
        return service.create(testing::testOperator(), draft);
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        const geo::VectorSource source = geo::VectorSource::open(testing::bundledMap());
        m_planner = std::make_shared<geo::RoutePlanner>(
            std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(source)));
        m_locator = geo::CommunityLocator::fromLayer(source);
    }

    void fireGoesToTheNearestStationCrewFirst()
    {
        const FireStation station = m_demo->store->read().fireStations().front();
        const Incident fire =
            create(QStringLiteral("fire"), {station.location.lon + 0.0008, station.location.lat});
        const auto list =
            Recommender(m_demo->store->read(), m_demo->taxonomy, m_planner).recommend(fire, m_now);
        QVERIFY(!list.empty());
        QVERIFY(list.front().nearestFireStationCrew);
        QCOMPARE(list.front().responder.kind, ResponderKind::FireCrew);
        QCOMPARE(list.front().responder.fireStationId, std::optional<Id>(station.id));
        QVERIFY(list.front().route.byRoad);
    }

    void responsibleOfficerFirstThenByTravelTime()
    {
        const Community community = m_demo->store->read().communities().at(3);
        std::uint64_t seed = 42;
        const auto point = m_locator.randomPointIn(community.id, seed);
        QVERIFY(point);
        const Incident dispute = create(QStringLiteral("dispute"), {point->x(), point->y()});
        QCOMPARE(dispute.communityId, std::optional<Id>(community.id));
        const auto list =
            Recommender(m_demo->store->read(), m_demo->taxonomy, m_planner).recommend(dispute, m_now, 50);
        QVERIFY(list.size() > 5);
        const auto officer = m_demo->store->read().responder(*community.responsibleOfficerId);
        if (officer->status == ResponderStatus::Available) {
            QCOMPARE(list.front().responder.id, officer->id);
            QVERIFY(list.front().responsibleOfficer);
        }
        for (std::size_t i = 1; i < list.size(); ++i) {
            const bool sameGroup =
                list[i - 1].neededKind == list[i].neededKind && !list[i - 1].responsibleOfficer;
            if (sameGroup)
                QVERIFY(list[i - 1].rankSeconds <= list[i].rankSeconds);
            QVERIFY(list[i].rankSeconds >= list[i].route.seconds);
        }
        for (const Recommendation& r : list) {
            QCOMPARE(r.responder.status, ResponderStatus::Available);
            QVERIFY(isFieldResponder(r.responder.kind));
        }
        const int nearest =
            static_cast<int>(std::count_if(list.begin(), list.end(), [](const Recommendation& r) {
                return !r.reasons.isEmpty() && r.reasons.front() == QStringLiteral("Nearest");
            }));
        QCOMPARE(nearest, 1);
    }

    // Two officers at the same spot: the one whose fix is 25 minutes old may have walked away
    // since, so ranks after the one who reported 20 seconds ago, and the reasons say why.
    void anOldFixIsRankedAsIfFurtherAway()
    {
        const Incident theft = create(QStringLiteral("theft"), {121.4760, 31.2330});
        std::set<Id> responsible;
        for (const Community& community : m_demo->store->read().communities())
            if (community.responsibleOfficerId)
                responsible.insert(*community.responsibleOfficerId);
        std::vector<Responder> pair;
        for (const Responder& r : m_demo->store->read().responders()) {
            if (r.kind == ResponderKind::PatrolOfficer && r.status == ResponderStatus::Available &&
                !responsible.count(r.id) && pair.size() < 2)
                pair.push_back(r);
        }
        QCOMPARE(pair.size(), 2u);
        const GeoPoint spot{121.4790, 31.2345};
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            for (std::size_t i = 0; i < pair.size(); ++i) {
                pair[i].lastPosition = spot;
                pair[i].positionAt = m_now.addSecs(i == 0 ? -25 * 60 : -20);
                writer.updateResponder(pair[i]);
                writer.audit(
                    {QStringLiteral("responder.move"), QStringLiteral("responder"), pair[i].id, {}, {}});
            }
        });
        const auto list =
            Recommender(m_demo->store->read(), m_demo->taxonomy, m_planner).recommend(theft, m_now, 100);
        const auto find = [&](Id id) {
            return std::find_if(list.begin(), list.end(),
                                [id](const Recommendation& r) { return r.responder.id == id; });
        };
        const auto old = find(pair[0].id);
        const auto fresh = find(pair[1].id);
        QVERIFY(old != list.end() && fresh != list.end());
        QCOMPARE(old->route.seconds, fresh->route.seconds);
        QVERIFY(fresh < old);
        QCOMPARE(old->positionAgeSeconds, qint64(25 * 60));
        QCOMPARE(old->rankSeconds - old->route.seconds, metresWalkedSince(25 * 60) / (15.0 / 3.6));
        QCOMPARE(fresh->rankSeconds, fresh->route.seconds);
        QVERIFY(old->reasons.join(QLatin1Char(' ')).contains(QStringLiteral("25 min old")));
        QVERIFY(!fresh->reasons.join(QLatin1Char(' ')).contains(QStringLiteral("old")));
        QCOMPARE(metresWalkedSince(3 * 3600), metresWalkedSince(30 * 60)); // beyond half an hour, no worse
    }

    void withoutARoadNetworkItSaysStraightLine()
    {
        const Incident theft = create(QStringLiteral("theft"), {121.4760, 31.2330});
        const auto list =
            Recommender(m_demo->store->read(), m_demo->taxonomy, nullptr).recommend(theft, m_now, 5);
        QCOMPARE(list.size(), 5u);
        for (const Recommendation& r : list) {
            QVERIFY(!r.route.byRoad);
            QVERIFY(r.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("straight-line")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "test_recommender.moc"
