#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "storage/store.h"

#include <functional>

namespace xiuhua::dispatch {

using Clock = std::function<QDateTime()>;

// What every service needs, passed in rather than reached through globals.
struct DispatchContext
{
    storage::Store& store;
    const core::Taxonomy& taxonomy;
    ChangeNotifier& notifier;
    // The time actions are stamped with: by default the database's clock (Store::clockNow: the PC's
    // on a file, the server's on a shared database, so every seat stamps on one clock). The
    // simulator and tests pass their own.
    Clock now = [&database = store] { return database.clockNow(); };
};

} // namespace xiuhua::dispatch
