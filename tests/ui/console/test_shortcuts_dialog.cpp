#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/console/shortcuts_dialog.h"
#include "ui/incidents/incident_actions.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    static bool lists(const QList<ui::ShortcutEntry>& entries, const QKeySequence& keys)
    {
        return std::any_of(entries.begin(), entries.end(),
                           [&](const ui::ShortcutEntry& entry) { return entry.keys == keys; });
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void listsTheActionsAndTheMapKeys()
    {
        ui::ConsoleSession session{*m_demo->store,          m_demo->taxonomy,      m_demo->notifier,
                                   testing::testOperator(), testing::bundledMap(), QStringLiteral("en")};
        QWidget window;
        auto* actions = new ui::IncidentActions(session, &window);
        auto* menu = new QMenu(QStringLiteral("&Map"), &window);
        menu->addAction(QStringLiteral("Zoom to &jurisdiction"))->setShortcut(Qt::CTRL | Qt::Key_0);
        window.addAction(ui::ShortcutsDialog::createShowAction(&window));

        const QList<ui::ShortcutEntry> entries = ui::ShortcutsDialog::collect(&window);
        for (QAction* action : actions->allActions())
            QVERIFY2(lists(entries, action->shortcut()), qPrintable(action->objectName()));
        for (const QKeySequence& keys :
             {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_5),
              QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Right),
              QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F1),
              QKeySequence(Qt::CTRL | Qt::Key_L)})
            QVERIFY2(lists(entries, keys), qPrintable(keys.toString()));
        // Ctrl+0 from the menu is listed once, under the menu's title.
        int jurisdiction = 0;
        for (const ui::ShortcutEntry& entry : entries) {
            if (entry.keys == QKeySequence(Qt::CTRL | Qt::Key_0)) {
                ++jurisdiction;
                QCOMPARE(entry.group, QStringLiteral("Map"));
                QCOMPARE(entry.description, QStringLiteral("Zoom to jurisdiction"));
            }
        }
        QCOMPARE(jurisdiction, 1);

        ui::ShortcutsDialog dialog(entries);
        QCOMPARE(dialog.entryCount(), int(entries.size()));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "test_shortcuts_dialog.moc"
