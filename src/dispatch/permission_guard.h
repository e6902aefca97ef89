#pragma once

#include "core/permission.h"
#include "dispatch/dispatch_context.h"

#include <optional>

namespace xiuhua::dispatch {

// The role of the actor's operator account as the store has it, never as the caller claims.
// Empty when the actor is a responder without an active account. The system actor (no
// responder: demo seeding, migrations, imports run from the command line) has no role.
std::optional<core::Role> roleOf(const storage::StoreReader& reader, const core::Actor& actor);

// True for the system actor, and for an actor whose active account's role allows `permission`.
bool isPermitted(const storage::StoreReader& reader, const core::Actor& actor, core::Permission permission);

// Called by every service before it writes anything: throws ForbiddenError (a DispatchError
// with a translated message for the operator) when the actor may not do this.
void requirePermission(const storage::StoreReader& reader, const core::Actor& actor,
                       core::Permission permission);
void requirePermission(const DispatchContext& context, const core::Actor& actor, core::Permission permission);

} // namespace xiuhua::dispatch
