#pragma once

#include "dispatch/dispatch_context.h"

namespace xiuhua::dispatch {

// Follow-up visits (回访) to victims of preventable crimes: created when such an incident is
// closed (IncidentService), completed here by the responsible officer.
class FollowUpService
{
public:
    explicit FollowUpService(DispatchContext context);

    // satisfaction: 1 (very dissatisfied) .. 5 (very satisfied).
    core::FollowUp complete(const core::Actor& actor, core::Id followUpId, const QString& result,
                            int satisfaction);

private:
    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
