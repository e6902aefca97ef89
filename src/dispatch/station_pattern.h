#pragma once

#include <QString>
#include <QTimeZone>

#include <array>
#include <vector>

namespace xiuhua::dispatch::station_pattern {

// What a downtown station's calls look like, shared by the demo (played through the services) and
// simulate's bulk history (written in bulk), so both show the same station.

// Calls per hour of the day, relative: quiet before dawn, busiest at midday and in the evening.
inline constexpr std::array<int, 24> hourWeights{8,  6,  4,  3,  2,  2,  3,  6,  9,  11, 12, 12,
                                                 11, 10, 11, 11, 12, 13, 12, 12, 12, 11, 10, 9};

struct CategoryWeight
{
    const char* code;
    int weight;
};
const std::vector<CategoryWeight>& categoryWeights();

// A category's weight at the local hour of the call, in tenths: noise at night, traffic in the rush
// hours, fraud in office hours. `lastYear`: burglary and theft were commoner a year ago.
int busyCategoryWeight(const CategoryWeight& weight, int localHour, bool lastYear);

const std::vector<QString>& surnames();
const std::vector<QString>& givenParts();
const std::vector<QString>& dispositionTexts();
const std::vector<QString>& descriptions();
const std::vector<QString>& phonePrefixes();
// The taxonomy's disposition codes that fit a category ("handled" when none is listed).
const std::vector<QString>& dispositionCodes(const QString& category);

const QTimeZone& shanghai();

} // namespace xiuhua::dispatch::station_pattern
