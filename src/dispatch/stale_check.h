#pragma once

#include "core/entities.h"
#include "storage/store.h"

namespace xiuhua::dispatch {

// Optimistic refusal of a stale change. A form (a correction, a status change) was filled in from the
// incident as `loaded`; inside the write transaction — one writer at a time on either engine — the
// incident is `current`. If another seat changed it meanwhile, the change is refused with a
// DispatchError naming what changed, who changed it and when, instead of overwriting their change
// (a lost update). The dispatcher looks again and repeats the change if it still applies.
void refuseIfChangedSince(const storage::StoreReader& read, const core::Incident& loaded,
                          const core::Incident& current);

} // namespace xiuhua::dispatch
