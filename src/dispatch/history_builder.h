#pragma once

#include "core/taxonomy.h"
#include "geo/community_locator.h"
#include "storage/store.h"

#include <QDateTime>

#include <cstdint>

namespace xiuhua::dispatch {

struct HistoryOptions
{
    QDateTime end;         // the history's calls are all at least three hours before this ("now")
    int days = 3650;       // how far back the history reaches
    qint64 incidents = -1; // spread over the days; -1 = a busy station's 30–60 a day
    std::uint64_t seed = 1;
};

struct HistorySummary
{
    qint64 incidents = 0;
    qint64 assignments = 0;
    qint64 events = 0;
    qint64 followUps = 0;
    int shifts = 0;
    QDateTime from;
    QDateTime to;
};

// Writes years of closed incidents in bulk, for load tests and for a user who wants to see how the
// console behaves with a decade on file: the busy station's hours and categories (station_pattern),
// one or two of the nearest field responders of the kinds a category needs sent to each, their
// assignment steps and the incident's timeline, follow-up visits, and the two shifts of each day.
// Everything is in the past. One transaction per few thousand incidents (whole days), each with one
// audit record ("simulate.history") naming the days and the count it wrote, so the audit chain stays whole
// and says the history was generated, not worked. Deterministic for a given seed and end. Goes through
// StoreWriter only, so it writes to either engine.
class HistoryBuilder
{
public:
    HistoryBuilder(storage::Store& store, const core::Taxonomy& taxonomy,
                   const geo::CommunityLocator& locator);

    HistorySummary build(const HistoryOptions& options);

private:
    class Day;

    storage::Store& m_store;
    const core::Taxonomy& m_taxonomy;
    const geo::CommunityLocator& m_locator;
};

} // namespace xiuhua::dispatch
