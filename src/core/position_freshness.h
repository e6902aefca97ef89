#pragma once

#include <QDateTime>

#include <optional>

namespace xiuhua::core {

// How much a reported position can still be trusted, by its age. A phone that stops reporting
// (dead zone, flat battery, app killed) leaves its officer where the last fix put them: after two
// minutes the officer may have walked a few hundred metres, after ten the fix says little.
enum class FixFreshness
{
    Fresh,  // under 2 minutes old
    Fading, // 2 to 10 minutes: drawn faded
    Old,    // over 10 minutes: drawn grey
    None    // no fix at all
};

inline constexpr int kFixFadingAfterSeconds = 2 * 60;
inline constexpr int kFixOldAfterSeconds = 10 * 60;
// Android and iOS both warn at 20 %; below it a phone may switch to power saving and report
// rarely, or die during the shift.
inline constexpr int kLowBatteryPercent = 20;

FixFreshness fixFreshness(const QDateTime& fixAt, const QDateTime& now);
bool isLowBattery(std::optional<int> batteryPercent);

} // namespace xiuhua::core
