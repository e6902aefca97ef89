#pragma once

#include "reports/shift_report.h"

#include <QString>

#include <optional>
#include <vector>

namespace xiuhua::reports {

// The p-th percentile (0 < p <= 100) by the nearest-rank method: sort the n values and take the
// value at rank ceil(p/100 * n) (1-based). Always one of the observed values, never interpolated,
// so a printed "P90 4:12" is a response that really happened; the median is percentile(values, 50)
// (for an even n, the lower of the two middle values). Empty input has no percentile.
std::optional<qint64> percentile(std::vector<qint64> values, double p);

// Median and P90 of the samples.
DurationStats durationStats(const std::vector<qint64>& seconds);

// Percentage change from base to current: (current - base) / base * 100. No value when base is 0,
// since no percentage describes a change from nothing.
std::optional<double> percentChange(int base, int current);

// The change as printed in the comparison table, one decimal, sign always shown: "-25.1%", "+3.0%",
// "0.0%". For a zero base: "—" when both are zero, and "new" (translated) when something appeared.
QString formatPercentChange(int base, int current);

// Durations as printed: "0:45", "4:12", "1:02:30" (h:mm:ss from an hour up); "—" for none.
QString formatDuration(std::optional<qint64> seconds);

} // namespace xiuhua::reports
