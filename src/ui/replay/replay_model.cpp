#include "ui/replay/replay_model.h"

#include "core/status_rules.h"
#include "dispatch/permission_guard.h"

#include <algorithm>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

auto fixAtOrBefore(const std::vector<PositionFix>& fixes, const QDateTime& at)
{
    // The first fix after `at`; the one before it is the position at `at`.
    return std::upper_bound(fixes.begin(), fixes.end(), at,
                            [](const QDateTime& t, const PositionFix& fix) { return t < fix.fixAt; });
}

} // namespace

std::optional<ReplayPeriod> incidentReplayPeriod(const storage::StoreReader& reader, Id incidentId,
                                                 const QDateTime& now)
{
    const auto incident = reader.incident(incidentId);
    if (!incident)
        return std::nullopt;
    QDateTime end = now;
    if (!isOpen(incident->status)) {
        end = incident->receivedAt;
        for (const IncidentEvent& event : reader.incidentEvents(incidentId)) {
            if (event.kind == IncidentEventKind::Status && event.at > end)
                end = event.at;
        }
    }
    const qint64 margin = ReplayModel::kMarginMinutes * 60;
    return ReplayPeriod{incident->receivedAt.addSecs(-margin), std::min(end.addSecs(margin), now)};
}

ReplayModel::ReplayModel(const storage::StoreReader& reader) : m_reader(reader) {}

void ReplayModel::load(const Actor& actor, const ReplayPeriod& period, std::optional<Id> responderId)
{
    dispatch::requirePermission(m_reader, actor, kReplayPermission);
    clear();
    m_period = period;
    m_responderId = responderId;
    storage::PositionQuery query;
    query.responderId = responderId;
    query.from = period.from.addSecs(-kLeadInMinutes * 60);
    query.to = period.to.addSecs(1);
    query.acceptedOnly = true;
    for (PositionFix& fix : m_reader.positions(query))
        m_fixes[fix.responderId].push_back(std::move(fix)); // oldest first, as the store gives them
}

void ReplayModel::clear()
{
    m_period = {};
    m_responderId.reset();
    m_fixes.clear();
}

std::vector<Id> ReplayModel::responders() const
{
    std::vector<Id> ids;
    for (const auto& [id, fixes] : m_fixes)
        ids.push_back(id);
    return ids;
}

std::size_t ReplayModel::fixCount() const
{
    std::size_t count = 0;
    for (const auto& [id, fixes] : m_fixes)
        count += fixes.size();
    return count;
}

std::vector<ReplayModel::Position> ReplayModel::positionsAt(const QDateTime& at) const
{
    std::vector<Position> result;
    for (const auto& [id, fixes] : m_fixes) {
        const auto after = fixAtOrBefore(fixes, at);
        if (after == fixes.begin())
            continue;
        const PositionFix& fix = *std::prev(after);
        result.push_back({id, fix, fix.fixAt.secsTo(at)});
    }
    return result;
}

std::vector<PositionFix> ReplayModel::trailUntil(Id responderId, const QDateTime& at) const
{
    const auto found = m_fixes.find(responderId);
    if (found == m_fixes.end())
        return {};
    std::vector<PositionFix> trail;
    for (auto it = found->second.begin(); it != fixAtOrBefore(found->second, at); ++it) {
        if (it->fixAt >= m_period.from)
            trail.push_back(*it);
    }
    return trail;
}

} // namespace xiuhua::ui
