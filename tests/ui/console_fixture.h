#pragma once

#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/console/main_window.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace xiuhua::testing {

// The whole console on a fresh demo database, shown offscreen at a desktop size.
struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<ui::ConsoleSession> session;
    std::unique_ptr<ui::MainWindow> window;

    // False when the jurisdiction services could not be built or the window was not shown.
    bool open()
    {
        // Start from a clean slate: no window layout or layer choices from an earlier run.
        QSettings().clear();
        demo = std::make_unique<DemoFixture>(dir.filePath(QStringLiteral("demo.sqlite")), recentMorning());
        session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*demo->store, demo->taxonomy, demo->notifier, testOperator(), bundledMap(),
                               QStringLiteral("zh_CN")});
        if (!ui::loadJurisdictionServices(*session).isEmpty())
            return false;
        window = std::make_unique<ui::MainWindow>(*session);
        // Not maximised as on a first start: these tests want a known desktop size.
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};

} // namespace xiuhua::testing
