#pragma once

#include "core/enums.h"

namespace xiuhua::core {

// What an operator account may do (see permissions.h). The codes are stored in
// operator_account.role and checked there.
enum class Role
{
    Dispatcher,
    Supervisor,
    Administrator,
    Monitor // read-only wall screen
};

template <> std::span<const char* const> enumCodes<Role>();
template <> std::span<const char* const> enumDisplaySources<Role>();
template <> QString displayName<Role>(Role value);

} // namespace xiuhua::core
