#pragma once

#include "core/entities.h"
#include "core/permission.h"
#include "core/position_fix.h"
#include "storage/store.h"

#include <map>
#include <optional>
#include <vector>

namespace xiuhua::ui {

// A period to replay, in UTC.
struct ReplayPeriod
{
    QDateTime from;
    QDateTime to;
};

// An incident's period with a margin either side: from ten minutes before the call was received to
// ten minutes after it was closed (its last status change once it is no longer open), or to `now`
// while it is open. Empty for an unknown incident.
std::optional<ReplayPeriod> incidentReplayPeriod(const storage::StoreReader& reader, core::Id incidentId,
                                                 const QDateTime& now);

// Where the officers were over a period (轨迹回放): their accepted fixes, read once, and the
// position of each at any moment of it. Reading the history needs the kReplayPermission permission
// (supervisors and administrators): where officers were is their own, not every operator's.
class ReplayModel
{
public:
    // The oversight roles: exactly those that read the audit log (supervisor, administrator).
    static constexpr core::Permission kReplayPermission = core::Permission::ViewAudit;
    static constexpr int kMarginMinutes = 10;
    // Fixes this long before the period are read too, so an officer standing still at its start
    // (a phone reports less often when it does not move) is on the map from the first moment.
    static constexpr int kLeadInMinutes = 30;

    explicit ReplayModel(const storage::StoreReader& reader);

    // Throws dispatch::ForbiddenError when the actor may not replay tracks. responderId empty = all.
    void load(const core::Actor& actor, const ReplayPeriod& period, std::optional<core::Id> responderId);
    void clear();

    const ReplayPeriod& period() const { return m_period; }
    std::optional<core::Id> responderId() const { return m_responderId; }
    // The officers with fixes, and how many fixes were read.
    std::vector<core::Id> responders() const;
    std::size_t fixCount() const;

    struct Position
    {
        core::Id responderId = 0;
        core::PositionFix fix; // the newest at or before the moment
        qint64 ageSeconds = 0; // of that fix, at the moment
    };
    // Every officer's newest fix at or before `at`, by responder id; officers whose first fix
    // comes later are not there yet.
    std::vector<Position> positionsAt(const QDateTime& at) const;
    // The officer's fixes from the start of the period up to `at`.
    std::vector<core::PositionFix> trailUntil(core::Id responderId, const QDateTime& at) const;

private:
    const storage::StoreReader& m_reader;
    ReplayPeriod m_period;
    std::optional<core::Id> m_responderId;
    std::map<core::Id, std::vector<core::PositionFix>> m_fixes; // by fix time
};

} // namespace xiuhua::ui
