#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/style_file.h"
#include "map/vector_layer.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace xiuhua;
using map::FeatureFilter;
namespace default_styles = map::default_styles;
using map::GeometryType;
using map::StyleError;
using map::StyleSheet;
using map::VectorStyle;

namespace {

const QString kStylePath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.style.json");
const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");

QVariantMap attrs(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap map;
    for (const auto& [key, value] : values)
        map.insert(QString::fromLatin1(key), value);
    return map;
}

// A one-layer style with the given rules (JSON text of the list).
QByteArray oneLayer(const QByteArray& rules)
{
    return R"({"layers": {"things": {"rules": )" + rules + "}}}";
}

// Every field a layer's style reads: filters and labels.
void collectFields(const FeatureFilter& filter, std::set<QString>& fields)
{
    if (!filter.field.isEmpty())
        fields.insert(filter.field);
    for (const FeatureFilter& child : filter.children)
        collectFields(child, fields);
}

} // namespace

class TestStyleFile : public QObject
{
    Q_OBJECT

private slots:
    void bundledStyleCoversEveryLayer();
    void bundledStyleIsCompiledIn();
    void roadRulesMatchByClass();
    void conditions_data();
    void conditions();
    void combinedFiltersAndFirstMatchWins();
    void scaleRanges();
    void labelsAndSymbols();
    void oldCategoriesStillWork();
    void badInputs_data();
    void badInputs();
    void notJsonSaysWhere();
    void svgPathsAreRelativeToTheFile();
    void hostileInputNeverCrashes();
    void styleForLayerFallsBack();
    void bundledStyleDrawsTheMap();
};

void TestStyleFile::bundledStyleCoversEveryLayer()
{
    const StyleSheet sheet = StyleSheet::fromFile(kStylePath);
    QCOMPARE(StyleSheet::pathBeside(kGpkgPath), kStylePath);
    QCOMPARE(sheet.background(), default_styles::background());
    const geo::VectorSource source = geo::VectorSource::open(kGpkgPath);
    const QStringList layers = source.layerNames();
    QVERIFY(layers.size() >= 10);
    for (const QString& layer : layers) {
        QVERIFY2(sheet.hasLayer(layer), qPrintable(layer));
        const map::LayerStyle& styled = *sheet.layer(layer);
        QVERIFY2(styled.z.has_value() && *styled.z == default_styles::zValueFor(layer), qPrintable(layer));
        QVERIFY(styled.visible);
        QVERIFY(!styled.title.isEmpty());

        // Every field the style reads exists in the data.
        std::set<QString> fields;
        const VectorStyle& style = styled.style;
        if (!style.labelField.isEmpty())
            fields.insert(style.labelField);
        for (const auto& category : style.categories) {
            QVERIFY(category.filter.has_value());
            collectFields(*category.filter, fields);
            if (!category.style.labelField.isEmpty())
                fields.insert(category.style.labelField);
        }
        const QStringList available = source.fieldNames(layer);
        for (const QString& field : fields)
            QVERIFY2(available.contains(field), qPrintable(layer + QStringLiteral(".") + field));
    }
    for (const QString& layer : sheet.layerNames())
        QVERIFY2(layers.contains(layer), qPrintable(layer)); // nothing styled that does not exist
}

void TestStyleFile::bundledStyleIsCompiledIn()
{
    const StyleSheet& bundled = default_styles::bundledStyleSheet();
    QCOMPARE(bundled.layerNames(), StyleSheet::fromFile(kStylePath).layerNames());
    // Every SVG symbol it names is a compiled-in resource.
    for (const map::LayerStyle& layer : bundled.layers()) {
        for (const auto& category : layer.style.categories) {
            if (category.style.symbol.shape == map::PointSymbol::Shape::Svg)
                QVERIFY2(category.style.symbol.svgPath.startsWith(QStringLiteral(":/map_symbols/")) &&
                             QFile::exists(category.style.symbol.svgPath),
                         qPrintable(category.style.symbol.svgPath));
        }
    }
    for (const char* name :
         {"police_post", "police_kiosk", "police_station", "fire_station", "camera", "incident_fire",
          "incident_crime", "incident_dispute", "incident_traffic", "incident_medical", "incident_assistance",
          "incident_other", "responder_community_officer", "responder_patrol", "responder_auxiliary",
          "responder_fire_crew", "responder_volunteer"})
        QVERIFY2(QFile::exists(QStringLiteral(":/map_symbols/%1.svg").arg(QLatin1String(name))), name);
}

void TestStyleFile::roadRulesMatchByClass()
{
    const StyleSheet sheet = StyleSheet::fromFile(kStylePath);
    const VectorStyle& roads = sheet.layer(QStringLiteral("roads"))->style;
    QCOMPARE(roads.labelField, QStringLiteral("name"));
    QCOMPARE(roads.labelPlacement, VectorStyle::LabelPlacement::AlongLine);
    QVERIFY(roads.scaleWidthsWithZoom);
    QVERIFY(!roads.drawUncategorised);

    const int primary = roads.categoryIndexFor(attrs({{"class", QStringLiteral("primary")}}));
    QVERIFY(primary >= 0);
    QCOMPARE(roads.styleAt(primary).stroke, QColor("#fcd6a4"));
    QCOMPARE(roads.styleAt(primary).casing, QColor("#c99357"));
    QVERIFY(roads.styleAt(primary).labelBold);
    QCOMPARE(roads.categoryIndexFor(attrs({{"class", QStringLiteral("primary_link")}})), primary);
    const int trunk = roads.categoryIndexFor(attrs({{"class", QStringLiteral("motorway")}}));
    QVERIFY(trunk > primary); // drawn above
    QVERIFY(roads.styleAt(trunk).labelPriority > roads.styleAt(primary).labelPriority);
    QCOMPARE(roads.categoryIndexFor(attrs({{"class", QStringLiteral("construction")}})), -1);
    QCOMPARE(roads.categoryIndexFor(attrs({{"class", QVariant()}})), -1);
    QCOMPARE(roads.categoryIndexFor({}), -1);

    // Code that still matches by categoryFields/values sees the same rules.
    QCOMPARE(roads.categoryFields, QStringList{QStringLiteral("class")});
    QCOMPARE(roads.categories[std::size_t(primary)].values,
             (QStringList{QStringLiteral("primary"), QStringLiteral("primary_link")}));
}

void TestStyleFile::conditions_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QVariantMap>("feature");
    QTest::addColumn<bool>("matches");

    const QVariantMap road = attrs({{"class", QStringLiteral("primary")},
                                    {"lanes", 4},
                                    {"width", 12.5},
                                    {"name", QStringLiteral("西藏中路")},
                                    {"name_en", QVariant()}});
    QTest::newRow("=") << "class = primary" << road << true;
    QTest::newRow("== quoted") << "class == 'primary'" << road << true;
    QTest::newRow("= other") << "class = secondary" << road << false;
    QTest::newRow("= Chinese") << "name = 西藏中路" << road << true;
    QTest::newRow("!=") << "class != secondary" << road << true;
    QTest::newRow("!= same") << "class != primary" << road << false;
    QTest::newRow("!= null passes") << "name_en != x" << road << true;
    QTest::newRow("in") << "class in [trunk, primary, secondary]" << road << true;
    QTest::newRow("in miss") << "class in [trunk, 'secondary']" << road << false;
    QTest::newRow("in empty") << "class in []" << road << false;
    QTest::newRow("not in") << "class not in [trunk, motorway]" << road << true;
    QTest::newRow("in numbers") << "lanes in [2, 4]" << road << true;
    QTest::newRow("= number") << "lanes = 4" << road << true;
    QTest::newRow("= number string") << "lanes = '4'" << road << true;
    QTest::newRow("<") << "lanes < 5" << road << true;
    QTest::newRow("< false") << "lanes < 4" << road << false;
    QTest::newRow("<=") << "lanes <= 4" << road << true;
    QTest::newRow(">") << "width > 12" << road << true;
    QTest::newRow(">=") << "width >= 12.5" << road << true;
    QTest::newRow("> negative") << "width > -3" << road << true;
    QTest::newRow("> text attribute") << "class > 3" << road << false;
    QTest::newRow("< null") << "name_en < 3" << road << false;
    QTest::newRow("< missing") << "floors < 3" << road << false;
    QTest::newRow("is null") << "name_en is null" << road << true;
    QTest::newRow("is null missing") << "floors IS NULL" << road << true;
    QTest::newRow("is null set") << "name is null" << road << false;
    QTest::newRow("is not null") << "name is not null" << road << true;
    QTest::newRow("quoted field") << "\"class\" = primary" << road << true;
}

void TestStyleFile::conditions()
{
    QFETCH(QString, filter);
    QFETCH(QVariantMap, feature);
    QFETCH(bool, matches);
    QString error;
    const std::optional<FeatureFilter> parsed = FeatureFilter::parse(filter, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->matches(feature), matches);
    // The readable form parses back to the same meaning.
    const std::optional<FeatureFilter> again = FeatureFilter::parse(parsed->toString(), &error);
    QVERIFY2(again.has_value(), qPrintable(parsed->toString() + QStringLiteral(": ") + error));
    QCOMPARE(again->matches(feature), matches);
}

void TestStyleFile::combinedFiltersAndFirstMatchWins()
{
    const StyleSheet sheet = StyleSheet::fromJson(oneLayer(R"([
        {"title": "big old", "filter": {"all": ["floors >= 10", {"any": ["kind = slab", "kind = tower"]}]},
         "fill": "#ff0000"},
        {"title": "not tower", "filter": {"not": "kind = tower"}, "fill": "#00ff00"},
        {"title": "rest", "fill": "#0000ff"}
    ])"));
    const VectorStyle& style = sheet.layer(QStringLiteral("THINGS"))->style; // names ignore case
    QCOMPARE(style.categories.size(), std::size_t(2));
    QVERIFY(style.drawUncategorised);
    QCOMPARE(style.fallbackTitle, QStringLiteral("rest"));
    QCOMPARE(style.fallback.fill, QColor(Qt::blue));
    QVERIFY(style.categoryFields.isEmpty()); // not a one-field category style

    QCOMPARE(style.categoryIndexFor(attrs({{"floors", 12}, {"kind", QStringLiteral("tower")}})), 0);
    QCOMPARE(style.categoryIndexFor(attrs({{"floors", 12}, {"kind", QStringLiteral("slab")}})), 0);
    QCOMPARE(style.categoryIndexFor(attrs({{"floors", 3}, {"kind", QStringLiteral("slab")}})), 1);
    QCOMPARE(style.categoryIndexFor(attrs({{"floors", 3}, {"kind", QStringLiteral("tower")}})), -1);
    QCOMPARE(style.styleAt(-1).fill, QColor(Qt::blue));
    QCOMPARE(style.categories[0].filter->toString(),
             QStringLiteral("all(floors >= 10, any(kind = slab, kind = tower))"));
}

void TestStyleFile::scaleRanges()
{
    const StyleSheet bundled = StyleSheet::fromFile(kStylePath);
    const map::FeatureStyle& buildings = bundled.layer(QStringLiteral("buildings"))->style.fallback;
    QVERIFY(buildings.visibleAt(5));
    QVERIFY(!buildings.visibleAt(7));

    const StyleSheet sheet = StyleSheet::fromJson(oneLayer(R"([
        {"filter": "kind = a", "min_scale": 0.5, "max_scale": 4, "stroke": "#000"},
        {"filter": "kind = b", "stroke": "#000"}
    ])"));
    const VectorStyle& style = sheet.layer(QStringLiteral("things"))->style;
    QVERIFY(!style.categories[0].style.visibleAt(0.25));
    QVERIFY(style.categories[0].style.visibleAt(0.5));
    QVERIFY(style.categories[0].style.visibleAt(4));
    QVERIFY(!style.categories[0].style.visibleAt(4.5));
    QVERIFY(style.categories[1].style.visibleAt(0.01));
    QVERIFY(style.categories[1].style.visibleAt(1e6));
}

void TestStyleFile::labelsAndSymbols()
{
    const StyleSheet sheet = StyleSheet::fromFile(kStylePath);
    const map::LayerStyle& posts = *sheet.layer(QStringLiteral("posts"));
    const VectorStyle& style = posts.style;
    QCOMPARE(style.categoryFields, QStringList{QStringLiteral("kind")});
    const int kiosk = style.categoryIndexFor(attrs({{"kind", QStringLiteral("kiosk")}}));
    QVERIFY(kiosk >= 0);
    QCOMPARE(style.styleAt(kiosk).symbol.shape, map::PointSymbol::Shape::Svg);
    QCOMPARE(style.styleAt(kiosk).symbol.svgPath, QStringLiteral(":/map_symbols/police_kiosk.svg"));
    QCOMPARE(style.labelFieldAt(kiosk), QStringLiteral("name"));
    const map::FeatureStyle& other =
        style.styleAt(style.categoryIndexFor(attrs({{"kind", QStringLiteral("?")}})));
    QCOMPARE(other.symbol.shape, map::PointSymbol::Shape::Shield);
    QCOMPARE(other.symbol.fill, default_styles::kPostBlue);

    const map::FeatureStyle& communities = sheet.layer(QStringLiteral("communities"))->style.fallback;
    QCOMPARE(communities.labelSize, 13.0);
    QVERIFY(communities.labelBold);
    QCOMPARE(communities.labelMaxScale, 12.0);
    QCOMPARE(communities.labelPriority, 60);
    QCOMPARE(communities.dashPattern, (QList<qreal>{5, 3}));
    QVERIFY(!communities.fill.isValid());

    const StyleSheet custom = StyleSheet::fromJson(oneLayer(R"([
        {"symbol": {"shape": "diamond", "size": 11, "fill": "red", "outline": "#11223380", "outline_width": 2},
         "label": {"field": "title", "size": 15, "bold": true, "color": "#abc", "halo": "none",
                   "halo_width": 0, "max_scale": 3, "priority": -2}, "dash": "dash_dot", "stroke": "teal"}
    ])"));
    const map::FeatureStyle& look = custom.layer(QStringLiteral("things"))->style.fallback;
    QCOMPARE(look.symbol.shape, map::PointSymbol::Shape::Diamond);
    QCOMPARE(look.symbol.size, 11.0);
    QCOMPARE(look.symbol.fill, QColor(Qt::red));
    QCOMPARE(look.symbol.outline, QColor(0x11, 0x22, 0x33, 0x80));
    QCOMPARE(look.labelField, QStringLiteral("title"));
    QCOMPARE(custom.layer(QStringLiteral("things"))->style.labelField, QStringLiteral("title"));
    QCOMPARE(look.labelColour, QColor(0xaa, 0xbb, 0xcc));
    QVERIFY(!look.haloColour.isValid());
    QCOMPARE(look.labelPriority, -2);
    QCOMPARE(look.strokePattern, Qt::DashDotLine);
    QCOMPARE(look.stroke, QColor(0, 0x80, 0x80));
    QCOMPARE(look.strokeWidth, 1.0);
}

void TestStyleFile::oldCategoriesStillWork()
{
    // Built-in styles match by categoryFields/values, first field the feature has.
    const VectorStyle roads = default_styles::forLayer(QStringLiteral("roads"));
    const int primary = roads.categoryIndexFor(attrs({{"class", QStringLiteral("primary")}}));
    QVERIFY(primary >= 0);
    QVERIFY(roads.categories[std::size_t(primary)].values.contains(QStringLiteral("primary")));
    QCOMPARE(roads.categoryIndexFor(attrs({{"highway", QStringLiteral("primary")}})), primary);
    QCOMPARE(roads.categoryIndexFor(attrs({{"class", QStringLiteral("nope")}})), -1);
    QCOMPARE(default_styles::forLayer(QStringLiteral("posts")).categoryIndexFor({}), -1);
}

void TestStyleFile::badInputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the message: the JSON path and the reason

    QTest::newRow("bad colour") << oneLayer(
                                       R"([{"filter": "a = 1"}, {"filter": "a = 2"}, {"stroke": "#zzz"}])")
                                << R"(layers.things.rules[2].stroke: "#zzz" is not a colour)";
    QTest::newRow("colour name") << oneLayer(R"([{"fill": "blurple"}])")
                                 << "layers.things.rules[0].fill: \"blurple\" is not a colour";
    QTest::newRow("colour type") << oneLayer(R"([{"fill": 255}])")
                                 << "layers.things.rules[0].fill: expected a string, got 255";
    QTest::newRow("root array") << QByteArray("[1, 2]") << "must be a JSON object";
    QTest::newRow("no layers") << QByteArray("{}") << "layers: expected an object";
    QTest::newRow("layers list") << QByteArray(R"({"layers": []})") << "layers: expected an object";
    QTest::newRow("layer not object")
        << QByteArray(R"({"layers": {"roads": 3}})") << "layers.roads: expected an object";
    QTest::newRow("no rules") << QByteArray(R"({"layers": {"roads": {}}})")
                              << "layers.roads.rules: a layer needs";
    QTest::newRow("empty rules") << oneLayer("[]") << "layers.things.rules: a layer needs at least one rule";
    QTest::newRow("rule not object") << oneLayer("[true]") << "layers.things.rules[0]: expected an object";
    QTest::newRow("width string") << oneLayer(R"([{"stroke_width": "3"}])")
                                  << "layers.things.rules[0].stroke_width: expected a number";
    QTest::newRow("width negative") << oneLayer(R"([{"stroke_width": -1}])")
                                    << "layers.things.rules[0].stroke_width: -1 is out of range";
    QTest::newRow("width huge") << oneLayer(R"([{"stroke_width": 1e300}])") << "rules[0].stroke_width:";
    QTest::newRow("bold string") << oneLayer(R"([{"label": {"bold": "yes"}}])")
                                 << "layers.things.rules[0].label.bold: expected true or false";
    QTest::newRow("priority fraction") << oneLayer(R"([{"label": {"priority": 1.5}}])")
                                       << "rules[0].label.priority: expected a whole number";
    QTest::newRow("unknown key") << oneLayer(R"([{"strok": "#000"}])")
                                 << "layers.things.rules[0].strok: unknown key";
    QTest::newRow("unknown layer key")
        << QByteArray(R"({"layers": {"a": {"zz": 1, "rules": [{}]}}})") << "layers.a.zz: unknown key";
    QTest::newRow("unknown shape") << oneLayer(R"([{"symbol": {"shape": "hexagon"}}])")
                                   << "layers.things.rules[0].symbol.shape: \"hexagon\" is not a shape";
    QTest::newRow("shape and svg") << oneLayer(R"([{"symbol": {"shape": "circle", "svg": "a.svg"}}])")
                                   << "layers.things.rules[0].symbol: a symbol has";
    QTest::newRow("missing svg")
        << oneLayer(R"([{"symbol": {"svg": "no/such/symbol.svg"}}])")
        << "layers.things.rules[0].symbol.svg: SVG file \"no/such/symbol.svg\" does not exist";
    QTest::newRow("missing resource")
        << oneLayer(R"([{"symbol": {"svg": ":/map_symbols/nope.svg"}}])") << "rules[0].symbol.svg: SVG file";
    QTest::newRow("filter syntax") << oneLayer(R"([{"filter": "class =="}])")
                                   << "layers.things.rules[0].filter: \"class ==\": expected a value";
    QTest::newRow("filter operator") << oneLayer(R"([{"filter": "class ~ x"}])")
                                     << "rules[0].filter: \"class ~ x\": expected an operator";
    QTest::newRow("filter list") << oneLayer(R"([{"filter": "class in [a, b"}])") << "missing \"]\"";
    QTest::newRow("filter trailing") << oneLayer(R"([{"filter": "class = a b"}])") << "unexpected \"b\"";
    QTest::newRow("filter quote") << oneLayer(R"([{"filter": "class = 'abc"}])") << "unterminated quote";
    QTest::newRow("filter order needs number")
        << oneLayer(R"([{"filter": "lanes > many"}])") << "> needs a number";
    QTest::newRow("filter is") << oneLayer(R"([{"filter": "name is empty"}])") << "expected \"null\"";
    QTest::newRow("filter type") << oneLayer(R"([{"filter": 3}])")
                                 << "layers.things.rules[0].filter: expected a condition";
    QTest::newRow("filter two keys") << oneLayer(R"([{"filter": {"all": [], "any": []}}])")
                                     << "rules[0].filter: a combined filter has exactly one";
    QTest::newRow("filter nested") << oneLayer(R"([{"filter": {"all": ["a = 1", {"any": ["b = 2", 7]}]}}])")
                                   << "layers.things.rules[0].filter.all[1].any[1]: expected a condition";
    QTest::newRow("else not last") << oneLayer(R"([{"fill": "#fff"}, {"filter": "a = 1"}])")
                                   << "layers.things.rules[1]: never used";
    QTest::newRow("scale order") << oneLayer(R"([{"min_scale": 5, "max_scale": 2}])")
                                 << "rules[0].max_scale: max_scale (2) must be larger than min_scale (5)";
    QTest::newRow("dash odd") << oneLayer(R"([{"dash": [1, 2, 3]}])")
                              << "rules[0].dash: a dash list needs an even number";
    QTest::newRow("dash zero") << oneLayer(R"([{"dash": [1, 0]}])")
                               << "rules[0].dash[1]: dash and gap lengths must be larger than 0";
    QTest::newRow("dash name") << oneLayer(R"([{"dash": "wavy"}])")
                               << "rules[0].dash: \"wavy\" is not a dash pattern";
    QTest::newRow("casing without colour") << oneLayer(R"([{"casing_width": 3}])")
                                           << "rules[0].casing_width: a casing width needs a casing colour";
    QTest::newRow("placement") << QByteArray(
                                      R"({"layers": {"a": {"label_placement": "above", "rules": [{}]}}})")
                               << "layers.a.label_placement: \"above\" is not a label placement";
    QTest::newRow("z fraction") << QByteArray(R"({"layers": {"a": {"z": 1.5, "rules": [{}]}}})")
                                << "layers.a.z: expected a whole number";
    QTest::newRow("visible") << QByteArray(R"({"layers": {"a": {"visible": 1, "rules": [{}]}}})")
                             << "layers.a.visible: expected true or false";
    QTest::newRow("version") << QByteArray(R"({"version": 2, "layers": {}})")
                             << "version: version 2 is not supported";
    QTest::newRow("background") << QByteArray(R"({"background": "#12345", "layers": {}})")
                                << "background: \"#12345\" is not a colour";
    QTest::newRow("title type") << QByteArray(R"({"layers": {"a": {"title": {"en": 1}, "rules": [{}]}}})")
                                << "layers.a.title.en: expected a string";
    QTest::newRow("duplicate layer") << QByteArray(
                                            R"({"layers": {"a": {"rules": [{}]}, "A": {"rules": [{}]}}})")
                                     << "is styled twice";
    QTest::newRow("label size") << oneLayer(R"([{"label": {"size": 1000}}])")
                                << "rules[0].label.size: 1000 is out of range";
    QTest::newRow("empty label field")
        << oneLayer(R"([{"label": {"field": ""}}])") << "rules[0].label.field: the label field name is empty";
}

void TestStyleFile::badInputs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        StyleSheet::fromJson(json, QStringLiteral(XIUHUA_MAPS_DIR));
        QFAIL("no StyleError");
    } catch (const StyleError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(message,
                 e.jsonPath().isEmpty() ? e.message() : e.jsonPath() + QStringLiteral(": ") + e.message());
    }
}

void TestStyleFile::notJsonSaysWhere()
{
    try {
        StyleSheet::fromJson("{\n  \"layers\": {\n    \"a\": nope\n}");
        QFAIL("no StyleError");
    } catch (const StyleError& e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(QStringLiteral("not valid JSON at line 3")),
                 e.what());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.style.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(oneLayer(R"([{"stroke": "#zzz"}])"));
    file.close();
    try {
        StyleSheet::fromFile(path);
        QFAIL("no StyleError");
    } catch (const StyleError& e) {
        QCOMPARE(QString::fromStdString(e.what()),
                 path + QStringLiteral(": layers.things.rules[0].stroke: \"#zzz\" is "
                                       "not a colour (use \"#rrggbb\", "
                                       "\"#rrggbbaa\", \"#rgb\", an SVG colour "
                                       "name or \"none\")"));
        QCOMPARE(e.file(), path);
    }
    QVERIFY_THROWS_EXCEPTION(StyleError, StyleSheet::fromFile(dir.filePath(QStringLiteral("absent.json"))));
}

void TestStyleFile::svgPathsAreRelativeToTheFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("symbols")));
    QVERIFY(QFile::copy(QStringLiteral(":/map_symbols/camera.svg"),
                        dir.filePath(QStringLiteral("symbols/cam.svg"))));
    QFile notSvg(dir.filePath(QStringLiteral("symbols/bad.svg")));
    QVERIFY(notSvg.open(QIODevice::WriteOnly));
    notSvg.write("this is not an SVG");
    notSvg.close();
    const QString path = dir.filePath(QStringLiteral("data.style.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(oneLayer(R"([{"symbol": {"svg": "symbols/cam.svg", "size": 16}}])"));
    file.close();

    const StyleSheet sheet = StyleSheet::fromFile(path);
    const map::PointSymbol& symbol = sheet.layer(QStringLiteral("things"))->style.fallback.symbol;
    QCOMPARE(symbol.shape, map::PointSymbol::Shape::Svg);
    QCOMPARE(symbol.svgPath, dir.filePath(QStringLiteral("symbols/cam.svg")));
    QCOMPARE(symbol.size, 16.0);

    // From bytes, relative to the given folder.
    QVERIFY(StyleSheet::fromJson(oneLayer(R"([{"symbol": {"svg": "symbols/cam.svg"}}])"), dir.path())
                .hasLayer(QStringLiteral("things")));
    try {
        StyleSheet::fromJson(oneLayer(R"([{"symbol": {"svg": "symbols/bad.svg"}}])"), dir.path());
        QFAIL("no StyleError");
    } catch (const StyleError& e) {
        QCOMPARE(e.jsonPath(), QStringLiteral("layers.things.rules[0].symbol.svg"));
        QVERIFY2(e.message().contains(QStringLiteral("not a valid SVG")), e.what());
    }
}

void TestStyleFile::hostileInputNeverCrashes()
{
    QFile file(kStylePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QRandomGenerator random(20261126);
    int parsed = 0;
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray mutated = original;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(mutated.size()));
            switch (random.bounded(4)) {
            case 0:
                mutated[at] = char(random.bounded(256));
                break;
            case 1:
                mutated.remove(at, random.bounded(20));
                break;
            case 2:
                mutated.insert(at, "[{\"a\":"[random.bounded(6)]);
                break;
            default:
                mutated.truncate(at);
                break;
            }
        }
        try {
            StyleSheet::fromJson(mutated, QStringLiteral(XIUHUA_MAPS_DIR));
            ++parsed;
        } catch (const StyleError& e) {
            QVERIFY(!QString::fromStdString(e.what()).isEmpty());
            ++refused;
        }
    }
    QVERIFY(refused > 100);
    // Deep nesting is refused, not a stack overflow.
    QByteArray deep = "\"a = 1\"";
    for (int i = 0; i < 200; ++i)
        deep = "{\"not\": " + deep + "}";
    QVERIFY_THROWS_EXCEPTION(StyleError, StyleSheet::fromJson(oneLayer("[{\"filter\": " + deep + "}]")));
    QVERIFY_THROWS_EXCEPTION(StyleError, StyleSheet::fromJson(QByteArray(100000, '[')));
    QVERIFY_THROWS_EXCEPTION(StyleError, StyleSheet::fromJson(QByteArray()));
    QVERIFY_THROWS_EXCEPTION(StyleError, StyleSheet::fromJson(QByteArray("\0\0\0", 3)));
    qInfo("%d mutated files parsed, %d refused", parsed, refused);
}

void TestStyleFile::styleForLayerFallsBack()
{
    const StyleSheet sheet = StyleSheet::fromJson(R"({"layers": {
        "roads": {"z": 7, "visible": false, "rules": [{"stroke": "#123456"}]}}})");
    // The sheet's style when it has the layer.
    QCOMPARE(
        default_styles::styleForLayer(&sheet, QStringLiteral("roads"), GeometryType::Line).fallback.stroke,
        QColor(0x12, 0x34, 0x56));
    QCOMPARE(default_styles::zValueFor(&sheet, QStringLiteral("roads")), 7);
    QVERIFY(!default_styles::visibleByDefault(&sheet, QStringLiteral("roads")));
    // Else the built-in style of a bundled layer.
    const VectorStyle posts =
        default_styles::styleForLayer(&sheet, QStringLiteral("posts"), GeometryType::Point);
    QCOMPARE(posts.fallback.symbol.shape, map::PointSymbol::Shape::Shield);
    QCOMPARE(default_styles::zValueFor(&sheet, QStringLiteral("posts")),
             default_styles::zValueFor(QStringLiteral("posts")));
    QVERIFY(default_styles::visibleByDefault(&sheet, QStringLiteral("posts")));
    QCOMPARE(
        default_styles::styleForLayer(nullptr, QStringLiteral("roads"), GeometryType::Line).categories.size(),
        default_styles::forLayer(QStringLiteral("roads")).categories.size());
    // Else a default by geometry type, in distinct calm colours.
    const VectorStyle a =
        default_styles::styleForLayer(&sheet, QStringLiteral("hydrants"), GeometryType::Point);
    QCOMPARE(a.fallback.symbol.shape, map::PointSymbol::Shape::Circle);
    const VectorStyle line = default_styles::forGeometry(GeometryType::Line, 0);
    const VectorStyle polygon = default_styles::forGeometry(GeometryType::Polygon, 1);
    QVERIFY(!line.fallback.fill.isValid());
    QVERIFY(polygon.fallback.fill.isValid() && polygon.fallback.fill.alpha() < 255);
    QVERIFY(line.fallback.strokeWidth > polygon.fallback.strokeWidth);
    std::set<QRgb> colours;
    for (int i = 0; i < 10; ++i)
        colours.insert(default_styles::paletteColour(i).rgb());
    QCOMPARE(colours.size(), std::size_t(10));
    QCOMPARE(
        default_styles::forGeometry(GeometryType::Point, QStringLiteral("Hydrants")).fallback.symbol.fill,
        a.fallback.symbol.fill); // stable by name, case-insensitive
}

void TestStyleFile::bundledStyleDrawsTheMap()
{
    // Through today's VectorLayer (which matches by categoryFields/values),
    // so the style file already draws the map the way the built-in styles do.
    const StyleSheet& sheet = default_styles::bundledStyleSheet();
    const OGRSpatialReference displayCrs = geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
    const geo::VectorSource source = geo::VectorSource::open(kGpkgPath);
    map::LayerStack stack;
    for (const map::LayerStyle& styled : sheet.layers()) {
        auto* layer = stack.add(std::make_unique<map::VectorLayer>(
            styled.name, styled.title,
            default_styles::styleForLayer(&sheet, styled.name, GeometryType::Unknown),
            default_styles::zValueFor(&sheet, styled.name)));
        QVERIFY2(layer->load(source, styled.name, displayCrs), qPrintable(layer->errorString()));
    }
    const auto posts = source.readLayer(QStringLiteral("posts"));
    const OGRPoint* post = posts.front().geometry->toPoint();
    QCOMPARE(posts.front().attributes.value(QStringLiteral("kind")).toString(),
             QStringLiteral("community_post"));
    const QPointF postXY = geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)
                               .transform(QPointF(post->getX(), post->getY()));

    for (const double scale : {4.0, 0.8}) {
        const map::MapViewport viewport(postXY, scale, QSize(1000, 700));
        QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        map::MapRenderer().render(painter, viewport, stack);
        painter.end();
        image.save(QStringLiteral("/tmp/xiuhua_style_file_%1.png").arg(scale));
        const QColor atPost = image.pixelColor(500, 350);
        QVERIFY2(std::abs(atPost.red() - default_styles::kPostBlue.red()) < 40 &&
                     std::abs(atPost.blue() - default_styles::kPostBlue.blue()) < 40,
                 qPrintable(atPost.name()));
    }
}

QTEST_MAIN(TestStyleFile)
#include "test_style_file.moc"
