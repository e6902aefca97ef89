#include "app/simulate_command.h"

#include "app/open_database.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "dispatch/simulator.h"
#include "geo/community_locator.h"
#include "geo/geo_error.h"
#include "geo/road_graph.h"
#include "geo/vector_source.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xiuhua::app {

namespace {

// The demo's field responders; --responders above this adds patrol officers.
constexpr int demoFieldResponders = 42;

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
            demo.now = QDateTime::currentDateTimeUtc();
            demo.seed = options.simulateSeed;
            demo.historicalIncidents = 0;
            demo.liveIncidents = false;
            demo.extraPatrolOfficers = std::max(0, options.simulateResponders - demoFieldResponders);
            dispatch::seedDemoData({*store, taxonomy, notifier}, demo);
            err << QCoreApplication::translate(
                       "Simulate", "Created %1 with the bundled jurisdiction and demo responders.")
                       .arg(options.databasePath)
                << '\n';
        }
        const geo::CommunityLocator locator = geo::CommunityLocator::fromLayer(map);
        auto planner = std::make_shared<const geo::RoutePlanner>(
            std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(map)));

        QString discarded;
        QTextStream silent(&discarded);
        dispatch::Simulator simulator(
            {*store, taxonomy, notifier}, planner,
            [&locator](const core::GeoPoint& p) { return locator.communityAt(p.lon, p.lat); },
            options.printCommits ? out : silent);
        dispatch::SimulationOptions simulation;
        simulation.calls = options.simulateCalls;
        simulation.ratePerMinute = options.simulateRatePerMinute;
        simulation.seed = options.simulateSeed;
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

} // namespace xiuhua::app
