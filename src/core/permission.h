#pragma once

#include "core/role.h"

namespace xiuhua::core {

// Everything the services check before they write (dispatch/permission_guard.h). The UI may
// also use allows() to hide what a role cannot do, but the services are what enforce it.
enum class Permission
{
    CreateIncident,
    EditIncident, // notes, status, corrections, outcomes, linked calls
    Dispatch,     // assign, reassign, advance assignments
    ManageResponders,
    RecordFollowUp,
    EditRoster,
    OpenCloseShift, // open, staff, close with hand-over, acknowledge a hand-over
    SignShiftReport,
    ManageAccounts,
    ChangeSettings,
    ViewPersonalData, // unmask a caller's name and phone (each view is audited)
    Import,
    Backup,
    ViewAudit
};

bool allows(Role role, Permission permission);

// Translated, for "may not …" messages: e.g. "sign shift reports".
QString describe(Permission permission);

} // namespace xiuhua::core
