// The shared PostgreSQL engine measured on one machine (docs/PERFORMANCE.md, "The shared
// PostgreSQL engine"). A small timed program rather than Google Benchmark: it measures latencies
// across processes and throughput of concurrent writers. Run it inside a throw-away cluster:
//
//   pg_virtualenv -t -o fsync=on build/dev/bench/bench_pg_station [latency|throughput|history|all]
//
// (throughput refuses a cluster with fsync off, pg_virtualenv's default: see bench/pg_action_bound.sh
// for what the action's SQL costs with an ideal client.)
//
//   latency     a commit → visible to 8 `xiuhua watch` listeners (median, p90, p99, max)
//   throughput  durable audited dispatch actions/s (IncidentService::create) against plain one-row
//               INSERT commits on the same cluster, 1 and 8 writers
//   history     the database part of console start-up and the queue's load on a database with
//               1,000,000 historical incidents (bulk SQL) against one with none
//
// XIUHUA_BENCH_SECONDS (throughput, default 10), XIUHUA_BENCH_COMMITS (latency, default 200) and
// XIUHUA_BENCH_HISTORY (history, default 1000000) change the sizes.

#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "dispatch/incident_service.h"
#include "dispatch/password_hasher.h"
#include "storage/audit_chain.h"
#include "storage/pg_connection.h"
#include "storage/pg_store.h"
#include "ui/incidents/incident_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace xiuhua;
using Clock = std::chrono::steady_clock;

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

const core::Taxonomy& taxonomy()
{
    static const core::Taxonomy loaded =
        core::Taxonomy::fromFile(QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
    return loaded;
}

// A fresh database on the cluster the PG* variables name; its connection string.
QString freshDatabase(const char* name)
{
    auto admin = storage::PgConnection::connect(QString());
    admin->execute((QByteArray("DROP DATABASE IF EXISTS ") + name + " WITH (FORCE)").constData());
    admin->execute((QByteArray("CREATE DATABASE ") + name).constData());
    return QStringLiteral("dbname=%1").arg(QLatin1String(name));
}

core::Actor benchActor(int seat)
{
    return {std::nullopt, QStringLiteral("bench %1").arg(seat), QStringLiteral("bench-%1").arg(seat)};
}

dispatch::IncidentDraft draft()
{
    dispatch::IncidentDraft d;
    d.callerName = QStringLiteral("李女士");
    d.callerPhone = QStringLiteral("13912345678");
    d.addressText = QStringLiteral("南京东路 300 号");
    d.location = core::GeoPoint{121.4800, 31.2380};
    d.category = QStringLiteral("burglary");
    d.subcategory = QStringLiteral("home_burglary");
    d.description = QStringLiteral("住户回家发现门被撬开。");
    return d;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// ---- latency -----------------------------------------------------------------------------------

struct Listener
{
    std::unique_ptr<QProcess> process;
    QByteArray pending;
};

void latency()
{
    constexpr int listeners = 8;
    const int commits = envInt("XIUHUA_BENCH_COMMITS", 200);
    const QString location = freshDatabase("bench_latency");
    auto store = storage::PostgresStore::open(location);
    dispatch::ChangeNotifier notifier;
    dispatch::IncidentService incidents({*store, taxonomy(), notifier});

    std::mutex mutex;
    std::map<core::Id, Clock::time_point> committed;
    std::map<core::Id, std::vector<Clock::time_point>> arrivals;
    std::vector<double> samples;
    std::map<core::Id, int> seen;
    std::vector<Listener> watchers(listeners);
    for (Listener& listener : watchers) {
        listener.process = std::make_unique<QProcess>();
        QProcess* process = listener.process.get();
        QObject::connect(process, &QProcess::readyReadStandardOutput, process, [&, process, l = &listener] {
            const auto now = Clock::now();
            l->pending += process->readAllStandardOutput();
            qsizetype end = 0;
            while ((end = l->pending.indexOf('\n')) >= 0) {
                const QJsonObject line = QJsonDocument::fromJson(l->pending.left(end)).object();
                l->pending.remove(0, end + 1);
                if (line.value(QStringLiteral("action")).toString() != QLatin1String("incident.create"))
                    continue;
                const core::Id id = line.value(QStringLiteral("id")).toInteger();
                const std::lock_guard lock(mutex);
                // A line can arrive before the writer's thread has noted that its call returned (the
                // server announces the commit as it answers it): kept and matched at the end.
                arrivals[id].push_back(now);
                ++seen[id];
            }
        });
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(XIUHUA_EXECUTABLE),
                       {QStringLiteral("watch"), QStringLiteral("--db"), location, QStringLiteral("--after"),
                        QStringLiteral("0")});
        process->waitForStarted();
    }
    // Warm-up: every listener has printed the first change before the measured ones begin.
    const core::Id first = incidents.create(benchActor(0), draft()).id;
    while (true) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const std::lock_guard lock(mutex);
        if (seen[first] == listeners)
            break;
    }
    // The writer commits at random gaps of 50–150 ms (about 10 a second, a busy station's burst),
    // so commits do not fall in step with the listeners' looks.
    std::thread writer([&] {
        auto own = storage::PostgresStore::open(location);
        dispatch::ChangeNotifier ownNotifier;
        dispatch::IncidentService service({*own, taxonomy(), ownNotifier});
        std::mt19937 random(12);
        std::uniform_int_distribution<int> gap(50, 150);
        for (int i = 0; i < commits; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(gap(random)));
            const core::Incident created = service.create(benchActor(1), draft());
            const std::lock_guard lock(mutex);
            committed[created.id] = Clock::now();
        }
    });
    const auto deadline = Clock::now() + std::chrono::seconds(commits / 5 + 30);
    while (Clock::now() < deadline) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const std::lock_guard lock(mutex);
        std::size_t delivered = 0;
        for (const auto& [id, times] : arrivals)
            delivered += committed.count(id) ? times.size() : 0;
        if (delivered >= static_cast<std::size_t>(commits * listeners))
            break;
    }
    writer.join();
    for (const auto& [id, at] : committed)
        for (const Clock::time_point arrived : arrivals[id]) // before the call returned counts as 0
            samples.push_back(std::max(0.0, std::chrono::duration<double, std::milli>(arrived - at).count()));
    for (Listener& listener : watchers) {
        listener.process->terminate();
        listener.process->waitForFinished();
    }
    std::printf("latency: %d commits x %d watch listeners, %zu deliveries\n", commits, listeners,
                samples.size());
    std::printf("  commit -> visible: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(samples, 0.5), percentile(samples, 0.9), percentile(samples, 0.99),
                percentile(samples, 1.0));
}

// ---- throughput --------------------------------------------------------------------------------

// Runs `work(seat)` on `writers` threads for the given time; the total count per second.
template <typename Work> double perSecond(int writers, int seconds, Work work)
{
    std::latch start(writers + 1);
    std::atomic<bool> stop{false};
    std::atomic<long> total{0};
    std::vector<std::thread> threads;
    for (int seat = 0; seat < writers; ++seat)
        threads.emplace_back([&, seat] {
            auto step = work(seat); // connects before the clock starts
            start.arrive_and_wait();
            long done = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                step();
                ++done;
            }
            total += done;
        });
    start.arrive_and_wait();
    const auto began = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread& thread : threads)
        thread.join();
    return static_cast<double>(total.load()) / (msSince(began) / 1000.0);
}

QString setting(storage::PgConnection& db, const char* name)
{
    storage::Statement s(db, "SELECT current_setting(?1)");
    s.bind(1, QString::fromLatin1(name));
    return s.step() ? s.text(0) : QString();
}

void throughput()
{
    const int seconds = envInt("XIUHUA_BENCH_SECONDS", 10);
    {
        // pg_virtualenv creates its cluster with fsync = off: a commit then never waits for the disk,
        // and the plain INSERTs the actions are compared with would not be durable at all.
        auto admin = storage::PgConnection::connect(QString());
        const QString fsync = setting(*admin, "fsync");
        const QString synchronous = setting(*admin, "synchronous_commit");
        std::printf("throughput: fsync = %s, synchronous_commit = %s, wal_sync_method = %s\n",
                    qPrintable(fsync), qPrintable(synchronous),
                    qPrintable(setting(*admin, "wal_sync_method")));
        if (fsync != QLatin1String("on") || synchronous != QLatin1String("on"))
            throw std::runtime_error(
                "the cluster does not wait for the disk (fsync or synchronous_commit off): "
                "durable commits cannot be compared; run it in "
                "pg_virtualenv -t -o fsync=on");
    }
    const QString audited = freshDatabase("bench_audited");
    storage::PostgresStore::open(audited); // the schema, once
    const QString plain = freshDatabase("bench_plain");
    storage::PgConnection::connect(plain)->execute(
        "CREATE TABLE plain (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), text text)");
    std::printf("throughput: %d s per run; every commit waits for the disk\n", seconds);
    for (const int writers : {1, 8}) {
        const double actions = perSecond(writers, seconds, [&](int seat) {
            auto store = std::shared_ptr<storage::Store>(storage::PostgresStore::open(audited));
            auto notifier = std::make_shared<dispatch::ChangeNotifier>();
            auto service = std::make_shared<dispatch::IncidentService>(
                dispatch::DispatchContext{*store, taxonomy(), *notifier});
            const core::Actor actor = benchActor(seat);
            const dispatch::IncidentDraft d = draft();
            return [store, notifier, service, actor, d] { service->create(actor, d); };
        });
        const double inserts = perSecond(writers, seconds, [&](int) {
            auto db = std::shared_ptr<storage::PgConnection>(storage::PgConnection::connect(plain));
            return [db] {
                storage::Statement insert(*db, "INSERT INTO plain (text) VALUES (?1)");
                insert.bind(1, QStringLiteral("住户回家发现门被撬开。"));
                insert.run();
            };
        });
        std::printf("  %d writer(s): audited dispatch actions %.0f/s, plain one-row INSERT commits %.0f/s, "
                    "ratio %.2f\n",
                    writers, actions, inserts, actions / inserts);
    }
}

// ---- history -----------------------------------------------------------------------------------

// 1,000,000 closed incidents over the last ~1,000 days (1,000 a day), each with one cleared
// assignment, written with one INSERT … SELECT each: what years of a busy station leave behind.
void addHistory(const QString& location, int count)
{
    auto db = storage::PgConnection::connect(location);
    storage::Statement s(*db, R"SQL(
        INSERT INTO incident (id, number, received_at, source, caller_name, caller_phone, address_text,
                              lon, lat, category, priority, status, description, disposition,
                              updated_at, disposition_code)
        SELECT 10000000 + g,
               to_char(date_trunc('day', now()) - (2 + g / 1000) * interval '1 day', 'YYYYMMDD') || '-' ||
                   lpad((g % 1000 + 1)::text, 4, '0'),
               date_trunc('day', now()) - (2 + g / 1000) * interval '1 day' + (g % 1000) * interval '86 s',
               (ARRAY['phone','transfer_110','walk_in','patrol_found'])[1 + g % 4],
               '王先生', '1391234' || lpad((g % 10000)::text, 4, '0'), '南京东路 ' || (g % 500) || ' 号',
               121.47 + (g % 97) * 0.0002, 31.23 + (g % 89) * 0.0002,
               (ARRAY['burglary','noise','traffic_accident','dispute'])[1 + g % 4],
               (ARRAY['P2','P3','P3','P4'])[1 + g % 4], 'closed', '历史警情', '已处理',
               date_trunc('day', now()) - (2 + g / 1000) * interval '1 day' + (g % 1000) * interval '86 s'
                   + interval '40 min',
               'resolved'
        FROM generate_series(0, ?1 - 1) AS g
    )SQL");
    s.bind(1, count);
    s.run();
    storage::Statement assignments(*db, R"SQL(
        WITH r AS (SELECT array_agg(id ORDER BY id) AS ids FROM responder)
        INSERT INTO assignment (incident_id, responder_id, status, dispatched_at, on_scene_at, cleared_at)
        SELECT i.id, r.ids[1 + i.id % array_length(r.ids, 1)], 'cleared', i.received_at + interval '1 min',
               i.received_at + interval '6 min', i.received_at + interval '35 min'
        FROM incident i, r
        WHERE i.id >= 10000000
    )SQL");
    assignments.run();
    db->execute("ANALYZE");
}

struct StartTimes
{
    std::vector<double> open, tail, queue;
    int rows = 0;
};

// What the console does with the database before its window shows: connect and check the schema,
// check the audit chain's last 500 records, and load the queue (the last day and everything open).
StartTimes measureStart(const QString& location, int runs)
{
    StartTimes times;
    for (int run = 0; run < runs; ++run) {
        auto began = Clock::now();
        auto store = storage::PostgresStore::open(location);
        times.open.push_back(msSince(began));
        began = Clock::now();
        const auto report = storage::AuditChain::verifyTail(store->connection(), 500);
        times.tail.push_back(msSince(began));
        if (!report.ok)
            std::printf("  audit chain broken: %s\n", qPrintable(report.reason));
        began = Clock::now();
        ui::IncidentTableModel queue(store->read(), taxonomy(), QStringLiteral("zh_CN"));
        times.queue.push_back(msSince(began));
        times.rows = queue.rowCount();
    }
    return times;
}

void history()
{
    const int count = envInt("XIUHUA_BENCH_HISTORY", 1000000);
    dispatch::DemoOptions demo;
    demo.jurisdictionPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
    demo.now = QDateTime::currentDateTimeUtc();
    demo.historicalIncidents = 0;
    demo.passwordLimits = dispatch::PasswordHasher::minimum();
    std::printf("history: the demo station with none and with %d historical incidents\n", count);
    for (const bool withHistory : {false, true}) {
        const QString location = freshDatabase(withHistory ? "bench_history" : "bench_empty");
        {
            auto store = storage::PostgresStore::open(location);
            dispatch::ChangeNotifier notifier;
            dispatch::seedDemoData({*store, taxonomy(), notifier}, demo);
        }
        if (withHistory) {
            const auto began = Clock::now();
            addHistory(location, count);
            std::printf("  bulk SQL: %d incidents and assignments in %.1f s\n", count,
                        msSince(began) / 1000.0);
        }
        const StartTimes times = measureStart(location, 7);
        std::printf("  %-16s open %.1f ms, audit tail %.1f ms, queue load %.1f ms (%d rows); medians of 7\n",
                    withHistory ? "1,000,000 history" : "no history", percentile(times.open, 0.5),
                    percentile(times.tail, 0.5), percentile(times.queue, 0.5), times.rows);
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGSERVICE")) {
        std::fprintf(stderr, "bench_pg_station: no PostgreSQL server; run it inside pg_virtualenv -t\n");
        return 2;
    }
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("all");
    try {
        if (what == QLatin1String("latency") || what == QLatin1String("all"))
            latency();
        if (what == QLatin1String("throughput") || what == QLatin1String("all"))
            throughput();
        if (what == QLatin1String("history") || what == QLatin1String("all"))
            history();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_pg_station: %s\n", error.what());
        return 1;
    }
    return 0;
}
