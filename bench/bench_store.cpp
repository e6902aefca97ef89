// The embedded store: creating the demo database, one audited dispatch write
// (WAL, synchronous=FULL, so each commit waits for fsync) and reading every
// incident. Databases live under XIUHUA_BENCH_DIR, or the build tree, which is on
// a real disk (never tmpfs) so fsync costs what it costs in production.
// Results and targets: docs/PERFORMANCE.md.

#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "dispatch/incident_service.h"
#include "storage/audit_chain.h"
#include "storage/database_backup.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>

using namespace xiuhua;

namespace {

const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
const QString kTaxonomyPath = QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json");
constexpr int kInsertBatch = 1000; // incidents per transaction when filling a store

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
QTemporaryDir& scratch()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base =
            qEnvironmentVariable("XIUHUA_BENCH_DIR", QStringLiteral(XIUHUA_BENCH_DEFAULT_DIR));
        QDir().mkpath(base);
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/xiuhua-bench-XXXXXX"));
    }();
    return *dir;
}

QString scratchFile(const QString& name)
{
    return scratch().filePath(name);
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::unique_ptr<storage::SqliteStore> openFresh(const QString& path)
{
    removeDatabase(path);
    return storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
}

// A plausible incident; numbers are unique (500 a day, going back from 2026-11-26).
core::Incident sampleIncident(int index)
{
    const QDate day = QDate(2026, 11, 26).addDays(-(index / 500));
    core::Incident incident;
    incident.number = day.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("-%1").arg(index % 500 + 1, 4, 10, QLatin1Char('0'));
    incident.receivedAt = QDateTime(day, QTime(8, 0), Qt::UTC).addSecs(index % 500 * 60);
    incident.updatedAt = incident.receivedAt;
    incident.callerName = QStringLiteral("王先生");
    incident.callerPhone = QStringLiteral("13800138000");
    incident.category = QStringLiteral("burglary");
    incident.subcategory = QStringLiteral("home_burglary");
    incident.priority = core::Priority::P2;
    incident.status = core::IncidentStatus::Closed;
    incident.addressText = QStringLiteral("福州路 %1 号").arg(index % 700 + 1);
    incident.location = core::GeoPoint{121.47 + (index % 100) * 0.0003, 31.23 + (index % 97) * 0.0003};
    incident.description = QStringLiteral("居民反映家中财物被盗，门锁有撬动痕迹。");
    return incident;
}

// Inserts count incidents straight through the store, kInsertBatch per transaction,
// with one audit record per transaction.
void fillIncidents(storage::Store& store, int count)
{
    for (int first = 0; first < count; first += kInsertBatch) {
        store.transact(benchActor(), [&](storage::StoreWriter& writer) {
            for (int i = first; i < std::min(count, first + kInsertBatch); ++i)
                writer.insertIncident(sampleIncident(i));
            writer.audit({QStringLiteral("bench.insert"), QStringLiteral("incident"), std::nullopt, {}, {}});
        });
    }
}

// A store holding count incidents, built once per count and kept for the run.
storage::SqliteStore& storeWithIncidents(int count)
{
    static std::map<int, std::unique_ptr<storage::SqliteStore>> stores;
    auto& store = stores[count];
    if (!store) {
        store = openFresh(scratchFile(QStringLiteral("incidents-%1.sqlite").arg(count)));
        fillIncidents(*store, count);
    }
    return *store;
}

// The demo database the console creates on first start (~60 historical incidents).
void BM_SeedDemoDatabase(benchmark::State& state)
{
    const QString path = scratchFile(QStringLiteral("demo.sqlite"));
    std::map<QString, qint64> counts;
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        state.ResumeTiming();
        auto store = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
        dispatch::ChangeNotifier notifier;
        dispatch::DemoOptions options;
        options.jurisdictionPath = kGpkgPath;
        options.now = QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC);
        options.historicalIncidents = 60;
        dispatch::seedDemoData({*store, taxonomy(), notifier}, options);
        state.PauseTiming();
        counts = store->read().rowCounts();
        store.reset();
        state.ResumeTiming();
    }
    state.SetLabel(QStringLiteral("%1 incidents, %2 audit records, %3 responders")
                       .arg(counts[QStringLiteral("incident")])
                       .arg(counts[QStringLiteral("audit_event")])
                       .arg(counts[QStringLiteral("responder")])
                       .toStdString());
}
BENCHMARK(BM_SeedDemoDatabase)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// One call-taker entry: IncidentService::create = one durable transaction with the
// incident, its timeline entry and its audit record. Argument: incidents already stored.
void BM_CreateIncident(benchmark::State& state)
{
    const int existing = static_cast<int>(state.range(0));
    const QString path = scratchFile(QStringLiteral("create-%1.sqlite").arg(existing));
    auto store = openFresh(path);
    fillIncidents(*store, existing);
    dispatch::ChangeNotifier notifier;
    dispatch::IncidentService incidents({*store, taxonomy(), notifier});

    dispatch::IncidentDraft draft;
    draft.callerName = QStringLiteral("李女士");
    draft.callerPhone = QStringLiteral("13912345678");
    draft.addressText = QStringLiteral("南京东路 300 号");
    draft.location = core::GeoPoint{121.4800, 31.2380};
    draft.category = QStringLiteral("burglary");
    draft.subcategory = QStringLiteral("home_burglary");
    draft.description = QStringLiteral("住户回家发现门被撬开。");
    // The mean hides fsync stalls; a call-taker notices the slowest save.
    std::chrono::steady_clock::duration slowest{};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const core::Incident created = incidents.create(benchActor(), draft);
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
        benchmark::DoNotOptimize(created.id);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["max_ms"] = std::chrono::duration<double, std::milli>(slowest).count();
    state.SetLabel(QStringLiteral("%1 incidents before").arg(existing).toStdString());
    store.reset();
    removeDatabase(path);
}
BENCHMARK(BM_CreateIncident)
    ->ArgName("existing")
    ->Arg(0)
    ->Arg(20000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The incident list's full reload: every stored incident, decoded into core::Incident.
void BM_ReadAllIncidents(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const storage::SqliteStore& store = storeWithIncidents(count);
    std::size_t read = 0;
    for (auto _ : state) {
        const std::vector<core::Incident> all = store.read().incidents({});
        read = all.size();
        benchmark::DoNotOptimize(read);
    }
    if (read != static_cast<std::size_t>(count))
        state.SkipWithError("wrong number of incidents read");
    state.SetItemsProcessed(state.iterations() * count);
    state.SetLabel(QStringLiteral("%1 incidents").arg(read).toStdString());
}
BENCHMARK(BM_ReadAllIncidents)
    ->ArgName("incidents")
    ->Arg(2000)
    ->Arg(20000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Filling a store through Store::transact, kInsertBatch incidents per transaction
// (how the read benchmarks build their data; also an upper bound for an import).
void BM_BulkInsertIncidents(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const QString path = scratchFile(QStringLiteral("bulk-%1.sqlite").arg(count));
    for (auto _ : state) {
        state.PauseTiming();
        auto store = openFresh(path);
        state.ResumeTiming();
        fillIncidents(*store, count);
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetLabel(QStringLiteral("%1 per transaction").arg(kInsertBatch).toStdString());
    removeDatabase(path);
}
BENCHMARK(BM_BulkInsertIncidents)
    ->ArgName("incidents")
    ->Arg(20000)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The audit hash chain's cost: one transaction appending `records` audit records (the tail is read
// once, then one SHA-256 per record). Per-record time = the chain's share of an audited write.
void BM_AuditAppend(benchmark::State& state)
{
    const int records = static_cast<int>(state.range(0));
    const QString path = scratchFile(QStringLiteral("audit-append.sqlite"));
    auto store = openFresh(path);
    const QJsonObject after{
        {QStringLiteral("status"), QStringLiteral("dispatched")},
        {QStringLiteral("description"), QStringLiteral("居民反映家中财物被盗，门锁有撬动痕迹。")}};
    for (auto _ : state) {
        store->transact(benchActor(), [&](storage::StoreWriter& writer) {
            for (int i = 0; i < records; ++i)
                writer.audit(
                    {QStringLiteral("incident.update"), QStringLiteral("incident"), i, after, after});
        });
    }
    state.SetItemsProcessed(state.iterations() * records);
    store.reset();
    removeDatabase(path);
}
BENCHMARK(BM_AuditAppend)
    ->ArgName("records")
    ->Arg(1)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// xiuhua verify-audit's walk over a log of `records` records (each re-hashed and linked).
void BM_VerifyAuditChain(benchmark::State& state)
{
    const int records = static_cast<int>(state.range(0));
    const QString path = scratchFile(QStringLiteral("audit-verify.sqlite"));
    auto store = openFresh(path);
    for (int done = 0; done < records; done += 1000) {
        store->transact(benchActor(), [&](storage::StoreWriter& writer) {
            for (int i = done; i < std::min(records, done + 1000); ++i)
                writer.audit({QStringLiteral("incident.update"), QStringLiteral("incident"), i, {}, {}});
        });
    }
    qint64 checked = 0;
    for (auto _ : state)
        checked = storage::AuditChain::verify(store->database()).rowsChecked;
    if (checked != records)
        state.SkipWithError("the chain did not verify");
    state.SetItemsProcessed(state.iterations() * records);
    store.reset();
    removeDatabase(path);
}
BENCHMARK(BM_VerifyAuditChain)->ArgName("records")->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// An online backup (storage::backupDatabase: copy in 256-page steps, integrity_check and chain
// verification of the copy) of a store holding `incidents` incidents.
void BM_BackupDatabase(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    storage::SqliteStore& store = storeWithIncidents(count);
    const QString dest = scratchFile(QStringLiteral("backup-%1.sqlite").arg(count));
    qint64 pages = 0;
    for (auto _ : state)
        pages = storage::backupDatabase(store.database(), dest).pages;
    state.SetLabel(QStringLiteral("%1 pages of 4 KB").arg(pages).toStdString());
    removeDatabase(dest);
}
BENCHMARK(BM_BackupDatabase)->ArgName("incidents")->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!scratch().isValid()) {
        std::fprintf(stderr, "cannot create a scratch directory: %s\n", qPrintable(scratch().errorString()));
        return 1;
    }
    std::fprintf(stderr, "databases in %s\n", qPrintable(scratch().path()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
