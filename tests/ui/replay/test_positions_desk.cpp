#include "dispatch/incident_service.h"
#include "dispatch/position_follower.h"
#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "ui/console_fixture.h"
#include "ui/incidents/details_panel.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/map/trail_layer.h"
#include "ui/position_feed.h"
#include "ui/replay/positions_desk.h"
#include "ui/replay/replay_panel.h"
#include "ui/responders/live_positions.h"
#include "ui/responders/responder_board_panel.h"
#include "ui/review_grab.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The whole console: a phone's walk arrives, selecting the officer shows the last hour's trail,
// and one click in an incident's details replays that incident's period in the replay dock.
//   XIUHUA_GRAB_DIR=/tmp/grabs saves map_with_trail.png and replay_panel.png for review.
class TestPositionsDesk : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;
    Responder m_walker;
    QDateTime m_now;
    std::unique_ptr<testing::PhoneFeed> m_phone;

    ui::PositionsDesk& desk() { return *m_console.window->positions(); }
    map::LayerStack& layers() { return *m_console.window->canvas()->layerStack(); }
    // Like testing::grabForReview, but the console stays shown for the next test.
    void grab(const char* name)
    {
        const QString folder = qEnvironmentVariable("XIUHUA_GRAB_DIR");
        if (folder.isEmpty())
            return;
        QTest::qWait(300);
        m_console.window->grab().save(folder + QLatin1Char('/') + QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        testing::installReviewTranslation(this);
        QVERIFY(m_console.open());
        m_walker = testing::onDutyResponder(*m_console.demo, 2);
        QVERIFY(m_walker.id != 0);
        m_phone =
            std::make_unique<testing::PhoneFeed>(*m_console.demo, m_walker.id, QStringLiteral("desk-1"));
        m_now = QDateTime::currentDateTimeUtc();
        // 50 minutes along a street, a fix every two minutes, about 0.5 m/s.
        std::vector<dispatch::PositionReport> walk;
        for (int step = 0; step <= 25; ++step)
            walk.push_back(testing::PhoneFeed::fix(
                m_now.addSecs((step - 25) * 120), m_walker.lastPosition->lon + 0.0006 * step,
                m_walker.lastPosition->lat + 0.0002 * step, 60 - step * 2));
        QVERIFY(m_phone->report(walk));
        desk().live()->follower()->poll();
    }

    void selectingAResponderShowsTheirTrail()
    {
        m_console.window->responderBoard()->selectResponder(m_walker.id);
        auto* trail = qobject_cast<ui::TrailLayer*>(layers().layer(ui::TrailLayer::layerId));
        QVERIFY(trail);
        QCOMPARE(trail->responderId(), m_walker.id);
        QCOMPARE(trail->fixes().size(), 26u);
        QVERIFY(trail->ticks().size() >= 9);
        const auto point = m_console.window->canvas()->layerStack()->layer(QStringLiteral("responders"));
        QVERIFY(point);
        m_console.window->canvas()->zoomToExtent(trail->extent().adjusted(-300, -300, 300, 300));
        grab("map_with_trail.png");
    }

    void oneClickReplaysAnIncidentsPeriod()
    {
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{m_walker.lastPosition->lon + 0.004, m_walker.lastPosition->lat + 0.002};
        draft.receivedAt = m_now.addSecs(-30 * 60);
        const Incident incident = dispatch::IncidentService({*m_console.demo->store, m_console.demo->taxonomy,
                                                             m_console.demo->notifier})
                                      .create(testing::testOperator(), draft);
        m_console.window->incidentQueue()->selectIncident(incident.id);
        auto* button =
            m_console.window->details()->findChild<QPushButton*>(QStringLiteral("replayIncidentButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!desk().replayDock()->isVisible());
        button->click();
        QVERIFY(desk().replayDock()->isVisible());

        ui::ReplayPanel& panel = *desk().replayPanel();
        const auto expected = ui::incidentReplayPeriod(m_console.demo->store->read(), incident.id,
                                                       QDateTime::currentDateTimeUtc());
        QVERIFY(expected);
        QCOMPARE(panel.period().from, incident.receivedAt.addSecs(-600));
        QCOMPARE(panel.period().from, expected->from);
        QVERIFY(qAbs(panel.period().to.secsTo(expected->to)) <= 5); // open: until now
        QCOMPARE(panel.responder(), std::optional<Id>());
        QCOMPARE(panel.time(), panel.period().from);
        QVERIFY(panel.model().fixCount() >= 20u);

        // Ten minutes into the period at 60×: the walker is where their fix of that moment put them.
        panel.setSpeed(60);
        for (int tick = 0; tick < 50; ++tick)
            panel.advance(ui::ReplayPanel::kTickMs); // 50 × 0.2 s × 60 = 600 s
        QCOMPARE(panel.time(), panel.period().from.addSecs(600));
        const auto there = panel.pointLayer()->point(m_walker.id);
        QVERIFY(there);
        const auto expectedFix = panel.model().positionsAt(panel.time());
        const auto mine = std::find_if(expectedFix.begin(), expectedFix.end(),
                                       [this](const auto& p) { return p.responderId == m_walker.id; });
        QVERIFY(mine != expectedFix.end());
        QCOMPARE(there->lon, mine->fix.location.lon);
        QVERIFY(mine->ageSeconds < 120);
        m_console.window->canvas()->zoomToExtent(
            QRectF(layers().layer(ui::TrailLayer::layerId)->extent()).adjusted(-400, -400, 400, 400));
        grab("replay_panel.png");
    }

    void hiddenFromRolesThatMayNotReplay()
    {
        desk().applyPermissions(false);
        QVERIFY(!desk().replayDock()->isVisible());
        QVERIFY(!desk().replayAction()->isVisible());
        QVERIFY(desk().replayPanel()->pointLayer()->points().empty()); // closing took the past off the map
        desk().applyPermissions(true);
    }
};

QTEST_MAIN(TestPositionsDesk)
#include "test_positions_desk.moc"
