#pragma once

#include "dispatch/dispatch_context.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace xiuhua::dispatch {

// What a supervisor fills in to open a shift.
struct ShiftPlan
{
    QString name;
    QDateTime startsAt;
    QDateTime endsAt;
    std::optional<core::Id> supervisorId;
    std::vector<core::Id> dispatcherIds;
};

// What the outgoing shift leaves to the next one: recorded with the close so that the incoming
// supervisor acknowledges exactly what was handed over, not what is open when they look.
struct Handover
{
    std::vector<core::Id> openIncidentIds;
    std::vector<core::Id> dueFollowUpIds;
    std::vector<core::Id> openHazardIds;
    QString notes;
};

// The hand-over recorded when the shift was closed (in its shift.close audit record); empty while
// the shift is open.
std::optional<Handover> recordedHandover(const storage::StoreReader& reader, core::Id shiftId);

// A shift's life: open, staff and roster, close with a hand-over, the incoming supervisor's
// acknowledgement, and the supervisor's sign-off that makes the shift report final. Each call is
// one transaction with its audit record; a signed shift can no longer be changed here. Permissions:
// OpenCloseShift (open, staff, close, acknowledge), EditRoster, SignShiftReport.
class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)

public:
    explicit ShiftService(DispatchContext context);

    // Refuses a shift that overlaps another one or lasts more than a day.
    core::Shift open(const core::Actor& actor, const ShiftPlan& plan);
    core::Shift setStaff(const core::Actor& actor, core::Id shiftId, std::optional<core::Id> supervisorId,
                         const std::vector<core::Id>& dispatcherIds);

    // A responder's own hours in the shift: they may start before or end after it (staggered and
    // flexible hours) but not overlap another entry of the same responder in the same shift.
    core::RosterEntry addRosterEntry(const core::Actor& actor, core::RosterEntry entry);
    core::RosterEntry updateRosterEntry(const core::Actor& actor, const core::RosterEntry& entry);
    void removeRosterEntry(const core::Actor& actor, core::Id shiftId, core::Id entryId);
    // Copies another shift's roster, moved by the difference of the shifts' starts; responders
    // already rostered in the target keep their entries. Returns how many entries were added.
    int copyRoster(const core::Actor& actor, core::Id fromShiftId, core::Id toShiftId);
    // The same shift one day earlier ("copy yesterday's roster"), if there is one.
    std::optional<core::Shift> previousDayShift(core::Id shiftId) const;

    // What a close would hand over now.
    Handover pendingHandover() const;
    core::Shift close(const core::Actor& actor, core::Id shiftId, const QString& handoverNotes);
    // By the incoming supervisor, who must not be the one who handed over.
    core::Shift acknowledgeHandover(const core::Actor& actor, core::Id shiftId);
    // The hand-over recorded when the shift was closed; empty when it is still open.
    std::optional<Handover> recordedHandover(core::Id shiftId) const;

    // Stores the signed report's content hash and PDF and marks the shift signed off. Only once,
    // only for a closed shift, only by a supervisor.
    core::SignedShiftReport sign(const core::Actor& actor, core::Id shiftId, const QString& contentSha256,
                                 const QByteArray& pdf);

private:
    Handover collectHandover(const storage::StoreReader& reader) const;
    core::Shift editableShift(const storage::StoreReader& reader, core::Id shiftId) const;
    void validateRosterEntry(const storage::StoreReader& reader, const core::Shift& shift,
                             const core::RosterEntry& entry) const;

    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
