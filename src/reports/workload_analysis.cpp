#include "reports/workload_analysis.h"

#include "reports/community_time.h"
#include "reports/report_period.h"

#include <algorithm>
#include <set>

namespace xiuhua::reports {

using namespace xiuhua::core;

namespace {

// On scene from arrival to clearance; an assignment still on scene (or cancelled there) counts
// until the end of what is measured.
QDateTime leftScene(const Assignment& a, const QDateTime& end)
{
    if (a.clearedAt.isValid())
        return a.clearedAt;
    if (a.cancelledAt.isValid())
        return a.cancelledAt;
    return end;
}

// Rostered hours marked as community work (下社区). Written against the flag's presence so the
// reports build both before and after RosterEntry gains it (schema v4).
template <typename Entry> bool isInCommunity(const Entry& entry)
{
    if constexpr (requires { entry.inCommunity; })
        return entry.inCommunity;
    else
        return false;
}

} // namespace

WorkloadAnalysis::WorkloadAnalysis(const ReportInputs& inputs, const std::vector<Community>& communities,
                                   const std::vector<RosterEntry>& roster, const NormWindow& window)
    : m_inputs(inputs), m_communities(communities), m_roster(roster), m_window(window)
{}

std::vector<ResponderWorkload> WorkloadAnalysis::compute() const
{
    std::map<Id, ResponderWorkload> rows;
    std::map<Id, std::set<Id>> incidentsOf;
    auto rowFor = [&](Id responderId) -> ResponderWorkload& {
        ResponderWorkload& row = rows[responderId];
        row.responderId = responderId;
        return row;
    };
    // Rostered community officers appear even without incidents: the norm concerns them.
    for (const RosterEntry& entry : m_roster) {
        const auto responder = m_inputs.responders.find(entry.responderId);
        if (responder != m_inputs.responders.end() &&
            responder->second.kind == ResponderKind::CommunityOfficer)
            rowFor(entry.responderId);
    }
    for (const Assignment& a : m_inputs.assignments) {
        ResponderWorkload& row = rowFor(a.responderId);
        incidentsOf[a.responderId].insert(a.incidentId);
        if (!a.onSceneAt.isValid())
            continue;
        const QDateTime from = std::max(a.onSceneAt, m_inputs.from);
        const QDateTime to = std::min(leftScene(a, m_inputs.to), m_inputs.to);
        if (from < to)
            row.onSceneSeconds += from.secsTo(to);
    }
    std::vector<ResponderWorkload> result;
    for (auto& [id, row] : rows) {
        const auto responder = m_inputs.responders.find(id);
        if (responder != m_inputs.responders.end()) {
            row.name = responder->second.name;
            row.badgeNo = responder->second.badgeNo;
            row.kind = responder->second.kind;
        }
        row.incidents = static_cast<int>(incidentsOf[id].size());
        const auto own = std::find_if(m_communities.begin(), m_communities.end(),
                                      [&](const Community& c) { return c.responsibleOfficerId == id; });
        if (row.kind == ResponderKind::CommunityOfficer && own != m_communities.end())
            addCommunityTime(row, *own);
        result.push_back(row);
    }
    // Community officers first (the norm concerns them), then by kind, busiest first, then badge.
    std::sort(result.begin(), result.end(), [](const ResponderWorkload& a, const ResponderWorkload& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.incidents != b.incidents)
            return a.incidents > b.incidents;
        return a.badgeNo < b.badgeNo;
    });
    return result;
}

void WorkloadAnalysis::addCommunityTime(ResponderWorkload& row, const Community& own) const
{
    row.communityOfficer = true;
    row.communityName = own.name;
    std::set<Id> inOwnCommunity;
    for (const Incident& incident : m_window.incidents) {
        if (incident.communityId == own.id)
            inOwnCommunity.insert(incident.id);
    }
    CommunityTimeInput input;
    input.windowFrom = m_window.from;
    input.windowTo = m_window.to;
    input.zone = ReportPeriod::stationZone();
    for (const Assignment& a : m_window.assignments) {
        if (a.responderId == row.responderId && a.onSceneAt.isValid() && inOwnCommunity.count(a.incidentId))
            input.onSceneInOwnCommunity.push_back({a.onSceneAt, leftScene(a, m_window.to)});
    }
    for (const RosterEntry& entry : m_window.roster) {
        if (entry.responderId == row.responderId && isInCommunity(entry))
            input.rosteredInCommunity.push_back({entry.from, entry.to});
    }
    const CommunityTime time = communityTime(input);
    row.inCommunitySeconds = time.seconds;
    row.inCommunityHalfDays = time.halfDays;
    row.normHalfDays = time.normHalfDays;
}

} // namespace xiuhua::reports
