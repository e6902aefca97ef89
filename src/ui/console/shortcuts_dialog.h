#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QStandardItemModel;
class QTreeView;

namespace xiuhua::ui {

// One line of the shortcuts list.
struct ShortcutEntry
{
    QString group; // "Incident", "Map", …
    QString description;
    QKeySequence keys;
};

// Help ▸ Keyboard shortcuts: every shortcut of the console, grouped, searchable.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);

    // Every action with a shortcut under `root` (menus, controllers: findChildren), then the fixed
    // keys the map and the command line handle themselves; duplicates by key are dropped.
    static QList<ShortcutEntry> collect(const QObject* root);
    static QList<ShortcutEntry> fromActions(const QString& group, const QList<QAction*>& actions);
    // The map's shortcuts (Ctrl+1..5 tools, Alt+Left/Right extents, Ctrl+0 jurisdiction, …) and
    // the canvas keys, as documented; used when the actions themselves are not at hand.
    static QList<ShortcutEntry> mapShortcuts();
    static QList<ShortcutEntry> commandLineShortcuts();
    // An F1 action for the Help menu that shows the dialog over `window`, listing collect(window).
    static QAction* createShowAction(QWidget* window);

    int entryCount() const;
    QList<ShortcutEntry> entries() const { return m_entries; }

private:
    QList<ShortcutEntry> m_entries;
    QStandardItemModel* m_model;
    QTreeView* m_view;
};

} // namespace xiuhua::ui
