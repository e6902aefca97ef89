#include "dispatch/intake_advisor.h"

#include "core/geo_distance.h"
#include "core/status_rules.h"

#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

IntakeAdvisor::IntakeAdvisor(const storage::StoreReader& reader, IntakeRules rules)
    : m_reader(reader), m_rules(rules)
{}

double IntakeAdvisor::distanceMetres(const GeoPoint& a, const GeoPoint& b)
{
    return core::distanceMetres(a, b);
}

IntakeAdvice IntakeAdvisor::advise(const std::optional<GeoPoint>& location, const QString& callerPhone,
                                   const QString& category, const QDateTime& now) const
{
    IntakeAdvice advice;
    const QDateTime historyStart = now.addDays(-m_rules.historyDays);
    if (location) {
        const double radius = std::max({m_rules.historyRadiusMetres, m_rules.duplicateRadiusMetres});
        const double dLat = latitudeDegrees(radius);
        const double dLon = longitudeDegrees(radius, location->lat);
        const auto nearby =
            m_reader.incidentsInBox(location->lon - dLon, location->lat - dLat, location->lon + dLon,
                                    location->lat + dLat, historyStart, now.addSecs(1));
        for (const Incident& incident : nearby) {
            const double distance = distanceMetres(*location, *incident.location);
            if (distance <= m_rules.historyRadiusMetres)
                advice.earlierHere.push_back(incident);
            const bool recent = incident.receivedAt >= now.addSecs(-60 * m_rules.duplicateWindowMinutes);
            if (!advice.possibleDuplicate && isOpen(incident.status) && incident.category == category &&
                recent && distance <= m_rules.duplicateRadiusMetres)
                advice.possibleDuplicate = incident;
        }
        for (const Hazard& hazard : m_reader.hazards()) {
            if (!hazard.rectifiedAt.isValid() &&
                distanceMetres(*location, hazard.location) <= m_rules.hazardRadiusMetres)
                advice.hazardsNearby.push_back(hazard);
        }
    }
    if (!callerPhone.trimmed().isEmpty()) {
        storage::IncidentQuery query;
        query.callerPhone = callerPhone.trimmed();
        query.receivedFrom = historyStart;
        advice.samePhone = m_reader.incidents(query);
    }
    return advice;
}

} // namespace xiuhua::dispatch
