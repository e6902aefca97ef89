#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "geo/route_planner.h"
#include "storage/store.h"

#include <QStringList>

#include <algorithm>
#include <memory>

namespace xiuhua::dispatch {

// One suggested responder for an incident, with why, how far and how fresh the position is.
struct Recommendation
{
    core::Responder responder;
    geo::Route route;          // by road when possible; route.byRoad says if it fell back to a straight line
    core::GeoPoint from;       // where the route starts: last position, else home post or station
    bool positionKnown = true; // false: `from` is the home post, not a reported position
    qint64 positionAgeSeconds = -1;
    // What the ranking uses: the route's time plus, for a fix older than two minutes, the time to
    // cover the distance the officer may have walked away from it since (at most half an hour's
    // walk). A fresh fix 600 m away then ranks before a 25-minute-old one 300 m away.
    double rankSeconds = 0;
    bool responsibleOfficer = false; // 一居一警: the incident community's own officer
    bool nearestFireStationCrew = false;
    bool neededKind = false; // a kind the category calls for
    QStringList reasons;     // translated, for the dispatcher
};

// How far an officer may have walked from a fix this old (what the ranking adds for an old fix).
double metresWalkedSince(qint64 fixAgeSeconds);

// Ranks the available field responders for an incident: first the ones the rules single out
// (the community's responsible officer, the crew of the nearest micro fire station for fires),
// then the kinds the category needs, then everyone else; within each, by travel time over the
// road network. One reversed Dijkstra from the incident serves all of them, grown only until the
// best of each group are settled (geo::GrowingRouteTree): a city's 20,000 responders cost what the
// nearest few do.
class Recommender
{
public:
    // planner may be null: then every route is a straight line, and says so.
    Recommender(const storage::StoreReader& reader, const core::Taxonomy& taxonomy,
                std::shared_ptr<const geo::RoutePlanner> planner);

    // limit <= 0: everyone, ranked (routes every one of them).
    std::vector<Recommendation> recommend(const core::Incident& incident, const QDateTime& now,
                                          int limit = 10) const;
    // The same among responders the caller has already read (a console keeps its board's list).
    std::vector<Recommendation> recommendAmong(const core::Incident& incident, const QDateTime& now,
                                               const std::vector<core::Responder>& responders,
                                               int limit = 10) const;
    // The same ranking from a route to every responder (the whole reversed Dijkstra): what recommend()
    // must agree with, kept for the tests and benchmarks that compare them.
    std::vector<Recommendation> recommendByFullSearch(const core::Incident& incident, const QDateTime& now,
                                                      const std::vector<core::Responder>& responders,
                                                      int limit = 10) const;

private:
    struct Candidates
    {
        const core::Category* category = nullptr;
        std::vector<core::FireStation> stations;
        // From, flags; routes not yet known; the responder itself is copied in only for those shown
        // (copying 20,000 responders' names cost a city-scale call 5 ms).
        std::vector<Recommendation> people;
        std::vector<const core::Responder*> sources; // people[i] is sources[i]
        bool needs(core::ResponderKind kind) const
        {
            return category &&
                   std::find(category->needs.begin(), category->needs.end(), kind) != category->needs.end();
        }
    };

    std::optional<core::Id> responsibleOfficerFor(const core::Incident& incident) const;
    Candidates candidates(const core::Incident& incident, const QDateTime& now,
                          const std::vector<core::Responder>& responders) const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    std::shared_ptr<const geo::RoutePlanner> m_planner;
};

} // namespace xiuhua::dispatch
