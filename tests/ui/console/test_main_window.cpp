#include "dispatch/incident_service.h"
#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "test_support.h"
#include "ui/console/main_window.h"
#include "ui/console_fixture.h"
#include "ui/incidents/details_panel.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/map/operational_overlay.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;
    std::unique_ptr<testing::DemoFixture>& m_demo = m_console.demo;
    std::unique_ptr<ui::MainWindow>& m_window = m_console.window;

private slots:
    void initTestCase() { QVERIFY(m_console.open()); }

    void showsTheDocksAndTheMap()
    {
        for (const char* name : {"incidentQueueDock", "responderBoardDock", "detailsDock"}) {
            auto* dock = m_window->findChild<QDockWidget*>(QString::fromLatin1(name));
            QVERIFY2(dock && dock->isVisible(), name);
        }
        QVERIFY(m_window->canvas()->isVisible());
        QVERIFY(m_window->mapErrors().isEmpty());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("demoLabel")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("operatorLabel"))
                     ->text()
                     .contains(QStringLiteral("测试操作员")),
                 true);
    }

    void theWindowShowsTheJurisdictionAtItsSize()
    {
        // What the dispatcher sees (the widget, with the background render), not a separate render.
        map::MapCanvas* canvas = m_window->canvas();
        const QRectF home = canvas->homeExtent();
        QVERIFY(!home.isNull());
        const QRectF view = canvas->viewport().extent();
        QVERIFY2(view.contains(home.center()), "the view is centred on the jurisdiction");
        QVERIFY2(view.width() < 2.5 * home.width() && view.height() < 2.5 * home.height(),
                 "the jurisdiction fills the view, it is not a speck in the middle");
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->baseMapImage().isNull(), 20000);
        const QImage shown = canvas->grab().toImage();
        QHash<QRgb, int> colours;
        for (int y = 0; y < shown.height(); y += 7)
            for (int x = 0; x < shown.width(); x += 7)
                ++colours[shown.pixel(x, y)];
        QVERIFY2(colours.size() > 20, "the base map is on screen");
    }

    void mapDrawsTheJurisdiction()
    {
        const QImage image = m_window->canvas()->grabMap();
        QVERIFY(!image.isNull());
        QHash<QRgb, int> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                ++colours[image.pixel(x, y)];
        QVERIFY2(colours.size() > 20, "the map should have many colours: roads, blocks, buildings, green");
        auto* layer = m_window->canvas()->layerStack()->layer(ui::OperationalOverlay::incidentLayerId);
        QVERIFY(layer);
        QVERIFY(!static_cast<map::PointLayer*>(layer)->points().empty());
    }

    void newIncidentAppearsEverywhere()
    {
        auto* queueView = m_window->incidentQueue()->view();
        // The queue's filter proxy over the incident table, checked through the insertion.
        QAbstractItemModelTester proxy(queueView->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rowsBefore = queueView->model()->rowCount();
        auto* incidents = static_cast<map::PointLayer*>(
            m_window->canvas()->layerStack()->layer(ui::OperationalOverlay::incidentLayerId));
        const std::size_t pointsBefore = incidents->points().size();

        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("fire");
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("黄河路 21 号");
        const Incident incident =
            dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
                .create(testing::testOperator(), draft);

        QCOMPARE(queueView->model()->rowCount(), rowsBefore + 1);
        QCOMPARE(incidents->points().size(), pointsBefore + 1);
        QVERIFY(incidents->point(incident.id));

        m_window->incidentQueue()->selectIncident(incident.id);
        QVERIFY(m_window->details()->plainText().contains(incident.number));
        QVERIFY(m_window->details()->plainText().contains(QStringLiteral("黄河路 21 号")));
    }

    void clickingAnIncidentOnTheMapSelectsIt()
    {
        auto* incidents = static_cast<map::PointLayer*>(
            m_window->canvas()->layerStack()->layer(ui::OperationalOverlay::incidentLayerId));
        const map::MapPoint target = incidents->points().front();
        const QPointF pixel = m_window->canvas()->viewport().toPixel(
            m_window->canvas()->fromLonLat(QPointF(target.lon, target.lat)));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixel.toPoint());
        QVERIFY(m_window->details()->plainText().contains(target.label));
    }

    void aBrokenAuditRecordStaysMarked()
    {
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("auditBrokenLabel")));
        m_window->showAuditRecordBroken(12);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("auditBrokenLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisibleTo(m_window.get()));
        QVERIFY(label->toolTip().contains(QLatin1String("12")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
