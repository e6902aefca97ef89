// Shift reports at scale: building the report (every figure, from SQLite) and writing the PDF,
// for shifts of 100, 1,000 and 10,000 incidents. Google Benchmark fits the complexity: the
// report must stay linear in the number of incidents (the PDF grows by the incident-list appendix).
//
//   cmake --build build/<tree> --target bench_reports
//   QT_QPA_PLATFORM=offscreen build/<tree>/bench/bench_reports
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "reports/report_builder.h"
#include "reports/report_document.h"
#include "storage/sqlite_store.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace xiuhua;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

QString scratchDir()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base =
            qEnvironmentVariable("XIUHUA_BENCH_DIR", QStringLiteral(XIUHUA_BENCH_DEFAULT_DIR));
        QDir().mkpath(base);
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/xiuhua-reports-XXXXXX"));
    }();
    return dir->path();
}

// Writes one 12-hour shift with `count` closed incidents, each with a responder's full assignment
// and its timeline, in batches of one transaction per 500 incidents (generating data is not what
// is measured). Returns the shift id.
core::Id addShift(storage::Store& store, int day, int count, std::uint64_t seed)
{
    const auto responders = store.read().responders();
    const auto communities = store.read().communities();
    const core::Actor system{std::nullopt, QStringLiteral("bench"), QStringLiteral("bench")};
    core::Shift shift;
    shift.startsAt = QDateTime(QDate(2026, 6, day), QTime(8, 0), shanghai).toUTC();
    shift.endsAt = shift.startsAt.addSecs(12 * 3600);
    shift.name = QStringLiteral("2026-06-%1 白班").arg(day, 2, 10, QLatin1Char('0'));
    shift.supervisorId = responders.back().id;
    store.transact(system, [&](storage::StoreWriter& w) {
        shift.id = w.insertShift(shift);
        w.audit({QStringLiteral("shift.create"), QStringLiteral("shift"), shift.id, {}, {}});
    });
    const std::vector<QString> categories{QStringLiteral("theft"),   QStringLiteral("dispute"),
                                          QStringLiteral("traffic"), QStringLiteral("noise"),
                                          QStringLiteral("fire"),    QStringLiteral("medical")};
    std::uint64_t state = seed;
    auto next = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(bound));
    };
    for (int start = 0; start < count; start += 500) {
        store.transact(system, [&](storage::StoreWriter& w) {
            for (int i = start; i < std::min(count, start + 500); ++i) {
                core::Incident incident;
                incident.receivedAt = shift.startsAt.addSecs(static_cast<qint64>(i) * 43000 / count);
                incident.number = QStringLiteral("202606%1-%2")
                                      .arg(day, 2, 10, QLatin1Char('0'))
                                      .arg(i + 1, 5, 10, QLatin1Char('0'));
                incident.category = categories[static_cast<std::size_t>(next(6))];
                incident.status = core::IncidentStatus::Closed;
                incident.communityId =
                    communities[static_cast<std::size_t>(next(int(communities.size())))].id;
                incident.location =
                    core::GeoPoint{121.465 + next(250) / 10000.0, 31.225 + next(200) / 10000.0};
                incident.addressText = QStringLiteral("南京东路 %1 号").arg(next(600));
                incident.shiftId = shift.id;
                incident.updatedAt = incident.receivedAt.addSecs(3600);
                incident.id = w.insertIncident(incident);
                core::Assignment a;
                a.incidentId = incident.id;
                a.responderId = responders[static_cast<std::size_t>(next(30))].id;
                a.status = core::AssignmentStatus::Cleared;
                a.dispatchedAt = incident.receivedAt.addSecs(20 + next(120));
                a.onSceneAt = a.dispatchedAt.addSecs(90 + next(400));
                a.clearedAt = a.onSceneAt.addSecs(600 + next(3000));
                w.insertAssignment(a);
                core::IncidentEvent closed;
                closed.incidentId = incident.id;
                closed.at = a.clearedAt.addSecs(300);
                closed.kind = core::IncidentEventKind::Status;
                closed.afterJson = QStringLiteral("{\"status\":\"closed\"}");
                w.appendIncidentEvent(closed);
            }
            w.audit({QStringLiteral("bench.incidents"), QStringLiteral("incident"), std::nullopt, {}, {}});
        });
    }
    return shift.id;
}

struct Station
{
    std::unique_ptr<storage::SqliteStore> store;
    core::Taxonomy taxonomy;
    std::map<int, core::Id> shifts; // incidents -> shift id
};

Station& station()
{
    static Station s = [] {
        Station st;
        st.taxonomy = core::Taxonomy::fromFile(
            QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
        st.store = storage::SqliteStore::open(scratchDir() + QStringLiteral("/station.sqlite"),
                                              storage::SqliteStore::OpenMode::CreateIfMissing);
        dispatch::ChangeNotifier notifier;
        dispatch::DemoOptions options;
        options.jurisdictionPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
        options.now = QDateTime(QDate(2026, 6, 20), QTime(10, 0), shanghai).toUTC();
        options.historicalIncidents = 20;
        dispatch::seedDemoData({*st.store, st.taxonomy, notifier}, options);
        int day = 1;
        for (int count : {100, 1000, 10000})
            st.shifts[count] = addShift(*st.store, day++, count, 7 + static_cast<std::uint64_t>(count));
        return st;
    }();
    return s;
}

reports::ShiftReport buildReport(int incidents)
{
    Station& s = station();
    const auto period = reports::ReportPeriod::forShift(s.store->read(), s.shifts.at(incidents));
    return reports::ReportBuilder(s.store->read(), s.taxonomy, QStringLiteral("zh_CN"))
        .build(*period, QDateTime::currentDateTimeUtc());
}

void BM_ReportBuild(benchmark::State& state)
{
    const int incidents = static_cast<int>(state.range(0));
    station();
    for (auto _ : state) {
        const reports::ShiftReport report = buildReport(incidents);
        benchmark::DoNotOptimize(report.incidentCount);
    }
    state.SetComplexityN(incidents);
}

void BM_ReportBuildAndPdf(benchmark::State& state)
{
    const int incidents = static_cast<int>(state.range(0));
    station();
    reports::ReportDocumentOptions options;
    options.jurisdictionPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
    const QString path = scratchDir() + QStringLiteral("/report.pdf");
    for (auto _ : state) {
        const reports::ShiftReport report = buildReport(incidents);
        if (!reports::ReportDocument(report, options).writePdf(path))
            state.SkipWithError("cannot write the PDF");
    }
    state.SetComplexityN(incidents);
    state.counters["pdf_kB"] = static_cast<double>(QFileInfo(path).size()) / 1024.0;
}

} // namespace

BENCHMARK(BM_ReportBuild)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);
BENCHMARK(BM_ReportBuildAndPdf)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->Complexity(benchmark::oN);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv); // fonts and painting for the PDF
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
