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
    Clock now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace xiuhua::dispatch
