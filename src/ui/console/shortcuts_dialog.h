#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QStandardItemModel;
class QTreeView;

namespace xiuhua::ui {

// One line of the shortcuts list: one action and every key that triggers it.
struct ShortcutEntry
{
    QString group; // the menu or toolbar the action is in: "Incident", "Map", …
    QString description;
    QList<QKeySequence> keys;
};

// Help ▸ Keyboard shortcuts: the shortcuts of the actions it is given, grouped by the menu they are
// in, searchable. Built from the window's own QActions when it opens, so a key is listed as it
// really is and an action nobody may use (hidden by the permission gate) is not listed.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // The actions of `window` (menus, toolbars, the map tools, the command line) that have a
    // shortcut and are visible; not those of the window's own dialogs, whose keys act only there.
    static QList<QAction*> shortcutActions(const QWidget* window);
    static QList<ShortcutEntry> entriesFor(const QList<QAction*>& actions);
    // An F1 action for the Help menu that shows the dialog over `window`, listing
    // shortcutActions(window) as they are at that moment.
    static QAction* createShowAction(QWidget* window);

    int entryCount() const;
    QList<ShortcutEntry> entries() const { return m_entries; }

private:
    QList<ShortcutEntry> m_entries;
    QStandardItemModel* m_model;
    QTreeView* m_view;
};

} // namespace xiuhua::ui
