#pragma once

#include "core/entities.h"
#include "core/position_fix.h"
#include "storage/store.h"

#include <optional>

namespace xiuhua::dispatch {

// What makes a fix plausible enough to become a responder's current position. Fixes that fail are
// still stored (a supervisor may want to see them on the trail) but kept out and counted.
struct PositionRules
{
    // The station's plausible area: the box around its posts, fire stations and cameras widened by
    // `areaMarginDeg`; empty = anywhere (a database without a jurisdiction yet).
    std::optional<double> minLon, minLat, maxLon, maxLat;
    double areaMarginDeg = 0.5; // about 50 km: neighbouring districts, never another city
    // Phones' clocks drift; GPS time does not, but apps stamp with the system clock.
    int futureToleranceS = 300;
    // No vehicle of a community police station goes faster; 250 km/h.
    double maxSpeedMps = 70.0;
    // Accuracy circles are subtracted from a jump (up to this much each), so a coarse fix after a
    // fine one is not taken for teleportation.
    double maxAccuracySlackM = 500.0;
    // After a longer gap the speed check is skipped: the newest fix may itself have been wrong, and a
    // phone must not stay stuck behind it.
    int speedCheckWindowS = 600;

    // The box from the jurisdiction the store holds.
    static PositionRules fromJurisdiction(const storage::StoreReader& reader);

    // The verdict for `fix` received at `now`, against the responder's newest accepted fix.
    core::PositionVerdict judge(const core::PositionFix& fix, const QDateTime& now,
                                const std::optional<core::PositionFix>& newest) const;
    bool inArea(const core::GeoPoint& point) const;
};

} // namespace xiuhua::dispatch
