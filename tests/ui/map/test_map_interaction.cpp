#include "map/canvas/extent_history.h"
#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool_controller.h"
#include "map/canvas/map_tool_overlay.h"
#include "map/canvas/map_tool_place.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "test_support.h"
#include "ui/console/main_window.h"
#include "ui/incidents/details_panel.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/map/add_layer_dialog.h"
#include "ui/map/layer_panel.h"
#include "ui/map/layer_tree_model.h"
#include "ui/map/map_context_menu.h"
#include "ui/map/map_interaction.h"
#include "ui/map/map_results_panel.h"
#include "ui/map/operational_overlay.h"
#include "ui/responders/responder_board_panel.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace xiuhua;
using namespace xiuhua::core;

namespace {

bool near(QPointF a, QPointF b, double eps)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

QAction* action(const QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

// The map's interaction in the composed main window on a demo database: selection sync between
// the map and the lists, tools from the toolbar, the context menu, back/forward, added layers.
class TestMapInteraction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::unique_ptr<ui::ConsoleSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    map::MapCanvas* canvas() const { return m_window->canvas(); }
    ui::MapInteraction* interaction() const { return m_window->mapInteraction(); }
    map::PointLayer* pointLayer(const QString& id) const
    {
        return static_cast<map::PointLayer*>(canvas()->layerStack()->layer(id));
    }
    QPointF pixelOf(const map::MapPoint& point) const
    {
        return canvas()->viewport().toPixel(canvas()->fromLonLat(QPointF(point.lon, point.lat)));
    }
    QPointF projectedOf(const map::MapPoint& point) const
    {
        return canvas()->fromLonLat(QPointF(point.lon, point.lat));
    }
    QPointF centreOfCommunity()
    {
        const auto communities = interaction()->contextMenu().communities();
        if (communities.empty())
            return {};
        const QRectF extent = interaction()->contextMenu().communityExtent(communities.front().first);
        return extent.center();
    }

private slots:
    void initTestCase()
    {
        QSettings().clear(); // no layout or layer choices from an earlier run
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                                        testing::recentMorning());
        m_session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::testOperator(),
                               testing::bundledMap(), QStringLiteral("en")});
        m_window = std::make_unique<ui::MainWindow>(*m_session);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        canvas()->zoomToFullExtent();
    }

    void init()
    {
        interaction()->tools().setTool(nullptr);
        canvas()->zoomToFullExtent();
    }

    void hasTheLayerPanelAndTheToolbar()
    {
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("layerPanelDock")));
        const QModelIndex base = m_window->layerPanel()->model()->groupIndex(ui::LayerTreeModel::BaseGroup);
        QVERIFY(m_window->layerPanel()->model()->rowCount(base) >= 8);
        for (const char* name : {"panTool", "zoomBoxTool", "identifyTool", "placeIncidentTool", "measureTool",
                                 "extentBack", "extentForward", "zoomToSelection", "addLayerAction"})
            QVERIFY2(action(*m_window, name), name);
        QVERIFY(action(*m_window, "panTool")->isChecked());
        QCOMPARE(action(*m_window, "extentBack")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(action(*m_window, "extentForward")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    }

    void selectingAnIncidentInTheListHighlightsAndShowsIt()
    {
        const map::MapPoint target = pointLayer(ui::OperationalOverlay::incidentLayerId)->points().back();
        // Far off: the map must scroll to show it.
        map::MapViewport away = canvas()->viewport();
        away.setCentre(projectedOf(target) + QPointF(5000, 5000));
        canvas()->setViewport(away);
        m_window->incidentQueue()->selectIncident(target.id);
        const auto highlight = interaction()->tools().overlay()->highlight();
        QVERIFY(highlight);
        QVERIFY(near(*highlight, projectedOf(target), 1e-6));
        QVERIFY(canvas()->viewport().extent().contains(projectedOf(target)));
        QVERIFY(action(*m_window, "zoomToSelection")->isEnabled());

        action(*m_window, "zoomToSelection")->trigger();
        QVERIFY(near(canvas()->viewport().centre(), projectedOf(target), 1e-6));
        QVERIFY(canvas()->viewport().scale() <= 1.0);
    }

    void clickingAResponderOnTheMapSelectsItInTheBoard()
    {
        // A responder no incident sits on top of, so the click can only hit the responder.
        std::optional<map::MapPoint> uncovered;
        for (const map::MapPoint& point : pointLayer(ui::OperationalOverlay::responderLayerId)->points()) {
            canvas()->zoomToExtent(QRectF(projectedOf(point) - QPointF(200, 200), QSizeF(400, 400)));
            if (!pointLayer(ui::OperationalOverlay::incidentLayerId)
                     ->pointAt(pixelOf(point), canvas()->viewport(), 8)) {
                uncovered = point;
                break;
            }
        }
        QVERIFY2(uncovered, "every responder on the map is covered by an incident");
        const map::MapPoint target = *uncovered;
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOf(target).toPoint());
        const QModelIndex current = m_window->responderBoard()->view()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(m_window->details()->plainText().contains(target.label));
        QVERIFY(near(*interaction()->tools().overlay()->highlight(), projectedOf(target), 1e-6));
    }

    void identifyToolShowsAttributesAndSelects()
    {
        const map::MapPoint target = pointLayer(ui::OperationalOverlay::incidentLayerId)->points().front();
        canvas()->zoomToExtent(QRectF(projectedOf(target) - QPointF(150, 150), QSizeF(300, 300)));
        action(*m_window, "identifyTool")->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOf(target).toPoint());
        const QString results = m_window->mapResults()->plainText();
        QVERIFY2(results.contains(target.label), qPrintable(results));
        QVERIFY(results.contains(QStringLiteral("Incidents")));
        QVERIFY(m_window->mapResults()->isVisible());
        // The incident is selected in the queue as well.
        QVERIFY(m_window->details()->plainText().contains(target.label));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("feature")));
    }

    void contextMenuOffersTheMapActions()
    {
        const QPointF inCommunity = canvas()->viewport().toPixel(centreOfCommunity());
        std::unique_ptr<QMenu> menu = interaction()->contextMenu().createMenu(inCommunity);
        QStringList names;
        for (QAction* entry : menu->actions())
            if (!entry->isSeparator())
                names << entry->objectName();
        QCOMPARE(names,
                 (QStringList{"newIncidentHere", "nearestResponders", "zoomToCommunity", "copyCoordinates"}));
        QAction* zoom = menu->findChild<QAction*>(QStringLiteral("zoomToCommunity"));
        QVERIFY(zoom->isEnabled());

        // Copy coordinates.
        menu->findChild<QAction*>(QStringLiteral("copyCoordinates"))->trigger();
        const QPointF lonLat = canvas()->toLonLat(canvas()->viewport().toMap(inCommunity));
        QCOMPARE(QGuiApplication::clipboard()->text(), ui::MapContextMenu::coordinateText(lonLat));

        // New incident here: the location and its community in the status bar.
        QSignalSpy picked(interaction(), &ui::MapInteraction::incidentLocationPicked);
        menu->findChild<QAction*>(QStringLiteral("newIncidentHere"))->trigger();
        QCOMPARE(picked.count(), 1);
        const auto community = interaction()->contextMenu().communityAt(lonLat);
        QVERIFY(community);
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            interaction()->contextMenu().communityName(*community)));

        // Nearest available responders, nearest first.
        menu->findChild<QAction*>(QStringLiteral("nearestResponders"))->trigger();
        QVERIFY(m_window->mapResults()->plainText().contains(QStringLiteral("Nearest available responders")));
        const auto* view = m_window->mapResults()->view();
        QVERIFY(view->model()->rowCount() > 0);
        double previous = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const double metres = view->model()->index(row, 3).data(Qt::UserRole + 2).toDouble();
            QVERIFY(metres >= previous);
            previous = metres;
        }

        // Zoom to community.
        zoom->trigger();
        const QRectF extent = interaction()->contextMenu().communityExtent(*community);
        QVERIFY(extent.width() > 100 && extent.height() > 100);
        QVERIFY(canvas()->viewport().extent().contains(extent));
        QVERIFY(canvas()->viewport().extent().width() < extent.width() * 2 ||
                canvas()->viewport().extent().height() < extent.height() * 2);
    }

    void placeIncidentToolPicksTheClickedPoint()
    {
        action(*m_window, "placeIncidentTool")->trigger();
        QCOMPARE(canvas()->cursor().shape(), Qt::CrossCursor);
        QSignalSpy picked(interaction(), &ui::MapInteraction::incidentLocationPicked);
        const QPoint pixel = canvas()->viewport().toPixel(centreOfCommunity()).toPoint();
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixel);
        QCOMPARE(picked.count(), 1);
        QVERIFY(
            near(picked.at(0).at(0).toPointF(), canvas()->toLonLat(canvas()->viewport().toMap(pixel)), 1e-9));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Incident location")));
        interaction()->placeTool().clearMarker();
    }

    void backAndForwardRestoreExtents()
    {
        map::ExtentHistory& history = interaction()->history();
        history.settle();
        const map::MapViewport start = canvas()->viewport();
        history.recordCurrent();
        canvas()->zoomIn();
        history.settle();
        const map::MapViewport zoomed = canvas()->viewport();
        QVERIFY(action(*m_window, "extentBack")->isEnabled());
        action(*m_window, "extentBack")->trigger();
        QCOMPARE(canvas()->viewport(), start);
        QVERIFY(action(*m_window, "extentForward")->isEnabled());
        action(*m_window, "extentForward")->trigger();
        QCOMPARE(canvas()->viewport(), zoomed);
    }

    void hoverTooltipDescribesTheIncident()
    {
        const map::MapPoint target = pointLayer(ui::OperationalOverlay::incidentLayerId)->points().front();
        const QString tip = interaction()->pointToolTip(ui::OperationalOverlay::incidentLayerId, target.id);
        QVERIFY(tip.contains(target.label));
        QVERIFY(tip.contains(
            m_demo->taxonomy.displayName(target.category, QStringLiteral("en")).toHtmlEscaped()));
        const map::MapPoint responder =
            pointLayer(ui::OperationalOverlay::responderLayerId)->points().front();
        QVERIFY(interaction()
                    ->pointToolTip(ui::OperationalOverlay::responderLayerId, responder.id)
                    .contains(responder.label.toHtmlEscaped()));
    }

    void addLayersFromAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("patrol.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Route 1"},
            "geometry": {"type": "LineString", "coordinates": [[121.470, 31.229], [121.476, 31.232]]}}]})");
        file.close();
        const QStringList errors = m_window->addLayers(ui::parseLayerArgument(path));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const QString id = m_window->layerPanel()->currentLayerId();
        QVERIFY(!id.isEmpty());
        QVERIFY(canvas()->layerStack()->layer(id));
        QVERIFY(!canvas()->layerStack()->layer(id)->isOperational());

        QVERIFY(!m_window->addLayers(ui::parseLayerArgument(m_dir.filePath(QStringLiteral("missing.gpkg"))))
                     .isEmpty());
        const QString failed = m_window->layerPanel()->currentLayerId();
        QVERIFY(!canvas()->layerStack()->layer(failed)->errorString().isEmpty());
    }
};

QTEST_MAIN(TestMapInteraction)
#include "test_map_interaction.moc"
