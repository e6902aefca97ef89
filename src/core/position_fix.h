#pragma once

#include "core/entities.h"

#include <optional>

namespace xiuhua::core {

// What the service made of a position report. Accepted fixes move the responder; the other
// verdicts are stored too (the trail shows them) but kept out of the current position, and counted.
// UnknownDevice, BadToken and WithdrawnDevice are never stored as positions, only counted.
enum class PositionVerdict
{
    Accepted,
    Stale,           // not newer than the responder's newest fix
    Future,          // the phone's clock is ahead of the server's by more than the tolerance
    OutsideArea,     // far outside the station's plausible area
    ImpossibleSpeed, // the jump from the newest fix implies a speed no vehicle reaches
    UnknownDevice,
    BadToken,
    WithdrawnDevice
};

// Stable codes, as stored (CHECK lists in the schema) and printed.
QString toCode(PositionVerdict verdict);
// Whether a position with this verdict is stored (the refusals of a device are only counted).
bool isStoredVerdict(PositionVerdict verdict);
std::optional<PositionVerdict> positionVerdictFromCode(QStringView code);
// Every verdict, in declaration order.
const std::vector<PositionVerdict>& allPositionVerdicts();

// One position report as stored: the phone's own fix time, the server's receipt time and what the
// app says of accuracy, speed, heading, altitude and battery (empty where it did not say).
struct PositionFix
{
    Id id = 0;
    Id deviceId = 0; // Device::id
    Id responderId = 0;
    QDateTime fixAt;
    QDateTime receivedAt;
    GeoPoint location;
    std::optional<double> accuracyM;
    std::optional<double> speedMps;
    std::optional<double> headingDeg;
    std::optional<double> altitudeM;
    std::optional<int> batteryPercent;
    PositionVerdict verdict = PositionVerdict::Accepted;
};

} // namespace xiuhua::core
