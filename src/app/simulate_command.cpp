#include "app/simulate_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "dispatch/history_builder.h"
#include "dispatch/simulator.h"
#include "dispatch/station_pattern.h"
#include "geo/community_locator.h"
#include "geo/geo_error.h"
#include "geo/road_graph.h"
#include "geo/vector_source.h"
#include "storage/pg_connection.h"
#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace xiuhua::app {

namespace {

// The demo's field responders; --responders above this adds patrol officers.
constexpr int demoFieldResponders = 42;

void writeHistory(const AppOptions& options, storage::Store& store, const core::Taxonomy& taxonomy,
                  const geo::CommunityLocator& locator, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    // A decade's indexes (caller phone, location) take inserts all over their trees: with SQLite's
    // default 2 MB page cache most of them went to the disk and back.
    if (auto* sqlite = dynamic_cast<storage::SqliteStore*>(&store))
        sqlite->database().execute("PRAGMA cache_size = -262144");
    dispatch::HistoryOptions history;
    history.end = options.simulateStart.isValid() ? options.simulateStart : QDateTime::currentDateTimeUtc();
    history.days = options.simulateHistoryDays > 0
                       ? options.simulateHistoryDays
                       : options.simulateHistoryYears * 365 + options.simulateHistoryYears / 4;
    history.incidents = options.simulateHistoryIncidents;
    history.seed = options.simulateSeed;
    const auto summary = dispatch::HistoryBuilder(store, taxonomy, locator).build(history);
    out << QCoreApplication::translate(
               "Simulate", "History: %1 incidents from %2 to %3 (%4 assignments, %5 timeline entries, "
                           "%6 follow-up visits, %7 shifts) in %8 s.")
               .arg(summary.incidents)
               .arg(summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate))
               .arg(summary.assignments)
               .arg(summary.events)
               .arg(summary.followUps)
               .arg(summary.shifts)
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    out.flush();
}

// How long simulate waits for a database server that went away (a restart, a failover) to come back.
constexpr int kReconnectForMs = 120000;

// On a server: a lost connection is waited out (connecting again after 1, 2, 4 … 30 s), and a commit
// whose answer was lost with it is looked up, so what simulate prints as committed is exactly what
// the database holds.
dispatch::Simulator::Recovery recoveryFor(storage::Store& store, QTextStream& err)
{
    auto* server = dynamic_cast<storage::PostgresStore*>(&store);
    if (!server)
        return {};
    return [server, &err]() -> std::optional<std::vector<core::AuditEvent>> {
        if (server->connection().isConnected())
            return std::nullopt; // not a lost connection: a real error
        err << QCoreApplication::translate("Simulate",
                                           "Lost the connection to the database; connecting again…")
            << '\n';
        err.flush();
        QElapsedTimer waited;
        waited.start();
        for (int waitMs = 1000;; waitMs = std::min(waitMs * 2, 30000)) {
            try {
                server->reconnect();
                err << QCoreApplication::translate("Simulate", "Connected again after %1 s.")
                           .arg(waited.elapsed() / 1000)
                    << '\n';
                err.flush();
                return server->resolveCommitInDoubt();
            } catch (const storage::StorageError&) {
                if (waited.elapsed() > kReconnectForMs)
                    return std::nullopt;
                QThread::msleep(static_cast<unsigned long>(waitMs));
            }
        }
    };
}

} // namespace

int runSimulate(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err)
{
    try {
        const core::Taxonomy taxonomy =
            core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
        const geo::VectorSource map = geo::VectorSource::open(mapPath);
        dispatch::ChangeNotifier notifier;
        storage::OpenedStore opened = openDatabase(options.databasePath, true);
        const std::unique_ptr<storage::Store> store = std::move(opened.store);
        if (opened.created) {
            dispatch::DemoOptions demo;
            demo.jurisdictionPath = mapPath;
            demo.now =
                options.simulateStart.isValid() ? options.simulateStart : QDateTime::currentDateTimeUtc();
            demo.seed = options.simulateSeed;
            demo.historicalIncidents = 0;
            demo.liveIncidents = false;
            demo.extraPatrolOfficers = std::max(0, options.simulateResponders - demoFieldResponders);
            dispatch::seedDemoData({*store, taxonomy, notifier}, demo);
            err << QCoreApplication::translate(
                       "Simulate", "Created %1 with the bundled jurisdiction and demo responders.")
                       .arg(storage::PgConnection::redacted(options.databasePath))
                << '\n';
        }
        const geo::CommunityLocator locator = geo::CommunityLocator::fromLayer(map);
        if (options.simulateHistoryYears > 0 || options.simulateHistoryDays > 0) {
            writeHistory(options, *store, taxonomy, locator, out);
            if (!options.simulateCallsSet)
                return 0;
        }
        auto planner = std::make_shared<const geo::RoutePlanner>(
            std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(map)));

        QString discarded;
        QTextStream silent(&discarded);
        dispatch::Simulator simulator(
            {*store, taxonomy, notifier}, planner,
            [&locator](const core::GeoPoint& p) { return locator.communityAt(p.lon, p.lat); },
            options.printCommits ? out : silent);
        simulator.setRecovery(recoveryFor(*store, err));
        dispatch::SimulationOptions simulation;
        simulation.calls = options.simulateCalls;
        simulation.ratePerMinute = options.simulateRatePerMinute;
        simulation.seed = options.simulateSeed;
        simulation.start = options.simulateStart; // invalid: after the newest incident on file, or now
        const auto summary = simulator.run(
            simulation, locator.communityIds(), [&locator](core::Id community, std::uint64_t& rng) {
                const auto point = locator.randomPointIn(community, rng);
                return point ? std::optional<core::GeoPoint>(core::GeoPoint{point->x(), point->y()})
                             : std::nullopt;
            });
        out << dispatch::Simulator::formatSummary(summary);
        out.flush();
        return 0;
    } catch (const storage::StorageError& error) {
        err << QString::fromStdString(error.what()) << '\n';
    } catch (const geo::GeoError& error) {
        err << QString::fromStdString(error.what()) << '\n';
    } catch (const core::TaxonomyError& error) {
        err << QString::fromStdString(error.what()) << '\n';
    }
    return 1;
}

namespace {

// Reads the number option `name` into `value` when it is set; false when it is not a number
// between `low` and `high`.
template <typename Number>
bool readNumber(const QCommandLineParser& parser, const QString& name, Number low, Number high, Number& value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    if constexpr (std::is_same_v<Number, double>)
        value = parser.value(name).toDouble(&ok);
    else if constexpr (std::is_same_v<Number, quint64>)
        value = parser.value(name).toULongLong(&ok);
    else if constexpr (std::is_same_v<Number, qint64>)
        value = parser.value(name).toLongLong(&ok);
    else
        value = parser.value(name).toInt(&ok);
    return ok && value >= low && value <= high;
}

// --start: ISO 8601; without a zone it is the station's own time (Shanghai), as the reports show it.
QDateTime readStart(const QString& text)
{
    QDateTime start = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!start.isValid())
        return {};
    if (start.timeSpec() == Qt::LocalTime)
        start = QDateTime(start.date(), start.time(), dispatch::station_pattern::shanghai());
    return start.toUTC();
}

QString readSimulateOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.mapPath = parser.value(QStringLiteral("map"));
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "simulate needs --db FILE.");
    if (!readNumber(parser, QStringLiteral("calls"), 1, 10000000, options.simulateCalls))
        return QCoreApplication::translate("CommandLine", "--calls must be a number from 1 to 10000000.");
    // Above 0: the lower bound is checked apart, readNumber's range includes it.
    if (!readNumber(parser, QStringLiteral("rate"), 0.0, 6000.0, options.simulateRatePerMinute) ||
        (parser.isSet(QStringLiteral("rate")) && options.simulateRatePerMinute <= 0))
        return QCoreApplication::translate("CommandLine", "--rate must be calls per minute, above 0.");
    if (!readNumber(parser, QStringLiteral("seed"), quint64{0}, std::numeric_limits<quint64>::max(),
                    options.simulateSeed))
        return QCoreApplication::translate("CommandLine", "--seed must be a whole number.");
    if (!readNumber(parser, QStringLiteral("responders"), 1, 100000, options.simulateResponders))
        return QCoreApplication::translate("CommandLine", "--responders must be a number from 1 to 100000.");
    options.printCommits = parser.isSet(QStringLiteral("print-commits"));
    options.simulateCallsSet = parser.isSet(QStringLiteral("calls"));
    if (!readNumber(parser, QStringLiteral("history-years"), 1, 50, options.simulateHistoryYears))
        return QCoreApplication::translate("CommandLine", "--history-years must be a number from 1 to 50.");
    if (!readNumber(parser, QStringLiteral("history-incidents"), qint64{0}, qint64{100000000},
                    options.simulateHistoryIncidents))
        return QCoreApplication::translate("CommandLine",
                                           "--history-incidents must be a number from 0 to 100000000.");
    if (!readNumber(parser, QStringLiteral("history-days"), 1, 18262, options.simulateHistoryDays))
        return QCoreApplication::translate("CommandLine", "--history-days must be a number from 1 to 18262.");
    if (options.simulateHistoryDays > 0 && options.simulateHistoryYears > 0)
        return QCoreApplication::translate("CommandLine",
                                           "Give --history-years or --history-days, not both.");
    if (parser.isSet(QStringLiteral("history-incidents")) && options.simulateHistoryYears == 0 &&
        options.simulateHistoryDays == 0)
        options.simulateHistoryYears = 10;
    if (parser.isSet(QStringLiteral("start"))) {
        options.simulateStart = readStart(parser.value(QStringLiteral("start")));
        if (!options.simulateStart.isValid())
            return QCoreApplication::translate(
                "CommandLine", "--start must be a date and time such as 2026-11-01T08:00 (station time) or "
                               "2026-11-01T00:00Z.");
    }
    return {};
}

} // namespace

CommandLineCommand simulateCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("simulate");
    command.command = AppOptions::Command::Simulate;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Drives the dispatch services with synthetic calls, as a busy shift would.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to simulate on.")),
        mapOption(),
        {QStringLiteral("calls"),
         QCoreApplication::translate("CommandLine", "simulate: number of calls (default 100)."),
         QStringLiteral("N")},
        {QStringLiteral("rate"),
         QCoreApplication::translate(
             "CommandLine",
             "simulate: calls per minute in real time (default: as fast as possible, in simulated time)."),
         QStringLiteral("PER_MIN")},
        {QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "simulate: random seed."),
         QStringLiteral("S")},
        {QStringLiteral("responders"),
         QCoreApplication::translate("CommandLine",
                                     "simulate: field responders in a new database (default: the demo's)."),
         QStringLiteral("R")},
        {QStringLiteral("print-commits"),
         QCoreApplication::translate("CommandLine", "simulate: print every committed action.")},
        {QStringLiteral("history-years"),
         QCoreApplication::translate(
             "CommandLine", "simulate: write Y years of closed incidents before now in bulk, then stop "
                            "(with --calls, the calls follow)."),
         QStringLiteral("Y")},
        {QStringLiteral("history-days"),
         QCoreApplication::translate("CommandLine",
                                     "simulate: like --history-years, in days (a station's first weeks)."),
         QStringLiteral("D")},
        {QStringLiteral("history-incidents"),
         QCoreApplication::translate(
             "CommandLine",
             "simulate: incidents in the history (default: 30–60 a day; years default to 10)."),
         QStringLiteral("N")},
        {QStringLiteral("start"),
         QCoreApplication::translate(
             "CommandLine",
             "simulate: the simulated start, e.g. 2026-11-01T08:00 (station time; default: now). The "
             "same --seed and --start give the same incidents."),
         QStringLiteral("TIME")}};
    command.read = readSimulateOptions;
    return command;
}

} // namespace xiuhua::app
