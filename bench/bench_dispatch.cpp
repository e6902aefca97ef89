// Dispatch at city scale: recommending responders for one incident with 20,000
// of them on the synthetic city's road network (bench/city_data_generator.h,
// 501,000 road segments), the audited assignment transaction against a bare
// durable INSERT on the same database, and the incident queue's once-a-second
// tick with 3,000 active incidents. Databases live under XIUHUA_BENCH_DIR, or
// the build tree (a real disk, so fsync costs what it costs in production).
// Results and targets: docs/PERFORMANCE.md.

#include "city_data_generator.h"
#include "core/taxonomy.h"
#include "dispatch/assignment_service.h"
#include "dispatch/change_notifier.h"
#include "dispatch/recommender.h"
#include "geo/community_locator.h"
#include "geo/projection.h"
#include "geo/road_graph.h"
#include "geo/route_planner.h"
#include "geo/vector_source.h"
#include "map/layer_stack.h"
#include "storage/sqlite_database.h"
#include "storage/sqlite_store.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/map/operational_overlay.h"
#include "ui/responders/responder_table_model.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <vector>

using namespace xiuhua;
using bench::CityData;

namespace {

const QString kTaxonomyPath = QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json");
constexpr int kQueueIncidents = 3'000;
constexpr int kBoardResponders = 20'000; // with the queue's 2,000 busy ones
constexpr int kAssignPool = 200;         // incident/responder pairs created per refill, outside the timing

// 2026-11-26 10:00 Shanghai.
QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC);
}

QString cityGpkgPath()
{
    return qEnvironmentVariable("XIUHUA_CITY_GPKG", QStringLiteral(XIUHUA_BENCH_DATA_DIR "/city_v1.gpkg"));
}

const core::Taxonomy& taxonomy()
{
    static const core::Taxonomy loaded = core::Taxonomy::fromFile(kTaxonomyPath);
    return loaded;
}

const core::Actor& benchActor()
{
    static const core::Actor actor{std::nullopt, QStringLiteral("bench"), QStringLiteral("bench")};
    return actor;
}

// One scratch directory for the whole run, removed at exit.
QString scratchFile(const QString& name)
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base =
            qEnvironmentVariable("XIUHUA_BENCH_DIR", QStringLiteral(XIUHUA_BENCH_DEFAULT_DIR));
        QDir().mkpath(base);
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/xiuhua-bench-XXXXXX"));
    }();
    return dir->filePath(name);
}

std::unique_ptr<storage::SqliteStore> openFresh(const QString& name)
{
    const QString path = scratchFile(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
}

// A field responder; badge numbers are unique per serial.
core::Responder sampleResponder(int serial, core::ResponderStatus status, const QDateTime& now)
{
    static constexpr core::ResponderKind kKinds[] = {
        core::ResponderKind::PatrolOfficer, core::ResponderKind::PatrolOfficer,
        core::ResponderKind::CommunityOfficer, core::ResponderKind::Auxiliary,
        core::ResponderKind::Volunteer};
    core::Responder responder;
    responder.kind = kKinds[serial % 5];
    responder.badgeNo = QStringLiteral("B%1").arg(serial, 6, 10, QLatin1Char('0'));
    responder.name = QStringLiteral("警员%1").arg(serial);
    responder.phone = QStringLiteral("139%1").arg(serial, 8, 10, QLatin1Char('0'));
    responder.status = status;
    responder.statusSince = now.addSecs(-3600);
    return responder;
}

// An incident; numbers are unique per serial (9,000 a day, going back from 2026-11-26).
core::Incident sampleIncident(int serial, core::IncidentStatus status, const QDateTime& receivedAt)
{
    const QDate day = QDate(2026, 11, 26).addDays(-(serial / 9000));
    core::Incident incident;
    incident.number = day.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("-%1").arg(serial % 9000 + 1, 4, 10, QLatin1Char('0'));
    incident.receivedAt = receivedAt;
    incident.updatedAt = receivedAt;
    incident.callerName = QStringLiteral("王先生");
    incident.callerPhone = QStringLiteral("13800138000");
    incident.category = QStringLiteral("burglary");
    incident.subcategory = QStringLiteral("home_burglary");
    incident.priority = core::Priority::P2;
    incident.status = status;
    incident.addressText = QStringLiteral("经%1路 %2 号").arg(serial % 500 + 1).arg(serial % 700 + 1);
    const QPointF at = CityData::toLonLat((serial % 1000) * 20.0 - 10'000, (serial % 997) * 20.0 - 10'000);
    incident.location = core::GeoPoint{at.x(), at.y()};
    incident.description = QStringLiteral("居民反映家中财物被盗，门锁有撬动痕迹。");
    return incident;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// 1. Recommendation on the city network.

struct City
{
    std::shared_ptr<const geo::RoutePlanner> planner;
    std::unique_ptr<storage::SqliteStore> store;
    core::Incident incident;
    std::size_t segments = 0;
    qint64 graphMs = 0;
    double graphRssMb = 0;
    QString error;
};

// Built once: the road graph from the whole city GeoPackage (all 501,000
// segments, no window) and a store with 20,000 available field responders at
// CityData::responders()'s random points inside the 100 x 100 km extent.
const City& city()
{
    static const std::unique_ptr<City> instance = [] {
        auto c = std::make_unique<City>();
        try {
            if (const QString error = CityData::ensureGeoPackage(cityGpkgPath()); !error.isEmpty()) {
                c->error = error;
                return c;
            }
            const double rssBefore = residentMegabytes();
            QElapsedTimer timer;
            timer.start();
            const geo::VectorSource source = geo::VectorSource::open(cityGpkgPath());
            geo::RoadGraphOptions options;
            options.layer = QStringLiteral("roads"); // the generator's layer and fields
            options.classField = QStringLiteral("class");
            options.nameField = QStringLiteral("name");
            auto graph = std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(source, options));
            c->graphMs = timer.elapsed();
            c->graphRssMb = residentMegabytes() - rssBefore;
            c->segments = graph->segmentCount();
            c->planner = std::make_shared<const geo::RoutePlanner>(graph);
            std::fprintf(stderr, "city graph: %zu segments, %zu nodes, built in %lld ms, +%.0f MB resident\n",
                         graph->segmentCount(), graph->nodeCount(), c->graphMs, c->graphRssMb);

            const QDateTime now = benchNow();
            c->store = openFresh(QStringLiteral("city.sqlite"));
            const std::vector<map::MapPoint> points = CityData::responders();
            c->store->transact(benchActor(), [&](storage::StoreWriter& writer) {
                for (std::size_t i = 0; i < points.size(); ++i) {
                    core::Responder responder =
                        sampleResponder(int(i) + 1, core::ResponderStatus::Available, now);
                    responder.lastPosition = core::GeoPoint{points[i].lon, points[i].lat};
                    responder.positionAt = now.addSecs(-qint64(i % 600));
                    writer.insertResponder(responder);
                }
                writer.audit(
                    {QStringLiteral("bench.insert"), QStringLiteral("responder"), std::nullopt, {}, {}});
            });
            // One open incident in the middle of the city.
            const QPointF centre = CityData::toLonLat(0, 0);
            c->incident = sampleIncident(1, core::IncidentStatus::New, now.addSecs(-60));
            c->incident.location = core::GeoPoint{centre.x(), centre.y()};
            c->store->transact(benchActor(), [&](storage::StoreWriter& writer) {
                c->incident.id = writer.insertIncident(c->incident);
                writer.audit(
                    {QStringLiteral("bench.insert"), QStringLiteral("incident"), c->incident.id, {}, {}});
            });
        } catch (const std::exception& e) {
            c->error = QString::fromUtf8(e.what());
        }
        return c;
    }();
    return *instance;
}

bool citySkipped(benchmark::State& state)
{
    if (city().error.isEmpty())
        return false;
    static const std::string message = city().error.toStdString();
    state.SkipWithError(message.c_str());
    return true;
}

// What the dispatcher waits for after opening an incident: read the responders,
// rank them, one reverse Dijkstra over the whole city, top 10.
void BM_RecommendCity(benchmark::State& state)
{
    if (citySkipped(state))
        return;
    const City& c = city();
    const dispatch::Recommender recommender(c.store->read(), taxonomy(), c.planner);
    std::size_t byRoad = 0;
    for (auto _ : state) {
        const std::vector<dispatch::Recommendation> top = recommender.recommend(c.incident, benchNow(), 10);
        byRoad =
            std::size_t(std::count_if(top.begin(), top.end(), [](const auto& r) { return r.route.byRoad; }));
        benchmark::DoNotOptimize(top.data());
    }
    state.SetLabel(QStringLiteral("%1 segments, 20000 responders, %2/10 by road")
                       .arg(c.segments)
                       .arg(byRoad)
                       .toStdString());
}
BENCHMARK(BM_RecommendCity)->Unit(benchmark::kMillisecond)->UseRealTime();

// "Who goes" for incidents all over the city, among the 20,000 responders already read (the console
// keeps its board's list): the bounded search (full:0) against a route to everyone (full:1). Each
// iteration is one incident of 32 at random points within 40 km of the centre, categories in turn;
// median_ms is the median over the incidents of the last pass.
void BM_RecommendCityIncidents(benchmark::State& state)
{
    if (citySkipped(state))
        return;
    const City& c = city();
    const bool full = state.range(0) != 0;
    const dispatch::Recommender recommender(c.store->read(), taxonomy(), c.planner);
    const std::vector<core::Responder> responders = c.store->read().responders();
    std::vector<core::Incident> incidents;
    std::uint64_t seed = 15;
    const QStringList categories{QStringLiteral("burglary"), QStringLiteral("fire"),
                                 QStringLiteral("dispute"), QStringLiteral("medical")};
    for (int i = 0; i < 32; ++i) {
        core::Incident incident = c.incident;
        const double x = (double(geo::CommunityLocator::splitmix64(seed) % 80001) - 40000);
        const double y = (double(geo::CommunityLocator::splitmix64(seed) % 80001) - 40000);
        const QPointF at = CityData::toLonLat(x, y);
        incident.location = core::GeoPoint{at.x(), at.y()};
        incident.category = categories[i % categories.size()];
        incidents.push_back(incident);
    }
    std::vector<double> millis(incidents.size());
    std::size_t next = 0;
    for (auto _ : state) {
        const core::Incident& incident = incidents[next];
        QElapsedTimer timer;
        timer.start();
        const auto top = full ? recommender.recommendByFullSearch(incident, benchNow(), responders, 10)
                              : recommender.recommendAmong(incident, benchNow(), responders, 10);
        millis[next] = double(timer.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(top.data());
        next = (next + 1) % incidents.size();
    }
    std::vector<double> sorted = millis;
    std::sort(sorted.begin(), sorted.end());
    state.counters["median_ms"] = sorted[sorted.size() / 2];
    state.counters["max_ms"] = sorted.back();
}
BENCHMARK(BM_RecommendCityIncidents)
    ->ArgName("full")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(64)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Its parts: reading the 20,000 responders from the store...
void BM_RecommendCityReadResponders(benchmark::State& state)
{
    if (citySkipped(state))
        return;
    for (auto _ : state) {
        const std::vector<core::Responder> all = city().store->read().responders();
        benchmark::DoNotOptimize(all.data());
    }
}
BENCHMARK(BM_RecommendCityReadResponders)->Unit(benchmark::kMillisecond)->UseRealTime();

// ...and the one reverse Dijkstra to the incident over the whole network.
void BM_RecommendCityRouteTree(benchmark::State& state)
{
    if (citySkipped(state))
        return;
    const QPointF target(city().incident.location->lon, city().incident.location->lat);
    for (auto _ : state) {
        const geo::RouteTree tree = city().planner->treeTo(target);
        benchmark::DoNotOptimize(tree.nodeSeconds(0));
    }
}
BENCHMARK(BM_RecommendCityRouteTree)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---------------------------------------------------------------------------
// 2. The audited assignment commit against a bare durable INSERT.

struct AssignFixture
{
    std::unique_ptr<storage::SqliteStore> store;
    dispatch::ChangeNotifier notifier;
    std::vector<std::pair<core::Id, core::Id>> pairs; // open incident, available responder
    int serial = 0;

    AssignFixture() : store(openFresh(QStringLiteral("assign.sqlite"))) {}

    // kAssignPool fresh pairs in one transaction.
    void refill()
    {
        const QDateTime now = benchNow();
        store->transact(benchActor(), [&](storage::StoreWriter& writer) {
            for (int i = 0; i < kAssignPool; ++i) {
                ++serial;
                const core::Id incident = writer.insertIncident(
                    sampleIncident(serial, core::IncidentStatus::New, now.addSecs(-60)));
                core::Responder responder = sampleResponder(serial, core::ResponderStatus::Available, now);
                responder.kind = core::ResponderKind::PatrolOfficer;
                pairs.emplace_back(incident, writer.insertResponder(responder));
            }
            writer.audit({QStringLiteral("bench.insert"), QStringLiteral("incident"), std::nullopt, {}, {}});
        });
    }
};

AssignFixture& assignFixture()
{
    static AssignFixture fixture;
    return fixture;
}

void BM_AssignResponder(benchmark::State& state)
{
    AssignFixture& f = assignFixture();
    dispatch::AssignmentService service({*f.store, taxonomy(), f.notifier, [] { return benchNow(); }});
    std::chrono::steady_clock::duration slowest{};
    for (auto _ : state) {
        if (f.pairs.empty()) {
            state.PauseTiming();
            f.refill();
            state.ResumeTiming();
        }
        const auto [incident, responder] = f.pairs.back();
        f.pairs.pop_back();
        const auto start = std::chrono::steady_clock::now();
        const core::Assignment assignment = service.assign(benchActor(), incident, responder);
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
        benchmark::DoNotOptimize(assignment.id);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["max_ms"] = std::chrono::duration<double, std::milli>(slowest).count();
}
BENCHMARK(BM_AssignResponder)->Unit(benchmark::kMillisecond)->UseRealTime();

// The floor: the same connection (WAL, synchronous as the store set it), one
// INSERT of a short row in its own BEGIN IMMEDIATE ... COMMIT.
void BM_BareDurableInsert(benchmark::State& state)
{
    storage::SqliteDatabase& db = assignFixture().store->database();
    db.execute("CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    int synchronous = -1;
    QString journal;
    {
        storage::Statement pragma(db, "PRAGMA synchronous");
        if (pragma.step())
            synchronous = pragma.integer(0);
        storage::Statement mode(db, "PRAGMA journal_mode");
        if (mode.step())
            journal = mode.text(0);
    }
    storage::Statement insert(db, "INSERT INTO bench_scratch (payload) VALUES (?1)");
    const QString payload = QStringLiteral("bench");
    std::chrono::steady_clock::duration slowest{};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        storage::Transaction transaction(db);
        insert.reset();
        insert.bind(1, payload).run();
        transaction.commit();
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["max_ms"] = std::chrono::duration<double, std::milli>(slowest).count();
    state.SetLabel(QStringLiteral("journal_mode=%1 synchronous=%2 (2 = FULL)")
                       .arg(journal)
                       .arg(synchronous)
                       .toStdString());
}
BENCHMARK(BM_BareDurableInsert)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---------------------------------------------------------------------------
// 3. The incident queue with 3,000 active incidents.

// 3,000 open incidents received over the last ~6 hours: a third new, a third
// dispatched, a third on scene (each of those with one assignment to its own
// busy responder), all in one transaction.
storage::SqliteStore& queueStore()
{
    static const std::unique_ptr<storage::SqliteStore> store = [] {
        auto s = openFresh(QStringLiteral("queue.sqlite"));
        const QDateTime now = benchNow();
        s->transact(benchActor(), [&](storage::StoreWriter& writer) {
            for (int i = 0; i < kQueueIncidents; ++i) {
                const QDateTime received = now.addSecs(-7 * qint64(i) - 30);
                const auto status = i % 3 == 0   ? core::IncidentStatus::New
                                    : i % 3 == 1 ? core::IncidentStatus::Dispatched
                                                 : core::IncidentStatus::OnScene;
                const core::Id incident = writer.insertIncident(sampleIncident(i, status, received));
                if (status == core::IncidentStatus::New)
                    continue;
                const core::Id responder =
                    writer.insertResponder(sampleResponder(i + 1, core::ResponderStatus::Busy, now));
                core::Assignment assignment;
                assignment.incidentId = incident;
                assignment.responderId = responder;
                assignment.dispatchedAt = received.addSecs(120);
                if (status == core::IncidentStatus::OnScene) {
                    assignment.status = core::AssignmentStatus::OnScene;
                    assignment.onSceneAt = received.addSecs(600);
                }
                writer.insertAssignment(assignment);
            }
            // The rest of a city's 20,000 responders, available, spread over the city with a position.
            for (int i = 2 * kQueueIncidents / 3; i < kBoardResponders; ++i) {
                core::Responder responder =
                    sampleResponder(100'000 + i, core::ResponderStatus::Available, now);
                responder.lastPosition = core::GeoPoint{121.2 + (i % 200) * 0.003, 31.0 + (i / 200) * 0.004};
                responder.positionAt = now.addSecs(-60);
                writer.insertResponder(responder);
            }
            writer.audit({QStringLiteral("bench.insert"), QStringLiteral("incident"), std::nullopt, {}, {}});
        });
        return s;
    }();
    return *store;
}

std::unique_ptr<ui::IncidentTableModel> loadedQueue()
{
    auto model =
        std::make_unique<ui::IncidentTableModel>(queueStore().read(), taxonomy(), QStringLiteral("zh_CN"));
    model->setNow(benchNow());
    model->reload();
    return model;
}

// The per-second tick itself: the model's setNow (no view attached).
void BM_QueueTick(benchmark::State& state)
{
    const auto model = loadedQueue();
    QDateTime now = benchNow();
    for (auto _ : state) {
        now = now.addSecs(1);
        model->setNow(now);
    }
    state.SetLabel(QStringLiteral("%1 rows").arg(model->rowCount()).toStdString());
}
BENCHMARK(BM_QueueTick)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The tick plus what a view sorted on a timer column then asks for: text,
// colour and sort key of both timer cells on every row (an upper bound; an
// unsorted view asks only for its ~40 visible rows).
void BM_QueueTickAllTimerCells(benchmark::State& state)
{
    const auto model = loadedQueue();
    QDateTime now = benchNow();
    const int rows = model->rowCount();
    for (auto _ : state) {
        now = now.addSecs(1);
        model->setNow(now);
        for (int row = 0; row < rows; ++row) {
            for (const int column :
                 {ui::IncidentTableModel::SinceReceived, ui::IncidentTableModel::SinceDispatch}) {
                const QModelIndex index = model->index(row, column);
                benchmark::DoNotOptimize(model->data(index, Qt::DisplayRole));
                benchmark::DoNotOptimize(model->data(index, Qt::BackgroundRole));
                benchmark::DoNotOptimize(model->data(index, ui::IncidentTableModel::SortRole));
            }
        }
    }
    state.SetLabel(QStringLiteral("%1 rows").arg(rows).toStdString());
}
BENCHMARK(BM_QueueTickAllTimerCells)->Unit(benchmark::kMillisecond)->UseRealTime();

// After a change: the full re-read of incidents, assignments and targets.
void BM_QueueReload(benchmark::State& state)
{
    const auto model = loadedQueue();
    for (auto _ : state)
        model->reload();
    state.SetLabel(QStringLiteral("%1 rows").arg(model->rowCount()).toStdString());
}
BENCHMARK(BM_QueueReload)->Unit(benchmark::kMillisecond)->UseRealTime();

// After a change of one incident (another seat's, announced with its id): that row only is read
// again and emits dataChanged. Compare with BM_QueueReload, the full re-read it replaces.
void BM_QueueUpdateOneIncident(benchmark::State& state)
{
    const auto model = loadedQueue();
    const QList<qint64> changed{
        model->index(model->rowCount() / 2, 0).data(ui::IncidentTableModel::IncidentIdRole).toLongLong()};
    for (auto _ : state)
        model->updateIncidents(changed);
    state.SetLabel(QStringLiteral("%1 rows").arg(model->rowCount()).toStdString());
}
BENCHMARK(BM_QueueUpdateOneIncident)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The board (20,000 responders, 2,000 of them on the queue's 3,000 incidents) after one responder's
// change: that row only.
void BM_BoardUpdateOneResponder(benchmark::State& state)
{
    ui::ResponderTableModel model(queueStore().read());
    model.reload();
    const QList<qint64> changed{
        model.index(model.rowCount() / 2, 0).data(ui::ResponderTableModel::ResponderIdRole).toLongLong()};
    for (auto _ : state)
        model.updateResponders(changed);
    state.SetLabel(QStringLiteral("%1 rows").arg(model.rowCount()).toStdString());
}
BENCHMARK(BM_BoardUpdateOneResponder)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The map's responder layer (20,000 points) after one responder's change: that point only.
void BM_MapUpdateOneResponder(benchmark::State& state)
{
    map::LayerStack stack;
    const OGRSpatialReference crs = geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg());
    ui::OperationalOverlay overlay(queueStore().read(), stack, crs);
    overlay.reloadResponders();
    const QList<qint64> changed{static_cast<qint64>(kBoardResponders / 2)};
    for (auto _ : state)
        overlay.updateResponders(changed);
}
BENCHMARK(BM_MapUpdateOneResponder)->Unit(benchmark::kMicrosecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
