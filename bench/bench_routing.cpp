// Routing and place search on the bundled map: building the road graph,
// one-to-one routes (A*), one incident to many responders (one reverse
// Dijkstra), and gazetteer searches. Results and targets: docs/PERFORMANCE.md.

#include "geo/gazetteer.h"
#include "geo/route_planner.h"
#include "geo/vector_source.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace xiuhua;

namespace {

const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");

const geo::VectorSource& source()
{
    static const geo::VectorSource instance = geo::VectorSource::open(kGpkgPath);
    return instance;
}

std::shared_ptr<const geo::RoadGraph> graph()
{
    static const auto instance = std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(source()));
    return instance;
}

// Deterministic random points over the road network's extent (some off road).
std::vector<QPointF> randomPoints(std::size_t count, std::uint32_t seed)
{
    const geo::RoadGraph& g = *graph();
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (std::uint32_t n = 0; n < g.nodeCount(); ++n) {
        minLon = std::min(minLon, g.nodeLonLat(n).x());
        maxLon = std::max(maxLon, g.nodeLonLat(n).x());
        minLat = std::min(minLat, g.nodeLonLat(n).y());
        maxLat = std::max(maxLat, g.nodeLonLat(n).y());
    }
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lon(minLon, maxLon), lat(minLat, maxLat);
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < count; ++i)
        points.emplace_back(lon(rng), lat(rng));
    return points;
}

void BM_BuildRoadGraph(benchmark::State& state)
{
    const auto& data = source();
    for (auto _ : state) {
        geo::RoadGraph built = geo::RoadGraph::fromSource(data);
        benchmark::DoNotOptimize(built.edgeCount());
    }
}
BENCHMARK(BM_BuildRoadGraph)->Unit(benchmark::kMillisecond);

void BM_RouteOneToOne(benchmark::State& state)
{
    const geo::RoutePlanner planner(graph());
    const std::vector<QPointF> points = randomPoints(64, 1);
    std::size_t i = 0;
    for (auto _ : state) {
        const geo::Route route = planner.route(points[i % 64], points[(i + 31) % 64], state.range(0) != 0);
        benchmark::DoNotOptimize(route.seconds);
        ++i;
    }
}
BENCHMARK(BM_RouteOneToOne)->Arg(0)->Arg(1)->ArgName("withPath")->Unit(benchmark::kMicrosecond);

void BM_RouteOneToMany(benchmark::State& state)
{
    const geo::RoutePlanner planner(graph());
    const std::vector<QPointF> targets = randomPoints(16, 2);
    const std::vector<QPointF> responders = randomPoints(std::size_t(state.range(0)), 3);
    std::size_t i = 0;
    for (auto _ : state) {
        const std::vector<geo::Route> routes = planner.routesTo(targets[i++ % targets.size()], responders);
        benchmark::DoNotOptimize(routes.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_RouteOneToMany)->Arg(50)->Arg(20000)->ArgName("responders")->Unit(benchmark::kMillisecond);

void BM_RouteTreeOnly(benchmark::State& state)
{
    const geo::RoutePlanner planner(graph());
    const std::vector<QPointF> targets = randomPoints(16, 4);
    std::size_t i = 0;
    for (auto _ : state) {
        const geo::RouteTree tree = planner.treeTo(targets[i++ % targets.size()]);
        benchmark::DoNotOptimize(tree.nodeSeconds(0));
    }
}
BENCHMARK(BM_RouteTreeOnly)->Unit(benchmark::kMicrosecond);

void BM_BuildGazetteer(benchmark::State& state)
{
    const auto& data = source();
    for (auto _ : state) {
        const geo::Gazetteer gazetteer = geo::Gazetteer::fromDataset(data);
        benchmark::DoNotOptimize(gazetteer.size());
    }
}
BENCHMARK(BM_BuildGazetteer)->Unit(benchmark::kMillisecond);

void BM_GazetteerSearch(benchmark::State& state)
{
    static const geo::Gazetteer gazetteer = geo::Gazetteer::fromDataset(source());
    const QStringList queries{QStringLiteral("福州路"),   QStringLiteral("xzzl"),
                              QStringLiteral("xzzl fzl"), QStringLiteral("西藏中路与福州路交叉口"),
                              QStringLiteral("人民"),     QStringLiteral("fuzhoulu"),
                              QStringLiteral("警务")};
    std::size_t i = 0;
    for (auto _ : state) {
        const auto matches = gazetteer.search(queries[qsizetype(i++ % std::size_t(queries.size()))]);
        benchmark::DoNotOptimize(matches.data());
    }
}
BENCHMARK(BM_GazetteerSearch)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
