// The background render: snapshots, cancellation of stale renders, and that
// the canvas ends up showing the render of its last viewport.

#include "geo/projection.h"
#include "map/canvas/map_canvas.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_renderer.h"
#include "map/layer_stack.h"
#include "map/map_layer.h"
#include "map/map_renderer.h"
#include "map/render_job.h"

#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
const QColor kMarker(0x10, 0x80, 0x20);

// What the gated renderers share with the test.
struct Gate
{
    QSemaphore open;              // a renderer waits here before drawing
    std::atomic_int entered{0};   // renderers that reached the gate
    std::atomic_int sawCancel{0}; // renderers that found their job cancelled
    std::atomic_int drawn{0};     // renderers that drew
};

// A base layer whose renderer waits at the gate, then fills a 9x9 px square
// at the map origin: the test controls when a background render proceeds.
class GatedLayer : public MapLayer
{
public:
    explicit GatedLayer(std::shared_ptr<Gate> gate)
        : MapLayer(QStringLiteral("gated"), QStringLiteral("Gated"), 10), m_gate(std::move(gate))
    {}
    QRectF extent() const override { return {-500, -500, 1000, 1000}; }
    void render(QPainter& painter, const MapViewport& viewport) const override { draw(painter, viewport); }
    std::unique_ptr<MapLayerRenderer> createRenderer(const MapViewport&) const override
    {
        return std::make_unique<Renderer>(m_gate);
    }
    static void draw(QPainter& painter, const MapViewport& viewport)
    {
        const QPointF px = viewport.toPixel(QPointF(0, 0));
        painter.fillRect(QRectF(px - QPointF(4.5, 4.5), QSizeF(9, 9)), kMarker);
    }

private:
    struct Renderer : MapLayerRenderer
    {
        explicit Renderer(std::shared_ptr<Gate> gate) : m_gate(std::move(gate)) {}
        void render(QPainter& painter, const RenderContext& context) override
        {
            ++m_gate->entered;
            m_gate->open.acquire();
            if (context.isCancelled()) {
                ++m_gate->sawCancel;
                return;
            }
            draw(painter, context.viewport);
            ++m_gate->drawn;
        }
        std::shared_ptr<Gate> m_gate;
    };
    std::shared_ptr<Gate> m_gate;
};

RenderJob* runningJob(const MapCanvas& canvas)
{
    for (RenderJob* job : canvas.findChildren<RenderJob*>()) {
        if (!job->isCancelled())
            return job;
    }
    return nullptr;
}

} // namespace

class TestRenderJob : public QObject
{
    Q_OBJECT

private slots:
    void staleRenderIsCancelledAndLastViewportWins();
    void panWithinTheMarginNeedsNoRender();
    void workerImageEqualsSynchronousRender();
    void labelsStayPutWhilePanning();
    void cancellingMidwayAndDeletingLayersIsSafe();
};

void TestRenderJob::staleRenderIsCancelledAndLastViewportWins()
{
    auto gate = std::make_shared<Gate>();
    LayerStack stack;
    stack.add(std::make_unique<GatedLayer>(gate));
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setLayerStack(&stack);
    canvas.setViewport(MapViewport(QPointF(0, 0), 1.0, QSize(400, 300)));
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));

    // The first render waits at the gate: the UI is not blocked meanwhile.
    QVERIFY(QTest::qWaitFor([&] { return gate->entered.load() == 1; }));
    RenderJob* first = runningJob(canvas);
    QVERIFY(first);
    QSignalSpy rendered(&canvas, &MapCanvas::baseMapRendered);
    std::vector<MapViewport> installed;
    connect(&canvas, &MapCanvas::baseMapRendered, &canvas,
            [&] { installed.push_back(canvas.baseMapViewport()); });

    // Zooming makes it stale: it is cancelled at once, before it even draws.
    MapViewport last = canvas.viewport();
    last.zoomBy(2);
    last.panByPixels(QPointF(40, -30));
    canvas.setViewport(last);
    QVERIFY(first->isCancelled());
    QVERIFY(canvas.isRendering());

    gate->open.release(1000);
    QVERIFY(QTest::qWaitFor([&] { return !canvas.isRendering() && rendered.count() >= 1; }));
    QCOMPARE(gate->sawCancel.load(), 1);
    QCOMPARE(gate->drawn.load(), 1);
    QCOMPARE(installed.size(), std::size_t(1)); // the stale image was never shown
    QCOMPARE(installed.front().scale(), last.scale());
    QCOMPARE(installed.front().centre(), last.centre());
    QCOMPARE(canvas.baseMapViewport().centre(), last.centre());

    // The marker is where the last viewport puts the map origin.
    const QPointF inCache = canvas.baseMapViewport().toPixel(QPointF(0, 0));
    QCOMPARE(canvas.baseMapImage().pixelColor(inCache.toPoint()), kMarker);
    const QImage shot = canvas.grab().toImage();
    QCOMPARE(shot.pixelColor(last.toPixel(QPointF(0, 0)).toPoint()), kMarker);
    gate->open.release(1000);
}

void TestRenderJob::panWithinTheMarginNeedsNoRender()
{
    auto gate = std::make_shared<Gate>();
    gate->open.release(1000000);
    LayerStack stack;
    stack.add(std::make_unique<GatedLayer>(gate));
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setLayerStack(&stack);
    canvas.setViewport(MapViewport(QPointF(0, 0), 1.0, QSize(400, 300)));
    canvas.show();
    QVERIFY(QTest::qWaitFor([&] { return !canvas.isRendering() && !canvas.baseMapImage().isNull(); }));
    const int renders = gate->entered.load();

    // A drag of 40 px stays inside the pre-rendered margin: the cache moves
    // with the map and the marker follows at once, without a new render.
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
    QTest::mouseMove(&canvas, QPoint(220, 160));
    QTest::mouseMove(&canvas, QPoint(240, 170));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(240, 170));
    QVERIFY(!canvas.isRendering());
    QCOMPARE(gate->entered.load(), renders);
    const QImage shot = canvas.grab().toImage();
    QCOMPARE(shot.pixelColor(canvas.viewport().toPixel(QPointF(0, 0)).toPoint()), kMarker);
    QCOMPARE(canvas.viewport().toPixel(QPointF(0, 0)), QPointF(240, 170));

    // A long pan leaves the margin: a new render is started.
    MapViewport far = canvas.viewport();
    far.panByPixels(QPointF(-350, 0));
    canvas.setViewport(far);
    QVERIFY(canvas.isRendering());
    QVERIFY(QTest::qWaitFor([&] { return !canvas.isRendering(); }));
    QCOMPARE(canvas.baseMapViewport().centre(), far.centre());
}

void TestRenderJob::workerImageEqualsSynchronousRender()
{
    LayerStack stack;
    QVERIFY(loadJurisdictionLayers(stack, kGpkgPath, geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg))
                .isEmpty());
    MapViewport viewport(stack.extent().center(), 1.2, QSize(700, 500));

    RenderJob job(stack.layers(), viewport, QColor(0xf2, 0xef, 0xe9), 1.0);
    QSignalSpy finished(&job, &RenderJob::finished);
    job.start();
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    const QImage background = job.image();
    QCOMPARE(background.size(), viewport.outputSize());

    QImage expected(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&expected);
        MapRenderer renderer;
        renderer.setBackground(QColor(0xf2, 0xef, 0xe9));
        renderer.render(painter, viewport, stack, MapRenderer::Background | MapRenderer::BaseLayers);
    }
    int different = 0;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x)
            different += background.pixel(x, y) != expected.pixel(x, y) ? 1 : 0;
    }
    QCOMPARE(different, 0);
}

void TestRenderJob::labelsStayPutWhilePanning()
{
    LayerStack stack;
    QVERIFY(loadJurisdictionLayers(stack, kGpkgPath, geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg))
                .isEmpty());
    const MapViewport first(stack.extent().center(), 1.5, QSize(1000, 800));
    RenderJob job1(stack.layers(), first, Qt::white, 1.0);
    QSignalSpy finished1(&job1, &RenderJob::finished);
    job1.start();
    QVERIFY(QTest::qWaitFor([&] { return finished1.count() == 1; }, 60000));
    const std::shared_ptr<const LabelPlacements> labels1 = job1.labels();
    QVERIFY(labels1 && labels1->size() > 20);

    MapViewport panned = first;
    panned.panByPixels(QPointF(-180, 120));
    RenderJob job2(stack.layers(), panned, Qt::white, 1.0);
    job2.setPreviousLabels(labels1);
    QSignalSpy finished2(&job2, &RenderJob::finished);
    job2.start();
    QVERIFY(QTest::qWaitFor([&] { return finished2.count() == 1; }, 60000));
    const std::shared_ptr<const LabelPlacements> labels2 = job2.labels();
    QVERIFY(labels2);

    // Every earlier label well inside the panned frame is kept, at the same place.
    const QRectF inner = QRectF(QPointF(0, 0), QSizeF(panned.outputSize())).adjusted(150, 60, -150, -60);
    int kept = 0;
    for (const LabelPlacement& label : *labels1) {
        if (!inner.contains(panned.toPixel(label.mapCentre)))
            continue;
        const auto same = std::find_if(labels2->begin(), labels2->end(),
                                       [&](const LabelPlacement& l) { return l.key == label.key; });
        QVERIFY2(same != labels2->end(), qPrintable(label.text));
        QCOMPARE(same->mapCentre, label.mapCentre);
        ++kept;
    }
    QVERIFY(kept > 10);
}

void TestRenderJob::cancellingMidwayAndDeletingLayersIsSafe()
{
    // Jobs cancelled at different moments, some with their layers deleted
    // while the worker still draws: the snapshot keeps what it needs alive.
    // (Also run under AddressSanitizer / valgrind, see docs/PERFORMANCE.md.)
    const OGRSpatialReference crs = geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
    for (int round = 0; round < 12; ++round) {
        auto stack = std::make_unique<LayerStack>();
        QVERIFY(loadJurisdictionLayers(*stack, kGpkgPath, crs).isEmpty());
        MapViewport viewport(stack->extent().center(), 0.6 + round * 0.4, QSize(900, 700));
        auto job = std::make_unique<RenderJob>(stack->layers(), viewport, Qt::white, 1.0);
        QPointer<RenderJob> guard(job.get());
        QSignalSpy finished(job.get(), &RenderJob::finished);
        job->start();
        if (round % 3 == 0)
            stack.reset(); // the live layers go away mid-render
        if (round % 2 == 0)
            job->cancel();
        if (round % 4 == 1) {
            job.reset(); // cancels and waits for the worker
            QVERIFY(guard.isNull());
            continue;
        }
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
        QCOMPARE(job->image().isNull(), job->isCancelled());
    }
}

QTEST_MAIN(TestRenderJob)
#include "test_render_job.moc"
