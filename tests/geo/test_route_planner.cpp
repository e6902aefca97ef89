#include "geo/route_planner.h"
#include "geo/vector_source.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace xiuhua::geo;

namespace {

constexpr double kLon0 = 121.47;
constexpr double kLat0 = 31.23;
constexpr double kResidentialMps = 20 / 3.6;

QPointF at(double x, double y)
{
    return {kLon0 + x / (111320.0 * std::cos(kLat0 * std::numbers::pi / 180)), kLat0 + y / 110574.0};
}

RoadLine line(std::initializer_list<QPointF> points, int oneway = 0)
{
    RoadLine road;
    road.lonLat = points;
    road.name = QStringLiteral("测试路");
    road.roadClass = QStringLiteral("residential");
    road.oneway = oneway;
    return road;
}

// A 2 x 1 block grid, 100 m blocks:
//   D(0,100) -- E(100,100) -- F(200,100)
//   |           |             |
//   A(0,0) ---- B(100,0) <--- C(200,0)      B <- C is one-way (C to B only)
// plus a street 1 km east that touches nothing.
std::shared_ptr<const RoadGraph> grid()
{
    return std::make_shared<const RoadGraph>(RoadGraph::fromLines({
        line({at(0, 0), at(100, 0)}),
        line({at(200, 0), at(100, 0)}, 1),
        line({at(0, 100), at(100, 100), at(200, 100)}),
        line({at(0, 0), at(0, 100)}),
        line({at(100, 0), at(100, 100)}),
        line({at(200, 0), at(200, 100)}),
        line({at(1200, 0), at(1300, 0)}),
    }));
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestRoutePlanner : public QObject
{
    Q_OBJECT

private slots:
    void shortestPathOnAGrid();
    void onewayStreetForcesADetour();
    void pointsOnTheSameSegment();
    void offRoadLegsAreAdded();
    void disconnectedFallsBackToTheStraightLine();
    void farFromRoadsFallsBackToTheStraightLine();
    void oneToManyEqualsOneToOne();
    void routeBetweenPostsOnTheBundledMap();
    void oneToManyOnTheBundledMap();
};

void TestRoutePlanner::shortestPathOnAGrid()
{
    const RoutePlanner planner(grid());
    const Route route = planner.route(at(0, 0), at(200, 100));
    QVERIFY(route.byRoad);
    QCOMPARE(route.fallback, RouteFallback::None);
    QVERIFY2(near(route.meters, 300, 3), qPrintable(QString::number(route.meters)));
    QVERIFY(near(route.seconds, route.meters / kResidentialMps, 0.01));
    QVERIFY(route.path.size() >= 4);
    QCOMPARE(route.path.front(), at(0, 0));
    QCOMPARE(route.path.back(), at(200, 100));
}

void TestRoutePlanner::onewayStreetForcesADetour()
{
    const RoutePlanner planner(grid());
    // A -> C may not use B -> C: A B E F C, 400 m.
    const Route there = planner.route(at(0, 0), at(200, 0));
    QVERIFY(there.byRoad);
    QVERIFY2(near(there.meters, 400, 4), qPrintable(QString::number(there.meters)));
    bool passesE = false;
    for (const QPointF& p : there.path)
        passesE = passesE || (near(p.x(), at(100, 100).x(), 1e-7) && near(p.y(), at(100, 100).y(), 1e-7));
    QVERIFY(passesE);
    // C -> A goes straight along the one-way street: 200 m.
    const Route back = planner.route(at(200, 0), at(0, 0));
    QVERIFY2(near(back.meters, 200, 2), qPrintable(QString::number(back.meters)));
}

void TestRoutePlanner::pointsOnTheSameSegment()
{
    const RoutePlanner planner(grid());
    // Along the one-way street with the flow: direct, 50 m.
    const Route with = planner.route(at(180, 0), at(130, 0));
    QVERIFY(near(with.meters, 50, 1));
    QVERIFY(with.path.size() <= 4); // the points and their road points: no corner
    QVERIFY(near(with.offRoadMeters, 0, 0.01));
    // Against the flow: around the block (130 -> B? no: B -> C not allowed).
    const Route against = planner.route(at(130, 0), at(180, 0));
    QVERIFY(against.byRoad);
    // 130 -> B (30), E (100), F (100), C (100), 180 (20) = 350.
    QVERIFY2(near(against.meters, 350, 4), qPrintable(QString::number(against.meters)));
}

void TestRoutePlanner::offRoadLegsAreAdded()
{
    const RoutePlanner planner(grid());
    const Route route = planner.route(at(50, -40), at(50, 140));
    QVERIFY(route.byRoad);
    QVERIFY(near(route.offRoadMeters, 80, 1));
    // 50 to A or B, 100 up, 50 back: 200 m on the road.
    QVERIFY2(near(route.meters, 280, 3), qPrintable(QString::number(route.meters)));
    const double expected =
        (route.meters - route.offRoadMeters) / kResidentialMps + route.offRoadMeters / (5 / 3.6);
    QVERIFY(near(route.seconds, expected, 0.01));
}

void TestRoutePlanner::disconnectedFallsBackToTheStraightLine()
{
    const RoutePlanner planner(grid());
    const Route route = planner.route(at(0, 0), at(1250, 0));
    QVERIFY(!route.byRoad);
    QCOMPARE(route.fallback, RouteFallback::NotConnected);
    QVERIFY(near(route.meters, 1250, 15));
    QVERIFY(near(route.seconds, route.meters / (15 / 3.6), 1e-6));
    QCOMPARE(route.path.size(), std::size_t(2));
}

void TestRoutePlanner::farFromRoadsFallsBackToTheStraightLine()
{
    const RoutePlanner planner(grid());
    QCOMPARE(planner.route(at(0, 2000), at(0, 0)).fallback, RouteFallback::OriginOffRoad);
    QCOMPARE(planner.route(at(0, 0), at(0, 2000)).fallback, RouteFallback::DestinationOffRoad);
    QVERIFY(!planner.route(at(0, 0), at(0, 2000)).byRoad);
    QCOMPARE(planner.treeTo(at(0, 2000)).routeFrom(at(0, 0)).fallback, RouteFallback::DestinationOffRoad);
    // An empty graph: everything is a straight line.
    const RoutePlanner empty(std::make_shared<const RoadGraph>());
    QVERIFY(!empty.route(at(0, 0), at(100, 0)).byRoad);
}

void TestRoutePlanner::oneToManyEqualsOneToOne()
{
    const RoutePlanner planner(grid());
    std::vector<QPointF> origins;
    for (int x = -20; x <= 220; x += 30) {
        for (int y = -20; y <= 120; y += 35)
            origins.push_back(at(x, y));
    }
    origins.push_back(at(1250, 10)); // on the detached street
    for (const QPointF& target : {at(0, 0), at(130, 0), at(180, 0), at(200, 60), at(60, 100)}) {
        const std::vector<Route> many = planner.routesTo(target, origins, true);
        QCOMPARE(many.size(), origins.size());
        for (std::size_t i = 0; i < origins.size(); ++i) {
            const Route one = planner.route(origins[i], target);
            QCOMPARE(many[i].byRoad, one.byRoad);
            QCOMPARE(many[i].fallback, one.fallback);
            QVERIFY2(near(many[i].seconds, one.seconds, 1e-6),
                     qPrintable(QStringLiteral("%1 vs %2").arg(many[i].seconds).arg(one.seconds)));
            QVERIFY(near(many[i].meters, one.meters, 1e-3));
            QCOMPARE(many[i].path.front(), origins[i]);
            QCOMPARE(many[i].path.back(), target);
        }
    }
}

namespace {

struct BundledMap
{
    std::shared_ptr<const RoadGraph> graph;
    std::vector<std::pair<QString, QPointF>> posts;
};

BundledMap bundledMap()
{
    const VectorSource source = VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));
    BundledMap map;
    map.graph = std::make_shared<const RoadGraph>(RoadGraph::fromSource(source));
    for (const Feature& post : source.readLayer(QStringLiteral("posts"))) {
        const OGRPoint* p = post.geometry->toPoint();
        map.posts.emplace_back(post.attributes.value(QStringLiteral("name")).toString(),
                               QPointF(p->getX(), p->getY()));
    }
    return map;
}

} // namespace

void TestRoutePlanner::routeBetweenPostsOnTheBundledMap()
{
    const BundledMap map = bundledMap();
    const RoutePlanner planner(map.graph);
    QVERIFY(map.posts.size() >= 2);
    int byRoad = 0;
    for (std::size_t i = 0; i < map.posts.size(); ++i) {
        for (std::size_t j = 0; j < map.posts.size(); ++j) {
            if (i == j)
                continue;
            const Route route = planner.route(map.posts[i].second, map.posts[j].second);
            const double straight =
                planner.straightLine(map.posts[i].second, map.posts[j].second, RouteFallback::None).meters;
            if (!route.byRoad) {
                qWarning("%s -> %s: fallback %d", qPrintable(map.posts[i].first),
                         qPrintable(map.posts[j].first), int(route.fallback));
                continue;
            }
            ++byRoad;
            QVERIFY(route.meters >= straight * 0.999);
            QVERIFY2(route.seconds > 10 && route.seconds < 900,
                     qPrintable(map.posts[i].first + " -> " + map.posts[j].first + ": " +
                                QString::number(route.seconds)));
        }
    }
    const std::size_t pairs = map.posts.size() * (map.posts.size() - 1);
    QVERIFY2(byRoad == int(pairs), qPrintable(QStringLiteral("%1 of %2 by road").arg(byRoad).arg(pairs)));

    const Route route = planner.route(map.posts.front().second, map.posts.back().second);
    qInfo(
        "%s -> %s: %.0f m in %.0f s (straight %.0f m)", qPrintable(map.posts.front().first),
        qPrintable(map.posts.back().first), route.meters, route.seconds,
        planner.straightLine(map.posts.front().second, map.posts.back().second, RouteFallback::None).meters);
    QVERIFY(route.seconds > 60 && route.seconds < 600);
}

void TestRoutePlanner::oneToManyOnTheBundledMap()
{
    const BundledMap map = bundledMap();
    const RoutePlanner planner(map.graph);
    std::vector<QPointF> origins;
    for (const auto& post : map.posts)
        origins.push_back(post.second);
    for (const auto& target : map.posts) {
        const std::vector<Route> many = planner.routesTo(target.second, origins);
        for (std::size_t i = 0; i < origins.size(); ++i) {
            const Route one = planner.route(origins[i], target.second, false);
            QCOMPARE(many[i].byRoad, one.byRoad);
            QVERIFY(near(many[i].seconds, one.seconds, 1e-6));
        }
    }
}

QTEST_GUILESS_MAIN(TestRoutePlanner)
#include "test_route_planner.moc"
