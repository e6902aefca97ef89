#include "ui/console/permission_gate.h"

#include "dispatch/permission_guard.h"

#include <QAction>
#include <QMenu>

#include <algorithm>
#include <map>

namespace xiuhua::ui {

bool operatorMay(const ConsoleSession& session, core::Permission permission)
{
    return dispatch::isPermitted(session.store.read(), session.operatorActor, permission);
}

PermissionGate::PermissionGate(const ConsoleSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{}

void PermissionGate::guard(QAction* action, core::Permission permission)
{
    m_actions.append({action, permission});
    action->setVisible(permits(permission));
}

void PermissionGate::collapseWhenEmpty(QMenu* menu)
{
    m_menus.append(menu);
    refresh();
}

bool PermissionGate::collapse(QMenu& menu)
{
    bool anyVisible = false;
    for (QAction* entry : menu.actions()) {
        if (entry->menu())
            anyVisible = collapse(*entry->menu()) || anyVisible;
        else if (!entry->isSeparator() && entry->isVisible())
            anyVisible = true;
    }
    menu.menuAction()->setVisible(anyVisible);
    return anyVisible;
}

void PermissionGate::refresh()
{
    // One look at the store per permission, not per action.
    std::map<core::Permission, bool> permitted;
    for (const auto& [action, permission] : m_actions) {
        if (!action)
            continue;
        auto found = permitted.find(permission);
        if (found == permitted.end())
            found = permitted.emplace(permission, permits(permission)).first;
        action->setVisible(found->second);
    }
    for (const QPointer<QMenu>& menu : m_menus) {
        if (menu)
            collapse(*menu);
    }
    emit refreshed();
}

} // namespace xiuhua::ui
