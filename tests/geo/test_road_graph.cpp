#include "geo/road_graph.h"
#include "geo/vector_source.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace xiuhua::geo;

namespace {

constexpr double kLon0 = 121.47;
constexpr double kLat0 = 31.23;

// A lon/lat point x metres east and y metres north of (kLon0, kLat0).
QPointF at(double x, double y)
{
    return {kLon0 + x / (111320.0 * std::cos(kLat0 * std::numbers::pi / 180)), kLat0 + y / 110574.0};
}

RoadLine line(std::initializer_list<QPointF> points, int oneway = 0, int level = 0)
{
    RoadLine road;
    road.lonLat = points;
    road.name = QStringLiteral("路");
    road.roadClass = QStringLiteral("residential");
    road.oneway = oneway;
    road.level = level;
    return road;
}

int outDegree(const RoadGraph& graph, std::uint32_t node)
{
    return int(graph.outBegin(node + 1) - graph.outBegin(node));
}

} // namespace

class TestRoadGraph : public QObject
{
    Q_OBJECT

private slots:
    void sharedVerticesAreJunctions();
    void crossingWithoutSharedVertexIsNotAJunction();
    void nearbyVerticesMergeOnTheSameLevelOnly();
    void onewayStreetsGiveOneEdge();
    void lengthsAndTimesFollowTheSpeedTable();
    void retracedWayIsOneTwoWayStreet();
    void stronglyConnectedComponents();
    void snapsToTheNearestRoad();
    void segmentPathBetweenOffsets();
    void buildsTheBundledMap();
};

void TestRoadGraph::sharedVerticesAreJunctions()
{
    // A T: the stem ends on a vertex of the bar; the bar has an inner vertex.
    const RoadGraph graph = RoadGraph::fromLines({
        line({at(0, 0), at(50, 0), at(100, 0), at(200, 0)}),
        line({at(100, 0), at(100, 100)}),
    });
    QCOMPARE(graph.nodeCount(), std::size_t(4)); // the bar's ends, the T, the stem's end
    QCOMPARE(graph.segmentCount(), std::size_t(3));
    QCOMPARE(graph.edgeCount(), std::size_t(6));
    int junctions = 0;
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n)
        junctions += outDegree(graph, n) == 3 ? 1 : 0;
    QCOMPARE(junctions, 1);
}

void TestRoadGraph::crossingWithoutSharedVertexIsNotAJunction()
{
    // An elevated road passing over a street: the lines cross, no vertex shared.
    const RoadGraph graph = RoadGraph::fromLines({
        line({at(0, 0), at(200, 0)}, 0, 1),
        line({at(100, -100), at(100, 100)}),
    });
    QCOMPARE(graph.nodeCount(), std::size_t(4));
    QCOMPARE(graph.segmentCount(), std::size_t(2));
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n)
        QCOMPARE(outDegree(graph, n), 1);
}

void TestRoadGraph::nearbyVerticesMergeOnTheSameLevelOnly()
{
    // The stem's end is 0.3 m from the bar's vertex: joined.
    const RoadGraph joined = RoadGraph::fromLines({
        line({at(0, 0), at(100, 0), at(200, 0)}),
        line({at(100, 0.3), at(100, 100)}),
    });
    QCOMPARE(joined.nodeCount(), std::size_t(4));
    // The same with the bar on a bridge: not joined.
    const RoadGraph apart = RoadGraph::fromLines({
        line({at(0, 0), at(100, 0), at(200, 0)}, 0, 1),
        line({at(100, 0.3), at(100, 100)}),
    });
    QCOMPARE(apart.nodeCount(), std::size_t(4));
    QCOMPARE(apart.segmentCount(), std::size_t(2));
    // 2 m apart is a different place.
    const RoadGraph far = RoadGraph::fromLines({
        line({at(0, 0), at(100, 0), at(200, 0)}),
        line({at(100, 2), at(100, 100)}),
    });
    QCOMPARE(far.segmentCount(), std::size_t(2));
}

void TestRoadGraph::onewayStreetsGiveOneEdge()
{
    const RoadGraph forward = RoadGraph::fromLines({line({at(0, 0), at(100, 0)}, 1)});
    QCOMPARE(forward.edgeCount(), std::size_t(1));
    QCOMPARE(forward.nodeMetric(forward.edge(0).from).x() < forward.nodeMetric(forward.edge(0).to).x(), true);
    const RoadGraph reverse = RoadGraph::fromLines({line({at(0, 0), at(100, 0)}, -1)});
    QCOMPARE(reverse.edgeCount(), std::size_t(1));
    QCOMPARE(reverse.nodeMetric(reverse.edge(0).from).x() > reverse.nodeMetric(reverse.edge(0).to).x(), true);
    QVERIFY(reverse.edge(0).reversed);
    // Incoming edges index.
    QCOMPARE(reverse.inBegin(reverse.edge(0).to + 1) - reverse.inBegin(reverse.edge(0).to), 1u);
}

void TestRoadGraph::lengthsAndTimesFollowTheSpeedTable()
{
    RoadLine primary = line({at(0, 0), at(300, 0), at(300, 400)});
    primary.roadClass = QStringLiteral("primary");
    RoadLine unknown = line({at(1000, 0), at(1100, 0)});
    unknown.roadClass = QStringLiteral("raceway");
    const RoadGraph graph = RoadGraph::fromLines({primary, unknown});
    QCOMPARE(graph.segmentCount(), std::size_t(2));
    const RoadGraph::Segment& a = graph.segment(0);
    QVERIFY(std::abs(a.lengthM - 700) < 7); // UTM scale and the flat-earth test helper agree to 1 %
    QVERIFY(std::abs(a.seconds - a.lengthM / (40 / 3.6)) < 1e-9);
    const RoadGraph::Segment& b = graph.segment(1);
    QVERIFY(std::abs(b.seconds - b.lengthM / (SpeedTable::urbanEmergency().defaultKmh / 3.6)) < 1e-9);
    QCOMPARE(graph.road(a.road).roadClass, QStringLiteral("primary"));
    QVERIFY(std::abs(graph.maxSpeedMps() - SpeedTable::urbanEmergency().maxKmh() / 3.6) < 1e-9);
}

void TestRoadGraph::retracedWayIsOneTwoWayStreet()
{
    // How the bundled OSM export writes many two-way streets: A B A.
    const RoadGraph graph = RoadGraph::fromLines({line({at(0, 0), at(100, 0), at(0, 0)})});
    QCOMPARE(graph.nodeCount(), std::size_t(2));
    QCOMPARE(graph.segmentCount(), std::size_t(1));
    QCOMPARE(graph.edgeCount(), std::size_t(2));
    QVERIFY(std::abs(graph.segment(0).lengthM - 100) < 1);
}

void TestRoadGraph::stronglyConnectedComponents()
{
    // A two-way square with a one-way spur out of it and a one-way link into it.
    const RoadGraph graph = RoadGraph::fromLines({
        line({at(0, 0), at(100, 0), at(100, 100), at(0, 100), at(0, 0)}),
        line({at(100, 100), at(200, 200)}, 1),
        line({at(-100, -100), at(0, 0)}, 1),
    });
    QCOMPARE(graph.segmentCount(), std::size_t(4));
    QCOMPARE(graph.componentOf(0), graph.largestComponent());
    QCOMPARE(graph.componentOf(1), graph.largestComponent());
    QCOMPARE(graph.componentOf(2), RoadGraph::kNoComponent);
    QCOMPARE(graph.componentOf(3), RoadGraph::kNoComponent);
    // Snapping restricted to the main network skips the nearer spur.
    const auto anySnap = graph.snap(at(190, 170), 300);
    QVERIFY(anySnap);
    QCOMPARE(anySnap->segment, 2u);
    const auto mainSnap = graph.snap(at(190, 170), 300, graph.largestComponent());
    QVERIFY(mainSnap);
    QCOMPARE(graph.componentOf(mainSnap->segment), graph.largestComponent());
}

void TestRoadGraph::snapsToTheNearestRoad()
{
    const RoadGraph graph = RoadGraph::fromLines({
        line({at(0, 0), at(200, 0)}),
        line({at(0, 100), at(200, 100)}),
    });
    const auto snap = graph.snap(at(50, 30), 100);
    QVERIFY(snap);
    QVERIFY(std::abs(snap->distanceM - 30) < 0.5);
    QVERIFY(std::abs(snap->offsetM - 50) < 1);
    QVERIFY(std::abs(snap->lonLat.x() - at(50, 0).x()) < 1e-5);
    QCOMPARE(graph.segment(snap->segment).from, graph.segment(0).from);
    const auto upper = graph.snap(at(150, 70), 100);
    QVERIFY(upper);
    QCOMPARE(upper->segment, 1u);
    QVERIFY(!graph.snap(at(100, 500), 300)); // 400 m from the nearest road
    QVERIFY(graph.snap(at(100, 500), 500));
}

void TestRoadGraph::segmentPathBetweenOffsets()
{
    const RoadGraph graph = RoadGraph::fromLines({line({at(0, 0), at(100, 0), at(100, 100)})});
    const double length = graph.segment(0).lengthM;
    std::vector<QPointF> path;
    graph.appendSegmentPath(0, 50, length - 50, path);
    QCOMPARE(path.size(), std::size_t(3)); // halfway, the corner, halfway up
    QVERIFY(std::abs(path[1].x() - at(100, 0).x()) < 1e-9);
    std::vector<QPointF> back;
    graph.appendSegmentPath(0, length - 50, 50, back);
    QCOMPARE(back.size(), std::size_t(3));
    QCOMPARE(back.front(), path.back());
}

void TestRoadGraph::buildsTheBundledMap()
{
    const VectorSource source = VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));
    // How long it takes is measured by bench/bench_routing, not asserted here.
    const RoadGraph graph = RoadGraph::fromSource(source);
    QVERIFY(graph.nodeCount() > 500);
    QVERIFY(graph.edgeCount() > graph.segmentCount());
    for (std::uint32_t s = 0; s < graph.segmentCount(); ++s)
        QVERIFY(graph.segment(s).lengthM > 0);
    // Most of the network is one strongly connected piece (the map is clipped
    // to the station area, so roads leaving and re-entering it leave
    // fragments and one-way stubs at the edge).
    std::size_t mainSegments = 0;
    double mainLength = 0, totalLength = 0;
    for (std::uint32_t s = 0; s < graph.segmentCount(); ++s) {
        totalLength += graph.segment(s).lengthM;
        if (graph.componentOf(s) == graph.largestComponent()) {
            ++mainSegments;
            mainLength += graph.segment(s).lengthM;
        }
    }
    qInfo("main network: %zu of %zu segments, %.0f of %.0f m", mainSegments, graph.segmentCount(), mainLength,
          totalLength);
    QVERIFY(mainLength > totalLength * 0.6);
}

QTEST_GUILESS_MAIN(TestRoadGraph)
#include "test_road_graph.moc"
