#include "core/geo_distance.h"
#include "geo/route_planner.h"
#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/map/map_results_panel.h"

#include <QAbstractItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// "Nearest available responders" from the map: road travel time as the "Who goes" panel ranks,
// with a straight-line fallback that says so.
class TestMapResultsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roadTravelTimeQuickestFirst();
    void withoutRoadsStraightLineAndSaysSo();
    void panelShowsTravelTimeAndMarksEstimates();

private:
    QPointF probe() const;

    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::unique_ptr<ui::ConsoleSession> m_session;
};

void TestMapResultsPanel::initTestCase()
{
    m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                                    testing::recentMorning());
    m_session = std::make_unique<ui::ConsoleSession>(
        ui::ConsoleSession{*m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::testOperator(),
                           testing::bundledMap(), QStringLiteral("en")});
    QCOMPARE(ui::loadJurisdictionServices(*m_session), QStringList());
    QVERIFY(m_session->planner);
}

// Between two available responders: several are near, in different directions.
QPointF TestMapResultsPanel::probe() const
{
    for (const core::Responder& r : m_demo->store->read().responders()) {
        if (r.status == core::ResponderStatus::Available && core::isFieldResponder(r.kind) && r.lastPosition)
            return QPointF(r.lastPosition->lon + 0.003, r.lastPosition->lat + 0.002);
    }
    return {};
}

void TestMapResultsPanel::roadTravelTimeQuickestFirst()
{
    const QPointF at = probe();
    QVERIFY(!at.isNull());
    const auto nearby =
        ui::nearestAvailableResponders(m_demo->store->read(), m_demo->taxonomy, m_session->planner, at, 8);
    QVERIFY(nearby.size() >= 3);
    QVERIFY(nearby.size() <= 8);
    int byRoad = 0;
    bool roadLongerThanCrowFlies = false;
    for (std::size_t i = 0; i < nearby.size(); ++i) {
        const ui::NearbyResponder& r = nearby[i];
        QCOMPARE(r.responder.status, core::ResponderStatus::Available);
        if (i > 0)
            QVERIFY(r.seconds >= nearby[i - 1].seconds); // quickest first, not nearest as the crow flies
        if (!r.byRoad)
            continue;
        ++byRoad;
        QVERIFY(r.seconds > 0);
        QVERIFY(!r.notes.join(QString()).contains(QStringLiteral("straight")));
        if (r.responder.lastPosition) {
            const double crow =
                core::distanceMetres(*r.responder.lastPosition, core::GeoPoint{at.x(), at.y()});
            QVERIFY2(r.metres >= crow * 0.98, qPrintable(QStringLiteral("%1 < %2").arg(r.metres).arg(crow)));
            roadLongerThanCrowFlies = roadLongerThanCrowFlies || r.metres > crow * 1.05;
        }
    }
    QVERIFY(byRoad >= int(nearby.size()) - 1); // the bundled map's streets reach (nearly) everyone
    QVERIFY(roadLongerThanCrowFlies);
}

void TestMapResultsPanel::withoutRoadsStraightLineAndSaysSo()
{
    const auto nearby =
        ui::nearestAvailableResponders(m_demo->store->read(), m_demo->taxonomy, nullptr, probe(), 5);
    QCOMPARE(nearby.size(), std::size_t(5));
    for (const ui::NearbyResponder& r : nearby) {
        QVERIFY(!r.byRoad);
        QVERIFY(r.notes.join(QString()).contains(QStringLiteral("straight-line")));
    }
    ui::MapResultsPanel panel;
    panel.showNearestResponders(probe(), nearby);
    const QString text = panel.plainText();
    QVERIFY2(text.contains(QStringLiteral("(straight line: no road route)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(" *")));
}

void TestMapResultsPanel::panelShowsTravelTimeAndMarksEstimates()
{
    auto nearby = ui::nearestAvailableResponders(m_demo->store->read(), m_demo->taxonomy, m_session->planner,
                                                 probe(), 4);
    QVERIFY(nearby.size() >= 2);
    for (auto& r : nearby)
        r.byRoad = true;
    ui::MapResultsPanel panel;
    panel.showNearestResponders(probe(), nearby);
    QVERIFY2(panel.plainText().contains(QStringLiteral("(travel time by road)")),
             qPrintable(panel.plainText()));
    QCOMPARE(panel.view()->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Travel time"));
    QCOMPARE(panel.view()->model()->index(0, 3).data(Qt::UserRole + 2).toDouble(), nearby.front().seconds);
    QVERIFY(!panel.view()->model()->index(0, 3).data().toString().endsWith(QStringLiteral(" *")));

    nearby.back().byRoad = false; // one fell back
    panel.showNearestResponders(probe(), nearby);
    QVERIFY(panel.plainText().contains(QStringLiteral("(travel time by road; * straight line)")));
    const int last = panel.view()->model()->rowCount() - 1;
    QVERIFY(panel.view()->model()->index(last, 3).data().toString().endsWith(QStringLiteral(" *")));
}

QTEST_MAIN(TestMapResultsPanel)
#include "test_map_results_panel.moc"
