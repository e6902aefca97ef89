#include "core/permission.h"

#include <QCoreApplication>

#include <array>

namespace xiuhua::core {

bool allows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Monitor:
        // A wall screen watches; it changes nothing and never sees who called.
        return false;
    case Role::Dispatcher:
        switch (permission) {
        case P::CreateIncident:
        case P::EditIncident:
        case P::Dispatch:
        case P::ManageResponders:
        case P::RecordFollowUp:
        case P::ViewPersonalData:
            return true;
        default:
            return false;
        }
    case Role::Supervisor:
        // Everything operational, plus the shift's paperwork; accounts stay with the administrator.
        switch (permission) {
        case P::ManageAccounts:
        case P::Import:
        case P::Backup:
            return false;
        default:
            return true;
        }
    case Role::Administrator:
        // Technical care of the console, kept apart from operations so that neither role can
        // both act and grant itself the right to act unnoticed.
        switch (permission) {
        case P::ManageAccounts:
        case P::ChangeSettings:
        case P::Import:
        case P::Backup:
        case P::ViewAudit:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString describe(Permission permission)
{
    static constexpr std::array texts{QT_TRANSLATE_NOOP("Permission", "create incidents"),
                                      QT_TRANSLATE_NOOP("Permission", "change incidents"),
                                      QT_TRANSLATE_NOOP("Permission", "dispatch responders"),
                                      QT_TRANSLATE_NOOP("Permission", "change responders"),
                                      QT_TRANSLATE_NOOP("Permission", "record follow-up visits"),
                                      QT_TRANSLATE_NOOP("Permission", "edit the roster"),
                                      QT_TRANSLATE_NOOP("Permission", "open, close or hand over shifts"),
                                      QT_TRANSLATE_NOOP("Permission", "sign shift reports"),
                                      QT_TRANSLATE_NOOP("Permission", "manage operator accounts"),
                                      QT_TRANSLATE_NOOP("Permission", "change settings"),
                                      QT_TRANSLATE_NOOP("Permission", "see callers' personal data"),
                                      QT_TRANSLATE_NOOP("Permission", "import data"),
                                      QT_TRANSLATE_NOOP("Permission", "make or restore backups"),
                                      QT_TRANSLATE_NOOP("Permission", "read the audit log")};
    static_assert(texts.size() == static_cast<std::size_t>(Permission::ViewAudit) + 1);
    return QCoreApplication::translate("Permission", texts[static_cast<std::size_t>(permission)]);
}

} // namespace xiuhua::core
