#pragma once

// What every position parser promises for any input (tests/fuzz/fuzz_*position*): a malformed
// request has an error and no fixes; a fix is in range in every field it has.
#include "service/position_formats.h"

#include <cmath>
#include <cstdlib>

namespace xiuhua::fuzz {

inline void checkParsed(const service::ParsedPositions& parsed)
{
    if (!parsed.ok()) {
        if (!parsed.reports.empty())
            std::abort();
        return;
    }
    if (parsed.reports.size() > service::maxReportsPerRequest)
        std::abort();
    for (const dispatch::PositionReport& r : parsed.reports) {
        if (!(r.location.lat >= -90 && r.location.lat <= 90 && r.location.lon >= -180 &&
              r.location.lon <= 180))
            std::abort();
        if (r.fixAt.isValid() && (r.fixAt.date().year() < 2000 || r.fixAt.date().year() > 2100))
            std::abort();
        if (r.speedMps && !(*r.speedMps >= 0 && std::isfinite(*r.speedMps)))
            std::abort();
        if (r.headingDeg && !(*r.headingDeg >= 0 && *r.headingDeg < 360))
            std::abort();
        if (r.accuracyM && !(*r.accuracyM >= 0))
            std::abort();
        if (r.batteryPercent && (*r.batteryPercent < 0 || *r.batteryPercent > 100))
            std::abort();
    }
}

} // namespace xiuhua::fuzz
