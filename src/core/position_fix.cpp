#include "core/position_fix.h"

#include <array>

namespace xiuhua::core {
namespace {

constexpr std::array<const char*, 8> kCodes{
    "accepted",         "stale",          "future",    "outside_area",
    "impossible_speed", "unknown_device", "bad_token", "withdrawn_device"};

} // namespace

QString toCode(PositionVerdict verdict)
{
    return QString::fromLatin1(kCodes.at(static_cast<std::size_t>(verdict)));
}

bool isStoredVerdict(PositionVerdict verdict)
{
    return verdict != PositionVerdict::UnknownDevice && verdict != PositionVerdict::BadToken &&
           verdict != PositionVerdict::WithdrawnDevice;
}

std::optional<PositionVerdict> positionVerdictFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QLatin1String(kCodes[i]))
            return static_cast<PositionVerdict>(i);
    }
    return std::nullopt;
}

const std::vector<PositionVerdict>& allPositionVerdicts()
{
    static const std::vector<PositionVerdict> all{
        PositionVerdict::Accepted,    PositionVerdict::Stale,           PositionVerdict::Future,
        PositionVerdict::OutsideArea, PositionVerdict::ImpossibleSpeed, PositionVerdict::UnknownDevice,
        PositionVerdict::BadToken,    PositionVerdict::WithdrawnDevice};
    return all;
}

} // namespace xiuhua::core
