#pragma once

#include "dispatch/dispatch_context.h"
#include "dispatch/status_thresholds.h"

namespace xiuhua::dispatch {

// Station settings kept in the database (meta table): each change is one transaction with its
// audit record, like every other change. After a change it announces respondersChanged and
// incidentsChanged (with no ids) so the board and the queue reload and pick the new values up.
class SettingsService
{
public:
    explicit SettingsService(DispatchContext context);

    // Throws DispatchError for values out of range. Returns false (and writes nothing) when the
    // stored value is already the same.
    bool setStatusThresholds(const core::Actor& actor, const StatusThresholds& thresholds);
    bool setResponseTargets(const core::Actor& actor, const ResponseTargets& targets);

private:
    bool store(const core::Actor& actor, const QString& key, const QString& action, const QJsonObject& value);

    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
