#pragma once

#include "dispatch/dispatch_context.h"

namespace xiuhua::dispatch {

class ResponderService
{
public:
    explicit ResponderService(DispatchContext context);

    // Manual status change from the responder board (available, meal break, off duty, busy).
    // Refused for a responder who still holds an active assignment, unless the new status is busy.
    core::Responder setStatus(const core::Actor& actor, core::Id responderId, core::ResponderStatus status);

    core::Responder reportPosition(const core::Actor& actor, core::Id responderId,
                                   const core::GeoPoint& position);

private:
    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
