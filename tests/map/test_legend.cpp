#include "map/default_styles.h"
#include "map/legend.h"
#include "map/style_file.h"

#include <QTest>

#include <cstdlib>

using namespace xiuhua;
namespace default_styles = map::default_styles;
using map::GeometryType;
using map::legendFor;
using map::StyleSheet;

namespace {

bool closeTo(const QColor& a, const QColor& b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance && a.alpha() > 200;
}

QColor centre(const QImage& image)
{
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

int opaquePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    }
    return count;
}

const StyleSheet& bundled()
{
    static const StyleSheet sheet =
        StyleSheet::fromFile(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.style.json"));
    return sheet;
}

} // namespace

class TestLegend : public QObject
{
    Q_OBJECT

private slots:
    void lineSwatchesShowTheStroke();
    void polygonSwatchesShowTheFill();
    void pointSwatchesShowTheSymbol();
    void labelsAndFallback();
    void oddSizes();
};

void TestLegend::lineSwatchesShowTheStroke()
{
    const map::VectorStyle& roads = bundled().layer(QStringLiteral("roads"))->style;
    const auto entries = legendFor(roads, GeometryType::Line, QSize(32, 16));
    QCOMPARE(entries.size(), roads.categories.size()); // no fallback: other roads are not drawn
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& entry = entries[i];
        QCOMPARE(entry.swatch.size(), QSize(32, 16));
        QVERIFY(opaquePixels(entry.swatch) > 12);
        const QColor stroke = roads.categories[i].style.stroke;
        QVERIFY2(closeTo(centre(entry.swatch), stroke),
                 qPrintable(entry.label + QLatin1Char(' ') + centre(entry.swatch).name() + " vs " +
                            stroke.name()));
        QVERIFY(!entry.label.isEmpty());
    }
    // The casing shows above and below the stroke.
    const auto& primary =
        entries[std::size_t(roads.categoryIndexFor({{QStringLiteral("class"), "primary"}}))];
    QVERIFY(closeTo(primary.swatch.pixelColor(16, 16 / 2 - 4), QColor("#c99357"), 40));
    QCOMPARE(primary.swatch.pixelColor(16, 0).alpha(), 0); // transparent around it

    // The dashed station boundary still has a dash at the centre.
    const auto boundary = legendFor(bundled().layer(QStringLiteral("station_boundary"))->style,
                                    GeometryType::Line, QSize(40, 12));
    QCOMPARE(boundary.size(), std::size_t(1));
    QVERIFY(closeTo(centre(boundary.front().swatch), QColor("#a31515")));
}

void TestLegend::polygonSwatchesShowTheFill()
{
    const map::VectorStyle& buildings = bundled().layer(QStringLiteral("buildings"))->style;
    const auto entries = legendFor(buildings, GeometryType::Polygon, QSize(20, 20));
    QCOMPARE(entries.size(), buildings.categories.size() + 1);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const map::FeatureStyle& look = buildings.styleAt(i < buildings.categories.size() ? int(i) : -1);
        QVERIFY2(closeTo(centre(entries[i].swatch), look.fill), qPrintable(entries[i].label));
        // The outline is drawn near the edge.
        QVERIFY(closeTo(entries[i].swatch.pixelColor(10, 1), look.stroke, 60));
    }
    const auto water =
        legendFor(bundled().layer(QStringLiteral("water"))->style, GeometryType::Polygon, QSize(24, 16));
    QVERIFY(closeTo(centre(water.front().swatch), QColor("#aad3df")));
    // Unknown geometry with a fill draws an area.
    const auto unknown =
        legendFor(bundled().layer(QStringLiteral("blocks"))->style, GeometryType::Unknown, QSize(24, 16));
    QVERIFY(closeTo(centre(unknown.front().swatch), QColor("#f7f5f1")));
}

void TestLegend::pointSwatchesShowTheSymbol()
{
    const auto posts =
        legendFor(default_styles::forLayer(QStringLiteral("posts")), GeometryType::Point, QSize(24, 24));
    QCOMPARE(posts.size(), std::size_t(1));
    QVERIFY2(closeTo(centre(posts.front().swatch), default_styles::kPostBlue),
             qPrintable(centre(posts.front().swatch).name()));
    QCOMPARE(posts.front().swatch.pixelColor(0, 0).alpha(), 0);

    // SVG symbols from the bundled style: the community post badge is blue at its centre.
    const map::VectorStyle& styled = bundled().layer(QStringLiteral("posts"))->style;
    const auto entries = legendFor(styled, GeometryType::Point, QSize(24, 24));
    QCOMPARE(entries.size(), styled.categories.size() + 1);
    for (const auto& entry : entries)
        QVERIFY2(opaquePixels(entry.swatch) > 24 * 24 / 4, qPrintable(entry.label));
    QVERIFY2(closeTo(centre(entries.front().swatch), default_styles::kPostBlue, 30),
             qPrintable(centre(entries.front().swatch).name()));

    // A symbol larger than the swatch is shrunk to fit.
    map::FeatureStyle big;
    big.symbol.shape = map::PointSymbol::Shape::Square;
    big.symbol.size = 200;
    big.symbol.fill = Qt::red;
    const QImage swatch = map::legendSwatch(big, GeometryType::Point, QSize(16, 16));
    QVERIFY(closeTo(centre(swatch), Qt::red));
    QCOMPARE(swatch.pixelColor(0, 0).alpha(), 0);
}

void TestLegend::labelsAndFallback()
{
    const auto roads =
        legendFor(bundled().layer(QStringLiteral("roads"))->style, GeometryType::Line, QSize(30, 12));
    QCOMPARE(roads.back().label, QStringLiteral("Trunk road and motorway")); // English titles in the C locale

    // Without titles: the values, else the filter; the fallback is "Other".
    const StyleSheet sheet = StyleSheet::fromJson(R"({"layers": {"x": {"rules": [
        {"filter": "kind in [a, b]", "stroke": "#f00"},
        {"filter": "floors > 3", "stroke": "#0f0"},
        {"stroke": "#00f"}]}}})");
    const auto entries =
        legendFor(sheet.layer(QStringLiteral("x"))->style, GeometryType::Line, QSize(30, 12));
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[0].label, QStringLiteral("kind in [a, b]"));
    QCOMPARE(entries[1].label, QStringLiteral("floors > 3"));
    QCOMPARE(entries[2].label, QStringLiteral("Other"));
    QVERIFY(closeTo(centre(entries[2].swatch), Qt::blue));

    // A one-look layer has one unlabelled entry.
    const auto blocks =
        legendFor(default_styles::forLayer(QStringLiteral("blocks")), GeometryType::Polygon, QSize(16, 16));
    QCOMPARE(blocks.size(), std::size_t(1));
    QVERIFY(blocks.front().label.isEmpty());
    // Built-in categories are labelled by their values.
    const auto builtInRoads =
        legendFor(default_styles::forLayer(QStringLiteral("roads")), GeometryType::Line, QSize(30, 12));
    QVERIFY(builtInRoads.front().label.startsWith(QStringLiteral("footway, path")));
}

void TestLegend::oddSizes()
{
    const map::VectorStyle& roads = bundled().layer(QStringLiteral("roads"))->style;
    QVERIFY(legendFor(roads, GeometryType::Line, QSize(0, 10)).front().swatch.isNull());
    QVERIFY(legendFor(roads, GeometryType::Line, QSize(-5, -5)).front().swatch.isNull());
    const auto tiny = legendFor(roads, GeometryType::Line, QSize(3, 2));
    QCOMPARE(tiny.front().swatch.size(), QSize(3, 2));
    const auto points =
        legendFor(bundled().layer(QStringLiteral("posts"))->style, GeometryType::Point, QSize(1, 1));
    QCOMPARE(points.front().swatch.size(), QSize(1, 1));
}

QTEST_MAIN(TestLegend)
#include "test_legend.moc"
