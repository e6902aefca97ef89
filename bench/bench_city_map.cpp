// City-scale map benchmarks: a synthetic Shanghai-sized GeoPackage (501,000
// road segments, 100,000 buildings, 13,400 posts and fire stations; written
// once into the build tree by city_data_generator) and 23,000 operational
// points. Results and targets: docs/PERFORMANCE.md.

#include "city_data_generator.h"
#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/layer_renderer.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/operational_symbols.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"
#include "map/render_job.h"
#include "map/vector_layer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace xiuhua;
using bench::CityData;

namespace {

const QSize kOutputSize(1920, 1080);
const char* const kVectorLayers[] = {"buildings", "roads", "fire_stations", "posts"};

QString gpkgPath()
{
    return qEnvironmentVariable("XIUHUA_CITY_GPKG", QStringLiteral(XIUHUA_BENCH_DATA_DIR "/city_v1.gpkg"));
}

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg());
}

geo::CoordinateTransform wgs84ToDisplay()
{
    return geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::jurisdictionEpsg());
}

QStringList loadCityLayers(map::LayerStack& stack)
{
    QStringList errors;
    try {
        const geo::VectorSource source = geo::VectorSource::open(gpkgPath());
        for (const char* name : kVectorLayers) {
            const QString id = QString::fromLatin1(name);
            auto layer = std::make_unique<map::VectorLayer>(id, id, map::default_styles::forLayer(id),
                                                            map::default_styles::zValueFor(id));
            if (!layer->load(source, id, displayCrs()))
                errors << layer->errorString();
            stack.add(std::move(layer));
        }
    } catch (const std::exception& e) {
        errors << QString::fromUtf8(e.what());
    }
    return errors;
}

// The console's look (OperationalOverlay): category / kind SVGs ringed by
// status, clustered beyond 20 (incidents) and 10 (responders) m/px.
std::shared_ptr<map::PointSpriteAtlas> consoleAtlas(const char* const* categories, std::size_t count,
                                                    bool incidents)
{
    namespace symbols = map::operational_symbols;
    auto atlas = std::make_shared<map::PointSpriteAtlas>();
    for (std::size_t i = 0; i < count; ++i) {
        const QString code = QString::fromLatin1(categories[i]);
        atlas->setSymbol(code, symbols::svgSymbol(incidents ? symbols::incidentSymbolPath(code)
                                                            : symbols::responderSymbolPath(code),
                                                  incidents ? 22 : 18));
    }
    const std::pair<const char*, QColor> states[] = {
        {"new", QColor(0xd3, 0x2f, 0x2f)},      {"dispatched", QColor(0xef, 0x6c, 0x00)},
        {"on_scene", QColor(0x15, 0x65, 0xc0)}, {"available", QColor(0x2e, 0x7d, 0x32)},
        {"busy", QColor(0xef, 0x6c, 0x00)},     {"meal_break", QColor(0x75, 0x75, 0x75)}};
    for (const auto& [state, colour] : states)
        atlas->setMarker(
            QString::fromLatin1(state),
            {colour, 2.5, state == std::string_view("new") ? QColor(0xff, 0xc4, 0x00) : QColor(), 1.0});
    return atlas;
}

const char* const kIncidentCategories[] = {"fire",    "burglary", "theft",     "traffic",
                                           "dispute", "medical",  "assistance"};
const char* const kResponderKinds[] = {"community_officer", "patrol_officer", "auxiliary", "volunteer",
                                       "fire_crew"};
const char* const kIncidentStates[] = {"new", "dispatched", "on_scene"};
const char* const kResponderStates[] = {"available", "busy", "meal_break"};

struct City
{
    map::LayerStack stack;
    map::PointLayer* responders = nullptr;
    map::PointLayer* incidents = nullptr;
    std::vector<map::MapPoint> responderPoints;
};

City& city()
{
    static const std::unique_ptr<City> loaded = [] {
        auto c = std::make_unique<City>();
        QElapsedTimer timer;
        timer.start();
        for (const QString& error : loadCityLayers(c->stack))
            std::fprintf(stderr, "city: %s\n", qPrintable(error));
        std::fprintf(stderr, "city: vector layers loaded in %lld ms\n", timer.elapsed());
        c->responders = c->stack.add(std::make_unique<map::PointLayer>(
            QStringLiteral("responders"), QStringLiteral("Responders"), wgs84ToDisplay(), 900));
        c->incidents = c->stack.add(std::make_unique<map::PointLayer>(
            QStringLiteral("incidents"), QStringLiteral("Incidents"), wgs84ToDisplay(), 1000));
        c->responderPoints = CityData::responders();
        for (std::size_t i = 0; i < c->responderPoints.size(); ++i) {
            c->responderPoints[i].category =
                QString::fromLatin1(kResponderKinds[i % std::size(kResponderKinds)]);
            c->responderPoints[i].state =
                QString::fromLatin1(kResponderStates[i % std::size(kResponderStates)]);
        }
        std::vector<map::MapPoint> incidentPoints = CityData::incidents();
        for (std::size_t i = 0; i < incidentPoints.size(); ++i) {
            incidentPoints[i].category =
                QString::fromLatin1(kIncidentCategories[i % std::size(kIncidentCategories)]);
            incidentPoints[i].state = QString::fromLatin1(kIncidentStates[i % std::size(kIncidentStates)]);
        }
        c->responders->setPoints(c->responderPoints);
        c->incidents->setPoints(std::move(incidentPoints));
        return c;
    }();
    return *loaded;
}

// symbols 0: one built-in shape per layer filled with the point's colour, no
// clustering (before the atlas); 1: the console's look.
void setLook(int symbols)
{
    City& c = city();
    if (symbols == 0) {
        c.responders->setSpriteAtlas(nullptr);
        c.incidents->setSpriteAtlas(nullptr);
        c.responders->setClustering({});
        c.incidents->setClustering({});
        return;
    }
    c.responders->setSpriteAtlas(consoleAtlas(kResponderKinds, std::size(kResponderKinds), false));
    c.incidents->setSpriteAtlas(consoleAtlas(kIncidentCategories, std::size(kIncidentCategories), true));
    c.responders->setClustering({10, 64, 3});
    c.incidents->setClustering({20, 64, 3});
}

QPointF cityCentre()
{
    return wgs84ToDisplay().transform(QPointF(CityData::kCentreLon, CityData::kCentreLat));
}

// 0: the whole city fitted (~93 m/px); 1: district (8 m/px); 2: street (1 m/px).
map::MapViewport viewportFor(int scale, QSize size = kOutputSize)
{
    map::MapViewport viewport(cityCentre(), 1.0, size);
    if (scale == 0) {
        const double half = CityData::kSizeMetres / 2;
        viewport.fitExtent(QRectF(cityCentre() - QPointF(half, half), QSizeF(2 * half, 2 * half)));
    } else {
        viewport.setScale(scale == 1 ? 8.0 : 1.0);
    }
    return viewport;
}

const char* scaleName(int scale)
{
    return scale == 0 ? "overview" : scale == 1 ? "district" : "street";
}

std::vector<map::MapLayer*> baseLayers()
{
    std::vector<map::MapLayer*> layers;
    for (map::MapLayer* layer : city().stack.layers()) {
        if (!layer->isOperational())
            layers.push_back(layer);
    }
    return layers;
}

// Synchronous base-map render (MapRenderer, as grabMap() and exports do).
void BM_CityBaseMap(benchmark::State& state)
{
    const int scale = int(state.range(0));
    const bool labels = state.range(1) != 0;
    const map::MapViewport viewport = viewportFor(scale);
    const std::vector<map::MapLayer*> layers = baseLayers();
    const map::MapRenderer renderer;
    QImage image(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    const int parts = map::MapRenderer::Background | map::MapRenderer::BaseLayers |
                      (labels ? 0 : int(map::MapRenderer::NoLabels));
    for (auto _ : state) {
        QPainter painter(&image);
        renderer.render(painter, viewport, layers, parts);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetLabel(QStringLiteral("%1, %2 m/px, labels %3")
                       .arg(QLatin1String(scaleName(scale)))
                       .arg(viewport.scale(), 0, 'f', 1)
                       .arg(labels ? "on" : "off")
                       .toStdString());
}
BENCHMARK(BM_CityBaseMap)
    ->ArgNames({"scale", "labels"})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Args({1, 0})
    ->Args({1, 1})
    ->Args({2, 0})
    ->Args({2, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// What the canvas's worker does: snapshot the layers, render the view plus
// its 25% margins (2880x1620 px) with labels.
void BM_CityWorkerRender(benchmark::State& state)
{
    const int scale = int(state.range(0));
    const map::MapViewport view = viewportFor(scale);
    const map::MapViewport viewport(view.centre(), view.scale(), QSize(2880, 1620));
    const std::vector<map::MapLayer*> layers = baseLayers();
    QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        std::vector<std::unique_ptr<map::MapLayerRenderer>> renderers;
        for (const map::MapLayer* layer : layers)
            renderers.push_back(layer->createRenderer(viewport));
        image.fill(map::default_styles::background());
        QPainter painter(&image);
        map::RenderJob::renderSnapshot(painter, viewport, renderers, nullptr);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetLabel(QStringLiteral("%1, 2880x1620 px").arg(QLatin1String(scaleName(scale))).toStdString());
}
BENCHMARK(BM_CityWorkerRender)
    ->ArgName("scale")
    ->Arg(0)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The cached base map (rendered once, with margins) for a scale.
QImage cachedBaseMap(const map::MapViewport& view, map::MapViewport& cacheViewport)
{
    cacheViewport = map::MapViewport(view.centre(), view.scale(), QSize(2880, 1620));
    QImage cache(cacheViewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&cache);
    map::MapRenderer().render(painter, cacheViewport, baseLayers(),
                              map::MapRenderer::Background | map::MapRenderer::BaseLayers);
    return cache;
}

// One MapCanvas::paintEvent while panning: blit the shifted cache, then the
// operational layers (20,000 responders, 3,000 incidents, labels on) and decorations.
void paintFrame(QImage& frame, const QImage& cache, const map::MapViewport& cacheViewport,
                const map::MapViewport& view, const std::vector<map::MapLayer*>& operational)
{
    QPainter painter(&frame);
    const QRectF e = cacheViewport.extent();
    const QPointF topLeft = view.toPixel(QPointF(e.left(), e.bottom()));
    painter.drawImage(QPointF(std::round(topLeft.x()), std::round(topLeft.y())), cache);
    map::MapRenderer().render(painter, view, operational,
                              map::MapRenderer::OperationalLayers | map::MapRenderer::Decorations);
}

void BM_CityPanFrame(benchmark::State& state)
{
    const int scale = int(state.range(0));
    City& c = city();
    setLook(int(state.range(1)));
    const map::MapViewport start = viewportFor(scale);
    map::MapViewport cacheViewport;
    const QImage cache = cachedBaseMap(start, cacheViewport);
    const std::vector<map::MapLayer*> operational{c.responders, c.incidents};
    QImage frame(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        map::MapViewport view = start;
        view.panByPixels(QPointF((step % 41) * 5 - 100, (step % 17) * 5 - 40));
        ++step;
        paintFrame(frame, cache, cacheViewport, view, operational);
        benchmark::DoNotOptimize(frame.constBits());
    }
    const QRectF visible = start.extent();
    state.SetLabel(QStringLiteral("%1, %2 points in view, %3 clusters")
                       .arg(QLatin1String(scaleName(scale)))
                       .arg(c.responders->pointsIn(visible).size() + c.incidents->pointsIn(visible).size())
                       .arg(c.responders->clusters(start).size() + c.incidents->clusters(start).size())
                       .toStdString());
    setLook(1);
}
BENCHMARK(BM_CityPanFrame)
    ->ArgNames({"scale", "symbols"})
    ->ArgsProduct({{0, 1, 2}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Zooming at overview: the scale changes on every frame, so both layers
// re-cluster 23,000 points before drawing (the worst case; panning reuses them).
void BM_CityZoomFrame(benchmark::State& state)
{
    City& c = city();
    setLook(1);
    const map::MapViewport start = viewportFor(0);
    map::MapViewport cacheViewport;
    const QImage cache = cachedBaseMap(start, cacheViewport);
    const std::vector<map::MapLayer*> operational{c.responders, c.incidents};
    QImage frame(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        map::MapViewport view = start;
        view.setScale(start.scale() * (1.0 + 0.01 * (++step % 20)));
        paintFrame(frame, cache, cacheViewport, view, operational);
        benchmark::DoNotOptimize(frame.constBits());
    }
}
BENCHMARK(BM_CityZoomFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

// A responder's status changes: the owner re-sends all 20,000 points with one
// colour changed, then the next frame is painted (street scale).
void BM_CityStatusChange(benchmark::State& state)
{
    City& c = city();
    setLook(1);
    const map::MapViewport view = viewportFor(2);
    map::MapViewport cacheViewport;
    const QImage cache = cachedBaseMap(view, cacheViewport);
    const std::vector<map::MapLayer*> operational{c.responders, c.incidents};
    QImage frame(kOutputSize, QImage::Format_ARGB32_Premultiplied);
    std::size_t changed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<map::MapPoint> points = c.responderPoints;
        changed = (changed + 7919) % points.size();
        points[changed].colour = QColor(0xff, 0x98, 0x00);
        points[changed].state = QStringLiteral("busy");
        state.ResumeTiming();
        c.responders->setPoints(std::move(points));
        paintFrame(frame, cache, cacheViewport, view, operational);
        benchmark::DoNotOptimize(frame.constBits());
    }
    c.responders->setPoints(c.responderPoints);
}
BENCHMARK(BM_CityStatusChange)->Unit(benchmark::kMillisecond)->UseRealTime();

// The identify tool: every vector layer at a point on a road's centre line.
void BM_CityIdentify(benchmark::State& state)
{
    City& c = city();
    const geo::CoordinateTransform toDisplay = wgs84ToDisplay();
    std::vector<QPointF> probes;
    for (int k = 0; k < 256; ++k)
        probes.push_back(toDisplay.transform(CityData::roadPointLonLat((k * 37) % 500, (k * 53) % 500)));
    std::vector<const map::VectorLayer*> layers;
    for (const map::MapLayer* layer : c.stack.layers()) {
        if (const auto* vector = qobject_cast<const map::VectorLayer*>(layer))
            layers.push_back(vector);
    }
    std::size_t found = 0, calls = 0;
    for (auto _ : state) {
        const QPointF& probe = probes[calls++ % probes.size()];
        for (const map::VectorLayer* layer : layers)
            found += layer->identify(probe, 3.0).size();
    }
    if (found < calls)
        state.SkipWithError("identify missed a road under its centre line");
    state.SetLabel(QStringLiteral("%1 layers, 3 m tolerance").arg(layers.size()).toStdString());
}
BENCHMARK(BM_CityIdentify)->Unit(benchmark::kMicrosecond)->UseRealTime();

// A click on the map at street scale: PointLayer::pointAt over 20,000 responders.
void BM_CityPointAt(benchmark::State& state)
{
    City& c = city();
    const map::MapViewport view = viewportFor(2);
    int k = 0;
    std::size_t hits = 0;
    for (auto _ : state) {
        const QPointF pixel((k * 97) % kOutputSize.width(), (k * 61) % kOutputSize.height());
        ++k;
        hits += c.responders->pointAt(pixel, view, 6).has_value() ? 1 : 0;
    }
    benchmark::DoNotOptimize(hits);
}
BENCHMARK(BM_CityPointAt)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Reading and building the four vector layers (the GeoPackage exists already).
void BM_CityLoad(benchmark::State& state)
{
    for (auto _ : state) {
        map::LayerStack stack;
        const QStringList errors = loadCityLayers(stack);
        if (!errors.isEmpty()) {
            state.SkipWithError(qPrintable(errors.join(QLatin1String("; "))));
            break;
        }
        benchmark::DoNotOptimize(stack.count());
    }
}
BENCHMARK(BM_CityLoad)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const bool existed = QFileInfo::exists(gpkgPath());
    if (const QString error = CityData::ensureGeoPackage(gpkgPath()); !error.isEmpty()) {
        std::fprintf(stderr, "city data: %s\n", qPrintable(error));
        return 1;
    }
    if (!existed)
        std::fprintf(stderr, "city data: wrote %s in %lld ms\n", qPrintable(gpkgPath()), timer.elapsed());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
