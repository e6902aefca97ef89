#include "geo/projection.h"
#include "map/map_viewport.h"
#include "ui/map/trail_layer.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The trail layer: a responder's accepted fixes in time order, ticks on the five-minute marks
// (labelled every quarter hour) where the line passes them, and only the shown responder's fixes.
class TestTrailLayer : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 12, 6), QTime(hour, minute, second), Qt::UTC);
    }
    static PositionFix fix(Id id, Id responder, const QDateTime& when, double lon, double lat,
                           PositionVerdict verdict = PositionVerdict::Accepted)
    {
        PositionFix f;
        f.id = id;
        f.responderId = responder;
        f.fixAt = when;
        f.location = {lon, lat};
        f.verdict = verdict;
        return f;
    }
    static ui::TrailLayer layer()
    {
        return ui::TrailLayer(geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::jurisdictionEpsg()));
    }

private slots:
    void keepsAcceptedFixesInTimeOrder()
    {
        auto trail = layer();
        QSignalSpy changed(&trail, &map::MapLayer::changed);
        trail.setTrail(7, {fix(3, 7, at(2, 10), 121.472, 31.232), fix(1, 7, at(2, 0), 121.470, 31.230),
                           fix(2, 7, at(2, 5), 121.600, 31.500, PositionVerdict::ImpossibleSpeed),
                           fix(4, 7, at(2, 20), 121.474, 31.234)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(trail.responderId(), Id(7));
        QCOMPARE(trail.fixes().size(), 3u);
        QCOMPARE(trail.fixes()[0].id, Id(1));
        QCOMPARE(trail.fixes()[1].id, Id(3));
        QCOMPARE(trail.fixes()[2].id, Id(4));
        QVERIFY(!trail.extent().isNull());
        QVERIFY(trail.isOperational());
    }

    void ticksOnTheFiveMinuteMarks()
    {
        auto trail = layer();
        trail.setTrail(7, {fix(1, 7, at(1, 58), 121.470, 31.230), fix(2, 7, at(2, 8), 121.480, 31.230),
                           fix(3, 7, at(2, 16), 121.480, 31.240)});
        const auto ticks = trail.ticks();
        QCOMPARE(ticks.size(), 4u); // 02:00, 02:05, 02:10, 02:15
        QCOMPARE(ticks[0].at, at(2, 0));
        QCOMPARE(ticks[3].at, at(2, 15));
        // 02:00 is a fifth of the way from the 01:58 fix to the 02:08 one.
        QVERIFY(qAbs(ticks[0].location.lon - 121.472) < 1e-9);
        QVERIFY(qAbs(ticks[0].location.lat - 31.230) < 1e-9);
        // 02:10 is a quarter of the way from 02:08 to 02:16.
        QVERIFY(qAbs(ticks[2].location.lon - 121.480) < 1e-9);
        QVERIFY(qAbs(ticks[2].location.lat - 31.2325) < 1e-9);
        QCOMPARE(ticks[0].labelled, true); // the quarter hours carry the time
        QCOMPARE(ticks[1].labelled, false);
        QCOMPARE(ticks[2].labelled, false);
        QCOMPARE(ticks[3].labelled, true);
        trail.setTrail(7, {fix(1, 7, at(2, 1), 121.470, 31.230)});
        QVERIFY(trail.ticks().empty()); // one fix is no line
    }

    void appendsOnlyTheShownRespondersFixes()
    {
        auto trail = layer();
        trail.setTrail(7, {fix(1, 7, at(2, 0), 121.470, 31.230)});
        trail.appendFixes({fix(2, 8, at(2, 1), 121.471, 31.231), fix(3, 7, at(2, 2), 121.472, 31.232),
                           fix(4, 7, at(2, 3), 121.9, 31.9, PositionVerdict::OutsideArea)});
        QCOMPARE(trail.fixes().size(), 2u);
        QCOMPARE(trail.fixes().back().id, Id(3));
        // The hour moves on: what is older than `since` leaves the trail.
        trail.appendFixes({fix(5, 7, at(3, 1), 121.473, 31.233)}, at(2, 1));
        QCOMPARE(trail.fixes().size(), 2u);
        QCOMPARE(trail.fixes().front().id, Id(3));
        trail.clear();
        QCOMPARE(trail.responderId(), Id(0));
        trail.appendFixes({fix(6, 7, at(3, 2), 121.473, 31.233)});
        QVERIFY(trail.fixes().empty()); // nobody shown: nothing collects
    }

    void drawsTheLine()
    {
        auto trail = layer();
        trail.setTrail(7, {fix(1, 7, at(2, 0), 121.470, 31.230), fix(2, 7, at(2, 20), 121.474, 31.234)});
        const QRectF extent = trail.extent();
        map::MapViewport viewport(extent.center(), std::max(extent.width(), extent.height()) / 150,
                                  QSize(200, 200));
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        trail.render(painter, viewport);
        painter.end();
        // The middle of the line (a straight diagonal here) is painted.
        QVERIFY(qAlpha(image.pixel(100, 100)) > 0);
        QCOMPARE(qAlpha(image.pixel(5, 195)), 0);
    }
};

QTEST_MAIN(TestTrailLayer)
#include "test_trail_layer.moc"
