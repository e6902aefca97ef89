#include "reports/report_statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace xiuhua::reports {

std::optional<qint64> percentile(std::vector<qint64> values, double p)
{
    if (values.empty() || p <= 0 || p > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double n = static_cast<double>(values.size());
    // The tiny epsilon keeps 90% of 10 at rank 9 despite 0.9 * 10 = 9.000000000000002.
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * n - 1e-9));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

DurationStats durationStats(const std::vector<qint64>& seconds)
{
    DurationStats stats;
    stats.samples = static_cast<int>(seconds.size());
    stats.medianSeconds = percentile(seconds, 50);
    stats.p90Seconds = percentile(seconds, 90);
    return stats;
}

std::optional<double> percentChange(int base, int current)
{
    if (base == 0)
        return std::nullopt;
    return (current - base) * 100.0 / base;
}

QString formatPercentChange(int base, int current)
{
    const auto change = percentChange(base, current);
    if (!change)
        return current == 0 ? QStringLiteral("—") : QCoreApplication::translate("Report", "new");
    // Round half away from zero at one decimal, the way the published figures are rounded.
    const double rounded = std::round(*change * 10.0) / 10.0;
    if (rounded == 0.0)
        return QStringLiteral("0.0%");
    return QStringLiteral("%1%2%").arg(rounded > 0 ? QStringLiteral("+") : QString(),
                                       QString::number(rounded, 'f', 1));
}

QString formatDuration(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const qint64 s = std::max<qint64>(0, *seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace xiuhua::reports
