#include "geo/growing_route_tree.h"
#include "geo/route_planner.h"
#include "geo/vector_source.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace xiuhua::geo;

// The growing tree must answer exactly what the whole tree answers, for every route within the limit,
// and settle less of the city when the limit is tight.
class TestGrowingRouteTree : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RoutePlanner> m_planner;
    QRectF m_extent; // lon/lat of the road network

    QPointF randomPoint(std::uint64_t& state) const
    {
        auto unit = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
        };
        // A little beyond the roads too, so off-road origins and targets are in the mix.
        const QRectF box = m_extent.adjusted(-0.003, -0.003, 0.003, 0.003);
        return {box.left() + unit() * box.width(), box.top() + unit() * box.height()};
    }

private slots:
    void initTestCase()
    {
        const VectorSource source = VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));
        auto graph = std::make_shared<const RoadGraph>(RoadGraph::fromSource(source));
        QVERIFY(graph->nodeCount() > 100);
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
        for (std::uint32_t n = 0; n < graph->nodeCount(); ++n) {
            const QPointF p = graph->nodeLonLat(n);
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        m_extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        m_planner = std::make_shared<const RoutePlanner>(std::move(graph));
    }

    void sameAsTheWholeTree()
    {
        std::uint64_t state = 7;
        int compared = 0;
        int cutOff = 0;
        for (int t = 0; t < 25; ++t) {
            const QPointF target = randomPoint(state);
            const RouteTree whole = m_planner->treeTo(target);
            GrowingRouteTree growing(*m_planner, target);
            for (int o = 0; o < 40; ++o) {
                const QPointF origin = randomPoint(state);
                const Route expected = whole.routeFrom(origin);
                QVERIFY(growing.lowerBound(origin) <= expected.seconds + 1e-9);
                // Limits around the true time: well above, just above, below.
                for (double factor : {4.0, 1.0001, 0.7}) {
                    const double limit = expected.seconds * factor;
                    const auto found = growing.routeWithin(origin, limit);
                    if (expected.seconds <= limit) {
                        QVERIFY2(found, qPrintable(QStringLiteral("target %1 origin %2").arg(t).arg(o)));
                        QCOMPARE(found->byRoad, expected.byRoad);
                        QCOMPARE(found->fallback, expected.fallback);
                        QVERIFY(std::abs(found->seconds - expected.seconds) < 1e-9);
                        QVERIFY(std::abs(found->meters - expected.meters) < 1e-6);
                        ++compared;
                    } else {
                        QVERIFY(!found);
                        ++cutOff;
                    }
                }
            }
            const auto unlimited = growing.routeWithin(target, std::numeric_limits<double>::infinity());
            QVERIFY(unlimited);
        }
        QVERIFY(compared > 1000);
        QVERIFY(cutOff > 500);
    }

    // Near the target, only the neighbourhood is settled.
    void settlesLessForNearOrigins()
    {
        const QPointF centre = m_extent.center();
        GrowingRouteTree growing(*m_planner, centre);
        const QPointF near(centre.x() + 0.001, centre.y());
        const auto route = growing.routeWithin(near, std::numeric_limits<double>::infinity());
        QVERIFY(route);
        QVERIFY(growing.settledNodes() > 0);
        QVERIFY2(growing.settledNodes() < m_planner->graph().nodeCount() / 4,
                 qPrintable(QString::number(growing.settledNodes())));
    }
};

QTEST_GUILESS_MAIN(TestGrowingRouteTree)
#include "test_growing_route_tree.moc"
