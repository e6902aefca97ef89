#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace xiuhua::reports {

struct TimeSpan
{
    QDateTime from;
    QDateTime to;
};

// What counts as a community officer being "in the community" (下社区) over a window.
struct CommunityTimeInput
{
    QDateTime windowFrom; // UTC, inclusive
    QDateTime windowTo;   // UTC, exclusive
    QTimeZone zone;       // half-days are local mornings and afternoons
    // On scene at incidents in the officer's own community (from assignments).
    std::vector<TimeSpan> onSceneInOwnCommunity;
    // Rostered hours marked as spent in the community (RosterEntry::inCommunity, once the roster
    // records it); empty until then, so only on-scene time counts.
    std::vector<TimeSpan> rosteredInCommunity;
};

struct CommunityTime
{
    qint64 seconds = 0;   // union of the spans within the window (overlaps counted once)
    int halfDays = 0;     // half-days with at least kHalfDayMinimumSeconds in the community
    int normHalfDays = 0; // five a week, pro rata for the window
    bool meetsNorm() const { return halfDays >= normHalfDays; }
};

// A half-day "counts" for the norm of at least five half-days a week in the community when the
// officer spent at least two hours of it there: half of a four-hour working half-day.
inline constexpr qint64 kHalfDayMinimumSeconds = 2 * 3600;
inline constexpr int kNormHalfDaysPerWeek = 5;

// Half-days are 00:00–12:00 and 12:00–24:00 local time. The norm is 5 per 7 days of window,
// rounded to the nearest whole half-day (a week gives 5, a 30-day month 21).
CommunityTime communityTime(const CommunityTimeInput& input);

} // namespace xiuhua::reports
