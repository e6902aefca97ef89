#pragma once

#include "dispatch/dispatch_context.h"

namespace xiuhua::dispatch {

class AssignmentService
{
public:
    explicit AssignmentService(DispatchContext context);

    // Sends a responder to an incident: the responder becomes busy and a new incident becomes
    // dispatched, all in one transaction. Refused when the responder is not available (which
    // also settles two consoles racing for the same responder: the second one is refused).
    core::Assignment assign(const core::Actor& actor, core::Id incidentId, core::Id responderId);

    // Takes a responder off an incident (cancelled, with the reason) and sends another, in one
    // transaction: either both happen or neither.
    core::Assignment reassign(const core::Actor& actor, core::Id assignmentId, core::Id newResponderId,
                              const QString& reason);

    // Moves an assignment along dispatched -> acknowledged -> en route -> on scene -> cleared, or
    // cancels it with a reason. On scene moves a dispatched incident on scene. The assigned responder
    // may move their own assignment forward without Permission::Dispatch (the duty page).
    core::Assignment advance(const core::Actor& actor, core::Id assignmentId, core::AssignmentStatus to,
                             const QString& reason = {});

private:
    core::Assignment assignWithin(storage::StoreWriter& writer, core::Id incidentId, core::Id responderId,
                                  const QDateTime& now) const;

    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
