#include "ui/console/shortcuts_dialog.h"

#include "ui/incidents/command_line_widget.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

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

QString groupOf(const QAction* action)
{
    for (const QObject* owner = action->parent(); owner; owner = owner->parent()) {
        if (const auto* menu = qobject_cast<const QMenu*>(owner); menu && !menu->title().isEmpty())
            return plainText(menu->title());
        const QString name = QString::fromLatin1(owner->metaObject()->className());
        if (name.contains(QStringLiteral("IncidentActions")))
            return ShortcutsDialog::tr("Incidents and responders");
        if (name.contains(QStringLiteral("MapInteraction")) || name.contains(QStringLiteral("MapTool")))
            return ShortcutsDialog::tr("Map");
    }
    return ShortcutsDialog::tr("Console");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent)
    : QDialog(parent), m_entries(entries), m_model(new QStandardItemModel(this)), m_view(new QTreeView(this))
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
        group->appendRow({new QStandardItem(entry.description),
                          new QStandardItem(entry.keys.toString(QKeySequence::NativeText))});
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

QList<ShortcutEntry> ShortcutsDialog::fromActions(const QString& group, const QList<QAction*>& actions)
{
    QList<ShortcutEntry> entries;
    for (const QAction* action : actions) {
        if (!action)
            continue;
        for (const QKeySequence& keys : action->shortcuts()) {
            if (!keys.isEmpty())
                entries.push_back(
                    {group.isEmpty() ? groupOf(action) : group, plainText(action->text()), keys});
        }
    }
    return entries;
}

QList<ShortcutEntry> ShortcutsDialog::mapShortcuts()
{
    const QString map = tr("Map");
    return {
        {map, tr("Pan"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {map, tr("Zoom box"), QKeySequence(Qt::CTRL | Qt::Key_2)},
        {map, tr("Identify"), QKeySequence(Qt::CTRL | Qt::Key_3)},
        {map, tr("Place incident"), QKeySequence(Qt::CTRL | Qt::Key_4)},
        {map, tr("Measure"), QKeySequence(Qt::CTRL | Qt::Key_5)},
        {map, tr("Previous extent"), QKeySequence(Qt::ALT | Qt::Key_Left)},
        {map, tr("Next extent"), QKeySequence(Qt::ALT | Qt::Key_Right)},
        {map, tr("Zoom to jurisdiction"), QKeySequence(Qt::CTRL | Qt::Key_0)},
        {map, tr("Zoom to selection"), QKeySequence(Qt::CTRL | Qt::Key_9)},
        {map, tr("Zoom in"), QKeySequence(QKeySequence::ZoomIn)},
        {map, tr("Zoom out"), QKeySequence(QKeySequence::ZoomOut)},
        {map, tr("Zoom in (map focused)"), QKeySequence(Qt::Key_Plus)},
        {map, tr("Zoom out (map focused)"), QKeySequence(Qt::Key_Minus)},
        {map, tr("Pan (map focused)"), QKeySequence(Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down)},
        {map, tr("Home extent (map focused)"), QKeySequence(Qt::Key_Home)},
        {map, tr("Leave the tool / stop measuring"), QKeySequence(Qt::Key_Escape)}};
}

QList<ShortcutEntry> ShortcutsDialog::commandLineShortcuts()
{
    const QString line = tr("Command line");
    return {{line, tr("Go to the command line"), CommandLineWidget::focusShortcut()},
            {line, tr("Complete the word"), QKeySequence(Qt::Key_Tab)},
            {line, tr("Run the command"), QKeySequence(Qt::Key_Return)},
            {line, tr("Previous / next command"), QKeySequence(Qt::Key_Up, Qt::Key_Down)},
            {line, tr("Clear"), QKeySequence(Qt::Key_Escape)}};
}

QList<ShortcutEntry> ShortcutsDialog::collect(const QObject* root)
{
    QList<ShortcutEntry> entries;
    if (root)
        entries = fromActions({}, root->findChildren<QAction*>());
    entries << mapShortcuts() << commandLineShortcuts();
    QList<ShortcutEntry> unique;
    std::set<QString> seen;
    for (const ShortcutEntry& entry : entries) {
        // A key listed under two groups (e.g. the map's documented keys) is kept once; the
        // command line's own keys only act there, so they may repeat others.
        const QString key = entry.keys.toString(QKeySequence::PortableText);
        const bool local = entry.group == tr("Command line");
        if (local || seen.insert(key).second)
            unique << entry;
    }
    return unique;
}

QAction* ShortcutsDialog::createShowAction(QWidget* window)
{
    auto* action = new QAction(tr("&Keyboard shortcuts…"), window);
    action->setObjectName(QStringLiteral("shortcutsAction"));
    action->setShortcut(QKeySequence(Qt::Key_F1));
    QObject::connect(action, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(collect(window), window);
        dialog.exec();
    });
    return action;
}

} // namespace xiuhua::ui
