#include "ui/console/console_session.h"

#include "geo/community_locator.h"
#include "geo/gazetteer.h"
#include "geo/geo_error.h"
#include "geo/road_graph.h"
#include "geo/route_planner.h"
#include "geo/vector_source.h"

#include <spdlog/spdlog.h>

namespace xiuhua::ui {

QStringList loadJurisdictionServices(ConsoleSession& session)
{
    QStringList problems;
    try {
        const geo::VectorSource source = geo::VectorSource::open(session.mapPath);
        try {
            session.planner = std::make_shared<const geo::RoutePlanner>(
                std::make_shared<const geo::RoadGraph>(geo::RoadGraph::fromSource(source)));
        } catch (const geo::GeoError& error) {
            problems << QStringLiteral("road network: %1").arg(QString::fromStdString(error.what()));
        }
        try {
            session.gazetteer = std::make_shared<const geo::Gazetteer>(geo::Gazetteer::fromDataset(source));
        } catch (const geo::GeoError& error) {
            problems << QStringLiteral("place search: %1").arg(QString::fromStdString(error.what()));
        }
        try {
            session.locator =
                std::make_shared<const geo::CommunityLocator>(geo::CommunityLocator::fromLayer(source));
        } catch (const geo::GeoError& error) {
            problems << QStringLiteral("communities: %1").arg(QString::fromStdString(error.what()));
        }
    } catch (const geo::GeoError& error) {
        problems << QString::fromStdString(error.what());
    }
    for (const QString& problem : problems)
        spdlog::warn("jurisdiction services: {}", problem.toStdString());
    return problems;
}

} // namespace xiuhua::ui
