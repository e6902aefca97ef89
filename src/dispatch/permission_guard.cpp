#include "dispatch/permission_guard.h"

#include "dispatch/dispatch_error.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

std::optional<Role> roleOf(const storage::StoreReader& reader, const Actor& actor)
{
    if (!actor.responderId)
        return std::nullopt;
    const auto account = reader.operatorAccountOfResponder(*actor.responderId);
    if (!account || !account->active)
        return std::nullopt;
    return account->role;
}

bool isPermitted(const storage::StoreReader& reader, const Actor& actor, Permission permission)
{
    if (!actor.responderId)
        return true;
    const auto role = roleOf(reader, actor);
    return role && allows(*role, permission);
}

void requirePermission(const storage::StoreReader& reader, const Actor& actor, Permission permission)
{
    if (!actor.responderId)
        return;
    const auto role = roleOf(reader, actor);
    if (!role)
        throw ForbiddenError(
            QCoreApplication::translate("Dispatch", "%1 has no active operator account and may not %2.")
                .arg(actor.name, describe(permission)));
    if (!allows(*role, permission))
        throw ForbiddenError(QCoreApplication::translate("Dispatch", "The role “%1” may not %2.")
                                 .arg(displayName(*role), describe(permission)));
}

void requirePermission(const DispatchContext& context, const Actor& actor, Permission permission)
{
    requirePermission(context.store.read(), actor, permission);
}

} // namespace xiuhua::dispatch
