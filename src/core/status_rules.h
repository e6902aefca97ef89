#pragma once

#include "core/enums.h"

namespace xiuhua::core {

// The allowed status flows. Services refuse anything these reject.
//   incident:   new -> dispatched -> on_scene -> resolved -> closed; any open state -> cancelled;
//               closed/resolved -> dispatched (reopen, audited)
//   assignment: dispatched -> acknowledged -> en_route -> on_scene -> cleared; steps may be skipped
//               forwards; any active state -> cancelled
bool isAllowedTransition(IncidentStatus from, IncidentStatus to);
bool isAllowedTransition(AssignmentStatus from, AssignmentStatus to);

bool isOpen(IncidentStatus status);
bool isActive(AssignmentStatus status);
bool isReopen(IncidentStatus from, IncidentStatus to);

// The stored codes of the statuses isOpen/isActive accept, for queries that filter in SQL:
// storage binds these lists instead of spelling the statuses out a second time.
QStringList openIncidentStatusCodes();
QStringList activeAssignmentStatusCodes();

} // namespace xiuhua::core
