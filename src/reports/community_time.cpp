#include "reports/community_time.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace xiuhua::reports {

namespace {

// The spans clipped to the window, sorted and merged, so overlapping on-scene and rostered time
// is counted once.
std::vector<TimeSpan> mergedSpans(const CommunityTimeInput& input)
{
    std::vector<TimeSpan> spans;
    for (const auto* list : {&input.onSceneInOwnCommunity, &input.rosteredInCommunity}) {
        for (const TimeSpan& span : *list) {
            const QDateTime from = std::max(span.from, input.windowFrom);
            const QDateTime to = std::min(span.to, input.windowTo);
            if (from.isValid() && to.isValid() && from < to)
                spans.push_back({from, to});
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan& a, const TimeSpan& b) { return a.from < b.from; });
    std::vector<TimeSpan> merged;
    for (const TimeSpan& span : spans) {
        if (!merged.empty() && span.from <= merged.back().to)
            merged.back().to = std::max(merged.back().to, span.to);
        else
            merged.push_back(span);
    }
    return merged;
}

// The start of the local half-day after `time`.
QDateTime nextHalfDay(const QDateTime& time, const QTimeZone& zone)
{
    const QDateTime local = time.toTimeZone(zone);
    if (local.time().hour() < 12)
        return QDateTime(local.date(), QTime(12, 0), zone).toUTC();
    return QDateTime(local.date().addDays(1), QTime(0, 0), zone).toUTC();
}

// Key of the local half-day containing `time`: days since epoch * 2 + afternoon.
qint64 halfDayKey(const QDateTime& time, const QTimeZone& zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return local.date().toJulianDay() * 2 + (local.time().hour() < 12 ? 0 : 1);
}

} // namespace

CommunityTime communityTime(const CommunityTimeInput& input)
{
    CommunityTime result;
    std::map<qint64, qint64> perHalfDay;
    for (const TimeSpan& span : mergedSpans(input)) {
        result.seconds += span.from.secsTo(span.to);
        // Split the span at half-day boundaries.
        for (QDateTime from = span.from; from < span.to;) {
            const QDateTime to = std::min(nextHalfDay(from, input.zone), span.to);
            perHalfDay[halfDayKey(from, input.zone)] += from.secsTo(to);
            from = to;
        }
    }
    for (const auto& [key, seconds] : perHalfDay) {
        if (seconds >= kHalfDayMinimumSeconds)
            ++result.halfDays;
    }
    const double days = input.windowFrom.secsTo(input.windowTo) / 86400.0;
    result.normHalfDays = static_cast<int>(std::lround(kNormHalfDaysPerWeek * days / 7.0));
    return result;
}

} // namespace xiuhua::reports
