#include "ui/console/main_window.h"
#include "ui/console/shortcuts_dialog.h"
#include "ui/console_fixture.h"
#include "ui/incidents/command_line_widget.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <set>

using namespace xiuhua;

namespace {

using Row = std::pair<QString, QString>; // action text as listed, keys as shown

QString keysText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString listedText(const QAction* action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

// What the operator can reach, found independently of the dialog: the menus (and their submenus),
// the toolbars and the command line's own action; only the visible ones with a shortcut.
void addReachable(const QList<QAction*>& actions, std::multiset<Row>& rows, std::set<const QAction*>& seen)
{
    for (const QAction* action : actions) {
        if (!action->isVisible() || !seen.insert(action).second)
            continue;
        if (action->menu())
            addReachable(action->menu()->actions(), rows, seen);
        else if (!action->shortcut().isEmpty())
            rows.insert({listedText(action), keysText(action)});
    }
}

std::multiset<Row> reachableRows(const ui::MainWindow& window)
{
    std::multiset<Row> rows;
    std::set<const QAction*> seen;
    addReachable(window.menuBar()->actions(), rows, seen);
    for (const QToolBar* toolbar : window.findChildren<QToolBar*>())
        addReachable(toolbar->actions(), rows, seen);
    if (const auto* line = window.findChild<ui::CommandLineWidget*>())
        addReachable(line->actions(), rows, seen);
    return rows;
}

// The rows the dialog shows (group rows hold the actions).
std::multiset<Row> shownRows(const ui::ShortcutsDialog& dialog)
{
    std::multiset<Row> rows;
    const QAbstractItemModel* model = dialog.findChild<QTreeView*>()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            rows.insert(
                {model->index(r, 0, group).data().toString(), model->index(r, 1, group).data().toString()});
    }
    return rows;
}

QString describe(const std::multiset<Row>& rows)
{
    QStringList lines;
    for (const Row& row : rows)
        lines << row.first + QStringLiteral(" = ") + row.second;
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;

    // As Help ▸ Keyboard shortcuts (F1) builds it.
    std::unique_ptr<ui::ShortcutsDialog> openDialog() const
    {
        ui::MainWindow* window = m_console.window.get();
        return std::make_unique<ui::ShortcutsDialog>(ui::ShortcutsDialog::shortcutActions(window), window);
    }

private slots:
    void initTestCase() { QVERIFY(m_console.open()); }

    void listsExactlyTheActionsThatHaveShortcuts()
    {
        const std::multiset<Row> expected = reachableRows(*m_console.window);
        QVERIFY(expected.size() > 10);
        const auto dialog = openDialog();
        const std::multiset<Row> shown = shownRows(*dialog);
        QVERIFY2(
            shown == expected,
            qPrintable(QStringLiteral("shown: %1\nexpected: %2").arg(describe(shown), describe(expected))));
        QCOMPARE(dialog->entryCount(), int(expected.size()));
        // The map tools, the command line and the dialog's own F1 are among them.
        for (const char* name :
             {"panTool", "measureTool", "focusCommandLine", "shortcutsAction", "newIncident"}) {
            const auto* action = m_console.window->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(shown.count({listedText(action), keysText(action)}) == 1, name);
        }
    }

    void aChangedShortcutShowsAsItIs()
    {
        auto* newIncident = m_console.window->findChild<QAction*>(QStringLiteral("newIncident"));
        auto* correct = m_console.window->findChild<QAction*>(QStringLiteral("correctIncident"));
        QVERIFY(newIncident && correct);
        const QList<QKeySequence> before = newIncident->shortcuts();
        const QKeySequence correctBefore = correct->shortcut();
        newIncident->setShortcuts({QKeySequence(Qt::Key_F9)});
        correct->setShortcut({});

        const std::multiset<Row> shown = shownRows(*openDialog());
        QVERIFY2(shown.count({QStringLiteral("New incident"), QStringLiteral("F9")}) == 1,
                 qPrintable(describe(shown)));
        QCOMPARE(shown.count({QStringLiteral("New incident"), QStringLiteral("F2, Ins")}), std::size_t(0));
        for (const Row& row : shown)
            QVERIFY2(row.first != listedText(correct), "an action without a shortcut is not listed");

        newIncident->setShortcuts(before);
        correct->setShortcut(correctBefore);
        const std::multiset<Row> again = shownRows(*openDialog());
        QCOMPARE(again.count({QStringLiteral("New incident"), QStringLiteral("F9")}), std::size_t(0));
        QCOMPARE(again.count({listedText(correct), keysText(correct)}), std::size_t(1));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "test_shortcuts_dialog.moc"
