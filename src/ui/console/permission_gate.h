#pragma once

#include "core/permission.h"
#include "ui/console/console_session.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <utility>

class QAction;
class QMenu;

namespace xiuhua::ui {

// What the operator now at the console may do, read from their stored account: the same check the
// services make before they write (dispatch::isPermitted).
bool operatorMay(const ConsoleSession& session, core::Permission permission);

// Hides the actions a role may not use, so that a monitor's wall screen or a dispatcher's menus
// offer only what they can do; the services still refuse whatever slips through. Hidden actions
// are also disabled, shortcuts included, whatever their owners later set as enabled. Call
// refresh() when the operator changes.
class PermissionGate : public QObject
{
    Q_OBJECT

public:
    explicit PermissionGate(const ConsoleSession& session, QObject* parent = nullptr);

    void guard(QAction* action, core::Permission permission);
    // Hides the menu (its entry in the menu bar) while none of its actions is visible.
    void collapseWhenEmpty(QMenu* menu);
    bool permits(core::Permission permission) const { return operatorMay(m_session, permission); }

public slots:
    void refresh();

signals:
    // After refresh(): for widgets that apply the permissions themselves.
    void refreshed();

private:
    // Hides the menu, and each of its submenus, that has no visible entry; true when it has one.
    static bool collapse(QMenu& menu);

    const ConsoleSession& m_session;
    QList<std::pair<QPointer<QAction>, core::Permission>> m_actions;
    QList<QPointer<QMenu>> m_menus;
};

} // namespace xiuhua::ui
