// Positions from the field (issue 13): 300 devices, each report one position transaction
// (PositionService::ingest: device and token check, verdict, insert, the responder's current position;
// WAL, synchronous=FULL, so each commit waits for fsync), a burst of 60 queued fixes in one request,
// and ingest -> visible: the time from a phone's report to another connection's PositionFollower
// reading it (the console adds at most its 250 ms look interval). Results: docs/PERFORMANCE.md.
#include "dispatch/change_notifier.h"
#include "dispatch/device_service.h"
#include "dispatch/position_follower.h"
#include "dispatch/position_service.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>
#include <vector>

using namespace xiuhua;

namespace {

constexpr int kDevices = 300;

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

// A station with 300 officers, each with a phone; the tokens are "token-<n>-…".
struct Station
{
    std::unique_ptr<storage::SqliteStore> store;
    std::vector<dispatch::DeviceCredentials> devices;
};

Station& station()
{
    static Station s = [] {
        Station made;
        made.store = storage::SqliteStore::open(scratch().filePath(QStringLiteral("positions.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        const core::Actor system{std::nullopt, QStringLiteral("bench"), QStringLiteral("bench")};
        std::vector<core::Id> responders;
        made.store->transact(system, [&](storage::StoreWriter& writer) {
            for (int i = 0; i < kDevices; ++i) {
                core::Responder r;
                r.badgeNo = QStringLiteral("B%1").arg(i);
                r.name = QStringLiteral("警员%1").arg(i);
                r.statusSince = QDateTime::currentDateTimeUtc();
                responders.push_back(writer.insertResponder(r));
            }
            writer.audit({QStringLiteral("responder.import"), QStringLiteral("responder"), {}, {}, {}});
        });
        core::Taxonomy taxonomy;
        dispatch::ChangeNotifier notifier;
        dispatch::DeviceService devices({*made.store, taxonomy, notifier});
        for (int i = 0; i < kDevices; ++i) {
            const QString token = QStringLiteral("token-%1-AAAAAAAAAAAAAAAA").arg(i);
            devices.registerDevice(system, QStringLiteral("phone-%1").arg(i),
                                   responders[static_cast<std::size_t>(i)], token);
            made.devices.push_back({QStringLiteral("phone-%1").arg(i), token});
        }
        return made;
    }();
    return s;
}

dispatch::PositionReport fix(qint64 second, int device)
{
    dispatch::PositionReport r;
    r.fixAt = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
    r.location = {121.47 + device * 1e-5 + (second % 100) * 1e-6, 31.23};
    r.accuracyM = 8;
    r.speedMps = 1.2;
    r.batteryPercent = 80;
    return r;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

qint64 g_second = QDateTime::currentSecsSinceEpoch() - 24 * 3600;

// One report from each phone in turn: the steady load of 300 phones every 5 s is 60 of these a second.
void BM_IngestOneReport(benchmark::State& state)
{
    Station& s = station();
    dispatch::PositionService service(*s.store, {});
    int device = 0;
    std::vector<double> latencies;
    for (auto _ : state) {
        if (device == kDevices) {
            device = 0;
            ++g_second;
        }
        const auto started = std::chrono::steady_clock::now();
        const auto outcome =
            service.ingest(s.devices[static_cast<std::size_t>(device)], {fix(g_second, device)});
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        benchmark::DoNotOptimize(outcome);
        ++device;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["p50_ms"] = percentile(latencies, 0.5);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
}
BENCHMARK(BM_IngestOneReport)->Unit(benchmark::kMillisecond)->MinTime(5.0);

// A phone back from a dead zone sends a minute of fixes at once (OwnTracks queue, Traccar buffer).
void BM_IngestBurstOf60(benchmark::State& state)
{
    Station& s = station();
    dispatch::PositionService service(*s.store, {});
    for (auto _ : state) {
        std::vector<dispatch::PositionReport> burst;
        for (int i = 0; i < 60; ++i)
            burst.push_back(fix(++g_second, 7));
        benchmark::DoNotOptimize(service.ingest(s.devices[7], burst));
    }
    state.SetItemsProcessed(state.iterations() * 60);
}
BENCHMARK(BM_IngestBurstOf60)->Unit(benchmark::kMillisecond);

// From the report's arrival to another connection (a console) reading it from the feed.
void BM_IngestToVisible(benchmark::State& state)
{
    Station& s = station();
    dispatch::PositionService service(*s.store, {});
    auto console =
        storage::SqliteStore::open(s.store->location(), storage::SqliteStore::OpenMode::OpenExisting);
    dispatch::PositionFollower feed(console->read());
    std::vector<double> latencies;
    int device = 0;
    for (auto _ : state) {
        device = (device + 1) % kDevices;
        if (device == 0)
            ++g_second;
        const auto started = std::chrono::steady_clock::now();
        service.ingest(s.devices[static_cast<std::size_t>(device)], {fix(g_second, device)});
        while (feed.poll().empty()) {
        }
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    state.counters["p50_ms"] = percentile(latencies, 0.5);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
}
BENCHMARK(BM_IngestToVisible)->Unit(benchmark::kMillisecond)->MinTime(5.0);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
