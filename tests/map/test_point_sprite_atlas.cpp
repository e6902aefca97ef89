#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/map_viewport.h"
#include "map/operational_symbols.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTest>

using namespace xiuhua;
using map::MapPoint;
using map::PointLayer;
using map::PointSpriteAtlas;
using map::StatusMarker;
namespace symbols = map::operational_symbols;

// Operational points drawn with the SVG of their category, marked by their state.
class TestPointSpriteAtlas : public QObject
{
    Q_OBJECT

private slots:
    void symbolPathsFollowTheTaxonomyCodes();
    void incidentCategoryColourAtItsPixel();
    void responderKindColourAtItsPixel();
    void statusChangesTheMarker();
    void closedFades();
    void spritesAreMadeOncePerLook();

private:
    static std::shared_ptr<PointSpriteAtlas> incidentAtlas();
    static QImage draw(PointLayer& layer, const MapPoint& point);
};

namespace {

const QPointF kLonLat(121.4737, 31.2304);
constexpr double kIncidentPx = 22;
constexpr double kResponderPx = 18;
const QColor kNewRing(0xd3, 0x2f, 0x2f);
const QColor kDispatchedRing(0xef, 0x6c, 0x00);
const QColor kBadge(0xff, 0xc4, 0x00);

geo::CoordinateTransform toUtm()
{
    return geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg);
}

bool near(const QColor& a, const QColor& b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor& c)
{
    return c.name();
}

} // namespace

std::shared_ptr<PointSpriteAtlas> TestPointSpriteAtlas::incidentAtlas()
{
    auto atlas = std::make_shared<PointSpriteAtlas>();
    atlas->setSymbol(QStringLiteral("fire"),
                     symbols::svgSymbol(symbols::incidentSymbolPath(QStringLiteral("fire")), kIncidentPx));
    atlas->setSymbol(
        QStringLiteral("burglary"),
        symbols::svgSymbol(symbols::incidentSymbolPath(QStringLiteral("burglary")), kIncidentPx));
    atlas->setMarker(QStringLiteral("new"), {kNewRing, 3.5, kBadge, 1.0});
    atlas->setMarker(QStringLiteral("dispatched"), {kDispatchedRing, 2.5, {}, 1.0});
    atlas->setMarker(QStringLiteral("closed"), {QColor(0x75, 0x75, 0x75), 2, {}, 0.45});
    return atlas;
}

// The point at the centre of a 100 x 100 image at 1 m/px: its symbol's centre is the corner
// between pixels 49 and 50.
QImage TestPointSpriteAtlas::draw(PointLayer& layer, const MapPoint& point)
{
    layer.setPoints({point});
    const map::MapViewport viewport(toUtm().transform(kLonLat), 1.0, QSize(100, 100));
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layer.render(painter, viewport);
    painter.end();
    return image;
}

void TestPointSpriteAtlas::symbolPathsFollowTheTaxonomyCodes()
{
    QCOMPARE(symbols::incidentSymbolPath(QStringLiteral("fire")),
             QStringLiteral(":/map_symbols/incident_fire.svg"));
    QCOMPARE(symbols::incidentSymbolPath(QStringLiteral("no_such_category")),
             QStringLiteral(":/map_symbols/incident_other.svg"));
    QCOMPARE(symbols::responderSymbolPath(QStringLiteral("patrol_officer")),
             QStringLiteral(":/map_symbols/responder_patrol.svg"));
    QCOMPARE(symbols::responderSymbolPath(QStringLiteral("fire_crew")),
             QStringLiteral(":/map_symbols/responder_fire_crew.svg"));
    // Every category of the bundled taxonomy has its own symbol.
    QFile taxonomy(QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
    QVERIFY(taxonomy.open(QIODevice::ReadOnly));
    const QJsonArray categories =
        QJsonDocument::fromJson(taxonomy.readAll())[QStringLiteral("categories")].toArray();
    QVERIFY(categories.size() >= 13);
    for (const QJsonValue& category : categories) {
        const QString code = category[QStringLiteral("code")].toString();
        QCOMPARE(symbols::incidentSymbolPath(code),
                 QStringLiteral(":/map_symbols/incident_%1.svg").arg(code));
    }
}

void TestPointSpriteAtlas::incidentCategoryColourAtItsPixel()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setSpriteAtlas(incidentAtlas());
    // Left of the white flame, inside the red disc of incident_fire.svg (#e53935).
    QImage image =
        draw(layer, {1, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("fire"), QStringLiteral("new"), {}});
    QVERIFY2(near(image.pixelColor(43, 49), QColor(0xe5, 0x39, 0x35), 6),
             qPrintable(describe(image.pixelColor(43, 49))));
    // A burglary: the crime family's purple octagon (#6a1b9a) around its own glyph.
    image =
        draw(layer, {1, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("burglary"), QStringLiteral("new"), {}});
    QVERIFY2(near(image.pixelColor(42, 49), QColor(0x6a, 0x1b, 0x9a), 6),
             qPrintable(describe(image.pixelColor(42, 49))));
    QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white));
}

void TestPointSpriteAtlas::responderKindColourAtItsPixel()
{
    auto atlas = std::make_shared<PointSpriteAtlas>();
    for (const char* kind : {"patrol_officer", "fire_crew"})
        atlas->setSymbol(
            QString::fromLatin1(kind),
            symbols::svgSymbol(symbols::responderSymbolPath(QString::fromLatin1(kind)), kResponderPx));
    atlas->setMarker(QStringLiteral("available"), {QColor(0x2e, 0x7d, 0x32), 2.5, {}, 1.0});
    PointLayer layer(QStringLiteral("responders"), QStringLiteral("Responders"), toUtm());
    layer.setSpriteAtlas(atlas);
    // Upper left of the car, inside the navy disc of responder_patrol.svg (#283593).
    QImage image = draw(
        layer,
        {5, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("patrol_officer"), QStringLiteral("available"), {}});
    QVERIFY2(near(image.pixelColor(44, 46), QColor(0x28, 0x35, 0x93), 6),
             qPrintable(describe(image.pixelColor(44, 46))));
    image =
        draw(layer,
             {5, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("fire_crew"), QStringLiteral("available"), {}});
    QVERIFY2(!near(image.pixelColor(44, 46), QColor(0x28, 0x35, 0x93), 30),
             qPrintable(describe(image.pixelColor(44, 46))));
    // The status ring around the 18 px symbol: radius 9 + 1 + 1.25.
    QVERIFY2(near(image.pixelColor(49 + 11, 49), QColor(0x2e, 0x7d, 0x32), 40),
             qPrintable(describe(image.pixelColor(60, 49))));
}

void TestPointSpriteAtlas::statusChangesTheMarker()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setSpriteAtlas(incidentAtlas());
    const QImage fresh =
        draw(layer, {1, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("fire"), QStringLiteral("new"), {}});
    const QImage dispatched = draw(
        layer, {1, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("fire"), QStringLiteral("dispatched"), {}});
    // The ring, right of the symbol: 11 + 1 + half the ring's width from the centre.
    QVERIFY2(near(fresh.pixelColor(63, 49), kNewRing, 20), qPrintable(describe(fresh.pixelColor(63, 49))));
    QVERIFY2(near(dispatched.pixelColor(62, 49), kDispatchedRing, 20),
             qPrintable(describe(dispatched.pixelColor(62, 49))));
    // New (nobody assigned yet) carries a badge at the top right; dispatched does not.
    QVERIFY2(near(fresh.pixelColor(58, 40), kBadge, 20), qPrintable(describe(fresh.pixelColor(58, 40))));
    QVERIFY(!near(dispatched.pixelColor(58, 40), kBadge, 40));
    // The category symbol itself is the same.
    QCOMPARE(fresh.pixelColor(43, 49), dispatched.pixelColor(43, 49));
}

void TestPointSpriteAtlas::closedFades()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setSpriteAtlas(incidentAtlas());
    const QImage closed =
        draw(layer, {1, kLonLat.x(), kLonLat.y(), {}, QStringLiteral("fire"), QStringLiteral("closed"), {}});
    const QColor c = closed.pixelColor(43, 49);
    QVERIFY2(!near(c, QColor(0xe5, 0x39, 0x35), 30), qPrintable(describe(c)));
    QVERIFY2(c.red() > 0xe5 && c.green() > 0x80, qPrintable(describe(c))); // red over white at ~45%
}

void TestPointSpriteAtlas::spritesAreMadeOncePerLook()
{
    const auto atlas = incidentAtlas();
    const QImage a = atlas->sprite(QStringLiteral("fire"), QStringLiteral("new"), 1.0);
    const QImage b = atlas->sprite(QStringLiteral("fire"), QStringLiteral("new"), 1.0);
    QCOMPARE(a.cacheKey(), b.cacheKey()); // the same cached image, not a re-render
    QVERIFY(atlas->sprite(QStringLiteral("fire"), QStringLiteral("dispatched"), 1.0).cacheKey() !=
            a.cacheKey());
    QCOMPARE(atlas->sprite(QStringLiteral("fire"), QStringLiteral("new"), 2.0).width(), 2 * a.width());
    QVERIFY(atlas->rank(QStringLiteral("new")) < atlas->rank(QStringLiteral("closed")));
    QCOMPARE(atlas->rank(QStringLiteral("unknown")), 3);
}

QTEST_MAIN(TestPointSpriteAtlas)
#include "test_point_sprite_atlas.moc"
