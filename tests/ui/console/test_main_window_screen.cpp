#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/console/main_window.h"

#include <QApplication>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// The console on a 1366×768 screen (a common police workstation): this program gives the
// offscreen platform a screen of that size before the application starts, see main() below.
class TestMainWindowScreen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::unique_ptr<ui::ConsoleSession> m_session;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(*m_session);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // The map's share of the window after layout, and the docks' widths for the failure message.
    static QByteArray widths(const ui::MainWindow& window)
    {
        QStringList parts{
            QStringLiteral("window %1, map %2").arg(window.width()).arg(window.canvas()->width())};
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (dock->isVisible())
                parts << QStringLiteral("%1 %2").arg(dock->objectName()).arg(dock->width());
        }
        return parts.join(QStringLiteral(", ")).toUtf8();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        m_session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::testOperator(),
                               testing::bundledMap(), QStringLiteral("zh_CN")});
        QVERIFY(ui::loadJurisdictionServices(*m_session).isEmpty());
    }

    void init() { QSettings().clear(); }

    void theFirstStartFillsTheScreenAndTheMapKeepsHalf()
    {
        const auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->isMaximized());
        QVERIFY2(available().contains(window->frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                                               .arg(window->x())
                                                                               .arg(window->y())
                                                                               .arg(window->width())
                                                                               .arg(window->height())));
        QVERIFY2(window->width() >= available().width() * 9 / 10, widths(*window).constData());
        QVERIFY2(window->canvas()->width() * 2 >= window->width(), widths(*window).constData());
    }

    void aGeometrySavedOnALargerScreenIsBroughtOntoThisOne()
    {
        // What saveGeometry() wrote for a 2560×1440 window at (3000, 2000) on a larger desktop.
        QWidget large;
        large.setGeometry(3000, 2000, 2560, 1440);
        const QByteArray saved = large.saveGeometry();
        {
            const auto first = openWindow(); // a layout saved at close, dock sizes included
            QVERIFY(first);
            first->close();
        }
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), saved);

        const auto window = openWindow();
        QVERIFY(window);
        QVERIFY2(available().contains(window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(window->frameGeometry().x())
                                .arg(window->frameGeometry().y())
                                .arg(window->frameGeometry().width())
                                .arg(window->frameGeometry().height())));
        QVERIFY2(window->canvas()->width() * 2 >= window->width(), widths(*window).constData());
    }
};

int main(int argc, char** argv)
{
    // The offscreen platform's screen comes from a configuration file (Qt 6.3+).
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "workstation", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return 2;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    TestMainWindowScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window_screen.moc"
