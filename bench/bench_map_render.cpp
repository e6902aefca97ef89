// Map rendering: the base map of the whole jurisdiction at overview and street
// scale, one "every frame" pass of the operational layers over a cached base map,
// and loading the bundled GeoPackage. Results and targets: docs/PERFORMANCE.md.

#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/operational_symbols.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <random>

using namespace xiuhua;

namespace {

const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
const QSize kOutputSize(1600, 1000);
constexpr double kStreetScale = 0.5; // metres per pixel

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg());
}

// The jurisdiction layers, loaded once for all benchmarks that only draw them.
const map::LayerStack& jurisdiction()
{
    static const std::unique_ptr<map::LayerStack> stack = [] {
        auto loaded = std::make_unique<map::LayerStack>();
        const QStringList errors = map::loadJurisdictionLayers(*loaded, kGpkgPath, displayCrs());
        for (const QString& error : errors + loaded->errors())
            std::fprintf(stderr, "map: %s\n", qPrintable(error));
        return loaded;
    }();
    return *stack;
}

map::MapViewport overviewViewport(const map::LayerStack& stack)
{
    map::MapViewport viewport;
    viewport.setOutputSize(kOutputSize);
    viewport.fitExtent(stack.extent());
    return viewport;
}

map::MapViewport streetViewport(const map::LayerStack& stack)
{
    return map::MapViewport(stack.extent().center(), kStreetScale, kOutputSize);
}

void renderBaseMap(benchmark::State& state, const map::MapViewport& viewport)
{
    const map::LayerStack& stack = jurisdiction();
    const map::MapRenderer renderer;
    QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        renderer.render(painter, viewport, stack, map::MapRenderer::Everything);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetLabel(QStringLiteral("%1 layers, %2 m/px, %3x%4 px")
                       .arg(stack.count())
                       .arg(viewport.scale(), 0, 'f', 2)
                       .arg(viewport.outputSize().width())
                       .arg(viewport.outputSize().height())
                       .toStdString());
}

void BM_BaseMapOverview(benchmark::State& state)
{
    renderBaseMap(state, overviewViewport(jurisdiction()));
}
BENCHMARK(BM_BaseMapOverview)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BaseMapStreet(benchmark::State& state)
{
    renderBaseMap(state, streetViewport(jurisdiction()));
}
BENCHMARK(BM_BaseMapStreet)->Unit(benchmark::kMillisecond)->UseRealTime();

// Random points inside the jurisdiction's extent, in WGS 84.
std::vector<map::MapPoint> randomPoints(int count, const QRectF& displayExtent)
{
    const geo::CoordinateTransform toWgs84(displayCrs(), geo::spatialReferenceFromEpsg(geo::kWgs84Epsg));
    const QRectF bounds = toWgs84.transformBounds(displayExtent);
    std::mt19937_64 random(20261126);
    std::uniform_real_distribution<double> lon(bounds.left(), bounds.right());
    std::uniform_real_distribution<double> lat(bounds.top(), bounds.bottom());
    const QColor colours[] = {QColor(0xd3, 0x2f, 0x2f), QColor(0xf5, 0x7c, 0x00), QColor(0x19, 0x76, 0xd2),
                              QColor(0x38, 0x8e, 0x3c)};
    std::vector<map::MapPoint> points;
    points.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        map::MapPoint point;
        point.id = i + 1;
        point.lon = lon(random);
        point.lat = lat(random);
        point.label = QStringLiteral("20261126-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        point.colour = colours[i % 4];
        points.push_back(point);
    }
    return points;
}

// What the canvas does every frame (MapCanvas::paintEvent): blit the cached base map,
// then draw the operational layers and decorations on top. Overview scale, so every
// point is in view. Arguments: number of points, labels on (1) or off (0).
void BM_OperationalFrame(benchmark::State& state)
{
    const map::LayerStack& base = jurisdiction();
    const map::MapViewport viewport = overviewViewport(base);
    const map::MapRenderer renderer;

    QImage cache(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&cache);
        renderer.render(painter, viewport, base, map::MapRenderer::Background | map::MapRenderer::BaseLayers);
    }

    const int count = static_cast<int>(state.range(0));
    const bool labels = state.range(1) != 0;
    map::PointLayer incidents(QStringLiteral("incidents"), QStringLiteral("Incidents"),
                              geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::jurisdictionEpsg()));
    incidents.setPoints(randomPoints(count, base.extent()));
    incidents.setLabelsVisible(labels);
    const std::vector<map::MapLayer*> layers{&incidents};

    QImage frame(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&frame);
        painter.drawImage(QPoint(0, 0), cache);
        renderer.render(painter, viewport, layers,
                        map::MapRenderer::OperationalLayers | map::MapRenderer::Decorations);
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetLabel(
        QStringLiteral("%1 points, labels %2").arg(count).arg(labels ? "on" : "off").toStdString());
}
// The same with the console's look: each point drawn with one of seven
// category SVGs, ringed by one of three statuses (21 cached sprites). The
// jurisdiction's overview (2.4 m/px) is below the clustering threshold.
void BM_OperationalFrameSymbols(benchmark::State& state)
{
    const map::LayerStack& base = jurisdiction();
    const map::MapViewport viewport = overviewViewport(base);
    const map::MapRenderer renderer;
    QImage cache(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&cache);
        renderer.render(painter, viewport, base, map::MapRenderer::Background | map::MapRenderer::BaseLayers);
    }
    const int count = static_cast<int>(state.range(0));
    const char* const categories[] = {"fire",    "theft",      "traffic", "dispute",
                                      "medical", "assistance", "noise"};
    const char* const states[] = {"new", "dispatched", "on_scene"};
    namespace symbols = map::operational_symbols;
    auto atlas = std::make_shared<map::PointSpriteAtlas>();
    for (const char* category : categories)
        atlas->setSymbol(QString::fromLatin1(category),
                         symbols::svgSymbol(symbols::incidentSymbolPath(QString::fromLatin1(category)), 22));
    atlas->setMarker(QStringLiteral("new"), {QColor(0xd3, 0x2f, 0x2f), 3.5, QColor(0xff, 0xc4, 0x00), 1.0});
    atlas->setMarker(QStringLiteral("dispatched"), {QColor(0xef, 0x6c, 0x00), 2.5, {}, 1.0});
    atlas->setMarker(QStringLiteral("on_scene"), {QColor(0x15, 0x65, 0xc0), 2.5, {}, 1.0});
    std::vector<map::MapPoint> points = randomPoints(count, base.extent());
    for (std::size_t i = 0; i < points.size(); ++i) {
        points[i].category = QString::fromLatin1(categories[i % std::size(categories)]);
        points[i].state = QString::fromLatin1(states[i % std::size(states)]);
    }
    map::PointLayer incidents(QStringLiteral("incidents"), QStringLiteral("Incidents"),
                              geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::jurisdictionEpsg()));
    incidents.setSpriteAtlas(atlas);
    incidents.setClustering({20, 64, 3});
    incidents.setPoints(std::move(points));
    incidents.setLabelsVisible(state.range(1) != 0);
    const std::vector<map::MapLayer*> layers{&incidents};
    QImage frame(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&frame);
        painter.drawImage(QPoint(0, 0), cache);
        renderer.render(painter, viewport, layers,
                        map::MapRenderer::OperationalLayers | map::MapRenderer::Decorations);
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_OperationalFrameSymbols)
    ->ArgNames({"points", "labels"})
    ->Args({1000, 0})
    ->Args({3000, 1})
    ->Args({10000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK(BM_OperationalFrame)
    ->ArgNames({"points", "labels"})
    ->Args({0, 0})
    ->Args({1000, 0})
    ->Args({1000, 1})
    ->Args({3000, 1})
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Opening huangpu.gpkg and building every jurisdiction layer (reading, projecting, styling).
void BM_LoadJurisdictionLayers(benchmark::State& state)
{
    const OGRSpatialReference crs = displayCrs();
    int layers = 0;
    for (auto _ : state) {
        map::LayerStack stack;
        const QStringList errors = map::loadJurisdictionLayers(stack, kGpkgPath, crs);
        if (!errors.isEmpty()) {
            state.SkipWithError(qPrintable(errors.join(QLatin1String("; "))));
            break;
        }
        layers = stack.count();
        benchmark::DoNotOptimize(layers);
    }
    state.SetLabel(QStringLiteral("%1 layers").arg(layers).toStdString());
}
BENCHMARK(BM_LoadJurisdictionLayers)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
