#include "core/position_freshness.h"

namespace xiuhua::core {

FixFreshness fixFreshness(const QDateTime& fixAt, const QDateTime& now)
{
    if (!fixAt.isValid())
        return FixFreshness::None;
    const qint64 age = fixAt.secsTo(now);
    if (age >= kFixOldAfterSeconds)
        return FixFreshness::Old;
    return age >= kFixFadingAfterSeconds ? FixFreshness::Fading : FixFreshness::Fresh;
}

bool isLowBattery(std::optional<int> batteryPercent)
{
    return batteryPercent && *batteryPercent < kLowBatteryPercent;
}

} // namespace xiuhua::core
