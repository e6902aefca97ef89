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

    // The bounded search (recommend) against a route to everyone (recommendByFullSearch): the same
    // responders in the same order with the same times, on random incidents, categories and limits,
    // with a few hundred more responders scattered over the district (some far off the roads).
    void boundedSearchRanksAsTheFullSearch()
    {
        std::uint64_t state = 99;
        const auto communities = m_locator.communityIds();
        const QRectF box = m_locator.bounds(communities.front()).united(m_locator.bounds(communities.back()));
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            const std::vector<ResponderKind> kinds{ResponderKind::PatrolOfficer, ResponderKind::Auxiliary,
                                                   ResponderKind::FireCrew, ResponderKind::CommunityOfficer};
            for (int i = 0; i < 300; ++i) {
                Responder r;
                r.kind = kinds[geo::CommunityLocator::splitmix64(state) % kinds.size()];
                r.badgeNo = QStringLiteral("T%1").arg(i);
                r.name = QStringLiteral("测试%1").arg(i);
                r.status = ResponderStatus::Available;
                r.statusSince = m_now;
                const double u =
                    static_cast<double>(geo::CommunityLocator::splitmix64(state) % 10000) / 10000;
                const double v =
                    static_cast<double>(geo::CommunityLocator::splitmix64(state) % 10000) / 10000;
                r.lastPosition = GeoPoint{box.left() - 0.01 + u * (box.width() + 0.02),
                                          box.top() - 0.01 + v * (box.height() + 0.02)};
                r.positionAt = m_now;
                writer.insertResponder(r);
            }
            writer.audit(
                {QStringLiteral("test.responders"), QStringLiteral("responder"), std::nullopt, {}, {}});
        });
        const Recommender recommender(m_demo->store->read(), m_demo->taxonomy, m_planner);
        const QStringList categories{QStringLiteral("fire"), QStringLiteral("dispute"),
                                     QStringLiteral("theft"), QStringLiteral("medical"),
                                     QStringLiteral("traffic")};
        int compared = 0;
        for (int n = 0; n < 60; ++n) {
            const Id community = communities[geo::CommunityLocator::splitmix64(state) % communities.size()];
            const auto point = m_locator.randomPointIn(community, state);
            QVERIFY(point);
            Incident incident;
            incident.location = GeoPoint{point->x(), point->y()};
            incident.communityId = community;
            incident.category = categories[static_cast<int>(geo::CommunityLocator::splitmix64(state) % 5)];
            for (int limit : {1, 3, 10, 40}) {
                const auto bounded = recommender.recommend(incident, m_now, limit);
                const auto full = recommender.recommendByFullSearch(
                    incident, m_now, m_demo->store->read().responders(), limit);
                QCOMPARE(bounded.size(), full.size());
                for (std::size_t i = 0; i < full.size(); ++i) {
                    QCOMPARE(bounded[i].responder.id, full[i].responder.id);
                    QVERIFY(std::abs(bounded[i].route.seconds - full[i].route.seconds) < 1e-9);
                    QCOMPARE(bounded[i].route.byRoad, full[i].route.byRoad);
                    QCOMPARE(bounded[i].reasons, full[i].reasons);
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 60 * (1 + 3 + 10 + 40) / 2);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "test_recommender.moc"
