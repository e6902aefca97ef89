#include "dispatch/position_rules.h"

#include "core/geo_distance.h"

#include <algorithm>
#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

void widen(PositionRules& rules, const GeoPoint& p)
{
    rules.minLon = std::min(rules.minLon.value_or(p.lon), p.lon);
    rules.maxLon = std::max(rules.maxLon.value_or(p.lon), p.lon);
    rules.minLat = std::min(rules.minLat.value_or(p.lat), p.lat);
    rules.maxLat = std::max(rules.maxLat.value_or(p.lat), p.lat);
}

} // namespace

PositionRules PositionRules::fromJurisdiction(const storage::StoreReader& reader)
{
    PositionRules rules;
    for (const Post& post : reader.posts())
        widen(rules, post.location);
    for (const FireStation& station : reader.fireStations())
        widen(rules, station.location);
    for (const Camera& camera : reader.cameras())
        widen(rules, camera.location);
    return rules;
}

bool PositionRules::inArea(const GeoPoint& p) const
{
    if (!minLon)
        return true;
    return p.lon >= *minLon - areaMarginDeg && p.lon <= *maxLon + areaMarginDeg &&
           p.lat >= *minLat - areaMarginDeg && p.lat <= *maxLat + areaMarginDeg;
}

PositionVerdict PositionRules::judge(const PositionFix& fix, const QDateTime& now,
                                     const std::optional<PositionFix>& newest) const
{
    if (fix.fixAt > now.addSecs(futureToleranceS))
        return PositionVerdict::Future;
    if (!inArea(fix.location))
        return PositionVerdict::OutsideArea;
    if (!newest)
        return PositionVerdict::Accepted;
    if (fix.fixAt <= newest->fixAt)
        return PositionVerdict::Stale;
    const double seconds = static_cast<double>(newest->fixAt.msecsTo(fix.fixAt)) / 1000.0;
    if (seconds > speedCheckWindowS)
        return PositionVerdict::Accepted;
    const double slack = std::min(fix.accuracyM.value_or(0.0), maxAccuracySlackM) +
                         std::min(newest->accuracyM.value_or(0.0), maxAccuracySlackM);
    const double metres = std::max(0.0, distanceMetres(newest->location, fix.location) - slack);
    return metres / seconds > maxSpeedMps ? PositionVerdict::ImpossibleSpeed : PositionVerdict::Accepted;
}

} // namespace xiuhua::dispatch
