#include "ui/console/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace xiuhua::ui {

namespace {

// The menu text without its mnemonic and ellipsis.
QString plainText(const QString& text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (plain.endsWith(QStringLiteral("…")))
        plain.chop(1);
    return plain;
}

// The title a menu, toolbar or dock shows; empty for anything else.
QString titleOf(const QObject* object)
{
    if (const auto* menu = qobject_cast<const QMenu*>(object))
        return plainText(menu->title());
    if (qobject_cast<const QToolBar*>(object) || qobject_cast<const QDockWidget*>(object))
        return plainText(static_cast<const QWidget*>(object)->windowTitle());
    return {};
}

// The menu the action is in (else its toolbar), as the operator finds it; else the nearest
// titled menu, toolbar or dock among its owners (the command line's action lives in a toolbar).
QString groupOf(const QAction* action)
{
    const QList<QObject*> shownIn = action->associatedObjects();
    for (const QObject* object : shownIn) {
        if (qobject_cast<const QMenu*>(object) && !titleOf(object).isEmpty())
            return titleOf(object);
    }
    for (const QObject* object : shownIn) {
        if (const QString title = titleOf(object); !title.isEmpty())
            return title;
    }
    for (const QObject* owner = action->parent(); owner; owner = owner->parent()) {
        if (const QString title = titleOf(owner); !title.isEmpty())
            return title;
    }
    return ShortcutsDialog::tr("Console");
}

// Whether the action's shortcut can fire in `window`: it is in a menu, or on a widget of the window
// that is shown (not a toolbar or command line the permission gate hid), and not inside one of the
// window's own dialogs, whose keys act only there. An action on no widget has no working shortcut.
bool reachable(const QAction* action, const QWidget* window)
{
    for (const QObject* owner = action->parent(); owner && owner != window; owner = owner->parent()) {
        if (qobject_cast<const QDialog*>(owner))
            return false;
    }
    const QList<QObject*> shownIn = action->associatedObjects();
    return std::any_of(shownIn.begin(), shownIn.end(), [window](const QObject* object) {
        if (qobject_cast<const QMenu*>(object))
            return true; // menus are shown on demand
        const auto* widget = qobject_cast<const QWidget*>(object);
        return widget && (widget == window || widget->isVisibleTo(window));
    });
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_entries(entriesFor(actions)), m_model(new QStandardItemModel(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 620);
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    std::map<QString, QStandardItem*> groups;
    for (const ShortcutEntry& entry : m_entries) {
        QStandardItem*& group = groups[entry.group];
        if (!group) {
            group = new QStandardItem(entry.group);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow({group, new QStandardItem});
        }
        QStringList keys;
        for (const QKeySequence& sequence : entry.keys)
            keys << sequence.toString(QKeySequence::NativeText);
        group->appendRow(
            {new QStandardItem(entry.description), new QStandardItem(keys.join(QStringLiteral(", ")))});
    }
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Search actions or keys…"));
    filter->setClearButtonEnabled(true);
    m_view->setModel(proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(filter, &QLineEdit::textChanged, this, [this, proxy](const QString& text) {
        proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
}

int ShortcutsDialog::entryCount() const
{
    return int(m_entries.size());
}

QList<QAction*> ShortcutsDialog::shortcutActions(const QWidget* window)
{
    QList<QAction*> actions;
    if (!window)
        return actions;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->isVisible() && !action->shortcut().isEmpty() && reachable(action, window))
            actions << action;
    }
    return actions;
}

QList<ShortcutEntry> ShortcutsDialog::entriesFor(const QList<QAction*>& actions)
{
    QList<ShortcutEntry> entries;
    for (const QAction* action : actions) {
        if (!action || action->shortcut().isEmpty())
            continue;
        QList<QKeySequence> keys;
        for (const QKeySequence& sequence : action->shortcuts()) {
            if (!sequence.isEmpty())
                keys << sequence;
        }
        entries.push_back({groupOf(action), plainText(action->text()), keys});
    }
    return entries;
}

QAction* ShortcutsDialog::createShowAction(QWidget* window)
{
    auto* action = new QAction(tr("&Keyboard shortcuts…"), window);
    action->setObjectName(QStringLiteral("shortcutsAction"));
    action->setShortcut(QKeySequence(Qt::Key_F1));
    QObject::connect(action, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(shortcutActions(window), window);
        dialog.exec();
    });
    return action;
}

} // namespace xiuhua::ui
