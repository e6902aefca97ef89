#pragma once

#include "dispatch/dispatch_context.h"

#include <optional>

namespace xiuhua::ui {

// Who works the console, at start: the first-run administrator wizard on a database without
// accounts, then the login dialog. `demoLogin` (--operator) logs that demo account in without a
// password, on the demo database only; elsewhere it only pre-fills the login name. With
// XIUHUA_NONINTERACTIVE set nothing is asked: empty unless the demo login worked.
std::optional<core::Actor> logInAtStart(const dispatch::DispatchContext& context, const QString& workstation,
                                        const QString& demoLogin);

} // namespace xiuhua::ui
