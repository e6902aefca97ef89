#include "core/position_freshness.h"
#include "dispatch/position_follower.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "ui/map/operational_overlay.h"
#include "ui/map/trail_layer.h"
#include "ui/position_feed.h"
#include "ui/responders/live_positions.h"
#include "ui/responders/responder_table_model.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// Positions a phone reports through the station service (a second connection) reach the console's
// board and map as one changed row and one moved point; fixes fade and grey by age on a clock the
// test sets; the selected responder's trail grows.
class TestLivePositions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    int m_phones = 0;

    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    static OGRSpatialReference displayCrs() { return geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg()); }
    std::unique_ptr<testing::PhoneFeed> phoneFor(const Responder& responder)
    {
        return std::make_unique<testing::PhoneFeed>(*m_demo, responder.id,
                                                    QStringLiteral("live-%1").arg(++m_phones));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void theRightRowAndPointMoveAndTheSelectionStays()
    {
        ui::ResponderTableModel model(reader());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        map::LayerStack stack;
        ui::OperationalOverlay overlay(reader(), stack, displayCrs());
        QDateTime now = QDateTime::currentDateTimeUtc();
        ui::LivePositions live(reader(), model, overlay, nullptr, [&now] { return now; });

        const Responder moving = testing::onDutyResponder(*m_demo, 2);
        QVERIFY(moving.id != 0);
        const QModelIndex movingRow = model.indexOfResponder(moving.id);
        // Another responder selected: the update must not lose that selection.
        const int selectedRow = movingRow.row() == 0 ? 1 : 0;
        const qint64 selectedId =
            model.index(selectedRow, 0).data(ui::ResponderTableModel::ResponderIdRole).toLongLong();
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(selectedRow, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        auto phone = phoneFor(moving);
        const GeoPoint there{moving.lastPosition->lon + 0.001, moving.lastPosition->lat + 0.0005};
        QVERIFY(phone->report({testing::PhoneFeed::fix(now.addSecs(-5), there.lon, there.lat, 15)}));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy mapChanged(overlay.responders(), &map::MapLayer::changed);
        QCOMPARE(live.follower()->poll().size(), 1u);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), movingRow.row());
        QCOMPARE(changed.first().at(1).toModelIndex().row(), movingRow.row());
        const Responder* row = model.responderAt(movingRow);
        QVERIFY(row && row->lastPosition);
        QCOMPARE(row->lastPosition->lon, there.lon);
        QCOMPARE(row->positionAt, now.addSecs(-5));
        QCOMPARE(model.batteryOf(moving.id), std::optional<int>(15));
        QCOMPARE(model.index(movingRow.row(), ui::ResponderTableModel::Battery).data().toString(),
                 QStringLiteral("15%"));
        QVERIFY(!model.index(movingRow.row(), ui::ResponderTableModel::Battery)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(selection.currentIndex().row(), selectedRow);
        QCOMPARE(selection.currentIndex().data(ui::ResponderTableModel::ResponderIdRole).toLongLong(),
                 selectedId);
        QVERIFY(selection.isRowSelected(selectedRow, {}));

        QCOMPARE(mapChanged.count(), 1);
        const auto point = overlay.responders()->point(moving.id);
        QVERIFY(point);
        QCOMPARE(point->lon, there.lon);
        QCOMPARE(point->lat, there.lat);
        QVERIFY(point->state.endsWith(QStringLiteral("~battery"))); // 15 % is under the 20 % mark

        // Nothing new: nothing changes.
        QVERIFY(live.follower()->poll().empty());
        QCOMPARE(changed.count(), 1);
    }

    // The clock is the test's: the same fix is fresh, faded after 2 minutes, grey after 10, and the
    // map re-ages it without any position arriving.
    void fixesFadeAndGreyByAge()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        ui::ResponderTableModel model(reader());
        map::LayerStack stack;
        ui::OperationalOverlay overlay(reader(), stack, displayCrs(), nullptr, [&now] { return now; });
        ui::LivePositions live(reader(), model, overlay, nullptr, [&now] { return now; });
        const Responder responder = testing::onDutyResponder(*m_demo, 4);
        auto phone = phoneFor(responder);
        QVERIFY(phone->report(
            {testing::PhoneFeed::fix(now, responder.lastPosition->lon, responder.lastPosition->lat)}));
        live.follower()->poll();
        model.setNow(now);
        const auto stateNow = [&] { return overlay.responders()->point(responder.id)->state; };
        const auto freshness = [&] {
            return model.indexOfResponder(responder.id, ui::ResponderTableModel::PositionAge)
                .data(ui::ResponderTableModel::FreshnessRole)
                .toInt();
        };
        QCOMPARE(stateNow(), toCode(responder.status));
        QCOMPARE(freshness(), int(FixFreshness::Fresh));

        now = now.addSecs(119);
        live.refreshAges();
        model.setNow(now);
        QCOMPARE(stateNow(), toCode(responder.status));
        QCOMPARE(freshness(), int(FixFreshness::Fresh));
        QSignalSpy mapChanged(overlay.responders(), &map::MapLayer::changed);
        now = now.addSecs(2);
        live.refreshAges();
        model.setNow(now);
        QCOMPARE(stateNow(), toCode(responder.status) + QStringLiteral("~fading"));
        QCOMPARE(freshness(), int(FixFreshness::Fading));
        QCOMPARE(mapChanged.count(), 1); // the points replaced in place, not read again
        now = now.addSecs(8 * 60);
        live.refreshAges();
        model.setNow(now);
        QCOMPARE(stateNow(), toCode(responder.status) + QStringLiteral("~old"));
        QCOMPARE(freshness(), int(FixFreshness::Old));
        QVERIFY(model.indexOfResponder(responder.id, ui::ResponderTableModel::PositionAge)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("10")));
    }

    void theSelectedRespondersTrailGrows()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        ui::ResponderTableModel model(reader());
        map::LayerStack stack;
        ui::OperationalOverlay overlay(reader(), stack, displayCrs());
        ui::TrailLayer trail(geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::jurisdictionEpsg()));
        ui::LivePositions live(reader(), model, overlay, &trail, [&now] { return now; });
        const Responder walker = testing::onDutyResponder(*m_demo, 6);
        const Responder other = testing::onDutyResponder(*m_demo, 7);
        auto phone = phoneFor(walker);
        auto otherPhone = phoneFor(other);
        const double lon = walker.lastPosition->lon;
        const double lat = walker.lastPosition->lat;
        // 70 minutes of walking, a fix every 10 minutes: the oldest falls outside the hour.
        std::vector<dispatch::PositionReport> walk;
        for (int minutes = 70; minutes >= 20; minutes -= 10)
            walk.push_back(
                testing::PhoneFeed::fix(now.addSecs(-minutes * 60), lon + 0.0005 * (70 - minutes) / 10, lat));
        QVERIFY(phone->report(walk));
        live.follower()->poll();
        live.showTrail(walker.id);
        QCOMPARE(trail.responderId(), walker.id);
        QCOMPARE(trail.fixes().size(), 5u); // 60, 50, 40, 30, 20 minutes ago
        QCOMPARE(trail.fixes().front().fixAt, now.addSecs(-60 * 60));

        QVERIFY(otherPhone->report(
            {testing::PhoneFeed::fix(now.addSecs(-60), other.lastPosition->lon, other.lastPosition->lat)}));
        QVERIFY(phone->report({testing::PhoneFeed::fix(now.addSecs(-30), lon + 0.003, lat)}));
        live.follower()->poll();
        QCOMPARE(trail.fixes().size(), 6u); // the other responder's fix is not on this trail
        QCOMPARE(trail.fixes().back().fixAt, now.addSecs(-30));
        for (const PositionFix& fix : trail.fixes())
            QCOMPARE(fix.responderId, walker.id);
        live.showTrail(0);
        QVERIFY(trail.fixes().empty());
    }
};

QTEST_MAIN(TestLivePositions)
#include "test_live_positions.moc"
