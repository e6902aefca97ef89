#include "map/default_styles.h"

#include "map/style_file.h"

#include <QHash>
#include <QtDebug>

#include <array>
#include <optional>

namespace xiuhua::map::default_styles {

namespace {

FeatureStyle road(const char* fill, const char* casing, double width, double casingExtra, double labelSize,
                  double labelMaxScale, double maxScale = 1e9)
{
    FeatureStyle s;
    s.stroke = QColor(fill);
    s.strokeWidth = width;
    s.casing = QColor(casing);
    s.casingWidth = width + casingExtra;
    s.labelSize = labelSize;
    s.labelColour = QColor(0x3c, 0x3c, 0x3c);
    s.labelMaxScale = labelMaxScale;
    s.maxScale = maxScale;
    return s;
}

VectorStyle roads()
{
    VectorStyle style;
    style.categoryFields = {QStringLiteral("class"), QStringLiteral("highway")};
    style.drawUncategorised = false;
    style.scaleWidthsWithZoom = true;
    style.labelField = QStringLiteral("name");
    style.labelPlacement = VectorStyle::LabelPlacement::AlongLine;
    FeatureStyle path = road("#fbfaf7", "#cfc8bd", 1, 0.8, 0, 0, 1.6);
    path.strokePattern = Qt::DashLine;
    path.casingWidth = 0;
    path.stroke = QColor("#b9aea0");
    style.categories = {
        {{"footway", "path", "steps", "cycleway", "corridor"}, path},
        {{"service", "unclassified", "living_street", "track", "road", "busway"},
         road("#ffffff", "#cdc6bb", 2.2, 1.2, 10, 1.6, 8)},
        {{"pedestrian"}, road("#f5f2fa", "#c9bfd4", 3, 1.2, 11, 2.5, 8)},
        // Level of detail for city overviews (street maps do the same around zoom 11-12):
        // a whole-city view would otherwise draw every residential street as a
        // 2 px grey mesh, which hides the arterial network and costs most of the render.
        {{"residential"}, road("#ffffff", "#c4bcb0", 3.5, 1.4, 11, 2.5, 25)},
        {{"tertiary", "tertiary_link"}, road("#fefde6", "#c7bd94", 5, 1.6, 12, 4, 60)},
        {{"secondary", "secondary_link"}, road("#f8f3b2", "#bfb36f", 6, 1.6, 12, 5)},
        {{"primary", "primary_link"}, road("#fcd6a4", "#c99357", 7, 1.8, 13, 7)},
        {{"trunk", "trunk_link", "motorway", "motorway_link"}, road("#f9b27a", "#b86f34", 8, 2, 13, 8)},
    };
    for (auto& category : style.categories) {
        if (category.values.contains(QStringLiteral("primary")) || category.values.contains("trunk"))
            category.style.labelBold = true;
    }
    return style;
}

FeatureStyle area(const char* fill, const char* outline, double outlineWidth)
{
    FeatureStyle s;
    s.fill = QColor(fill);
    s.stroke = QColor(outline);
    s.strokeWidth = outlineWidth;
    return s;
}

FeatureStyle point(PointSymbol::Shape shape, const QColor& fill, double size, double labelSize,
                   double labelMaxScale, double maxScale)
{
    FeatureStyle s;
    s.symbol.shape = shape;
    s.symbol.fill = fill;
    s.symbol.size = size;
    s.symbol.outline = Qt::white;
    s.symbol.outlineWidth = 1.5;
    s.labelSize = labelSize;
    s.labelColour = fill.darker(140);
    s.labelBold = true;
    s.labelMaxScale = labelMaxScale;
    s.maxScale = maxScale;
    return s;
}

VectorStyle simple(FeatureStyle look, const QString& labelField = {},
                   VectorStyle::LabelPlacement placement = VectorStyle::LabelPlacement::AroundPoint)
{
    VectorStyle style;
    style.fallback = std::move(look);
    style.labelField = labelField;
    style.labelPlacement = placement;
    return style;
}

std::optional<VectorStyle> builtIn(const QString& layerName);

} // namespace

QColor background()
{
    return {0xf2, 0xef, 0xe9};
}

VectorStyle forLayer(const QString& layerName)
{
    return builtIn(layerName).value_or(simple(area("#e0dcd4", "#8a8a8a", 1)));
}

namespace {

std::optional<VectorStyle> builtIn(const QString& layerName)
{
    const QString name = layerName.toLower();
    if (name == u"roads" || name == u"lines")
        return roads();
    if (name == u"blocks")
        return simple(area("#f7f5f1", "#e4ded4", 0.6));
    if (name == u"buildings") {
        FeatureStyle s = area("#d9d0c9", "#bcaea4", 0.7);
        s.maxScale = 6;
        return simple(s);
    }
    if (name == u"green") {
        FeatureStyle s = area("#c8e6b0", "#a9d08c", 0.6);
        s.labelSize = 11;
        s.labelColour = QColor("#3d6b2a");
        s.labelMaxScale = 2.5;
        return simple(s, QStringLiteral("name"), VectorStyle::LabelPlacement::Interior);
    }
    if (name == u"water") {
        FeatureStyle s = area("#aad3df", "#8cbfd0", 0.6);
        s.labelSize = 11;
        s.labelColour = QColor("#2f6d8a");
        s.labelMaxScale = 4;
        return simple(s, QStringLiteral("name"), VectorStyle::LabelPlacement::Interior);
    }
    if (name == u"communities") {
        FeatureStyle s;
        s.stroke = kCommunityPurple;
        s.strokeWidth = 1.6;
        s.dashPattern = {5, 3};
        s.labelSize = 13;
        s.labelBold = true;
        s.labelColour = kCommunityPurple.darker(150);
        s.labelMaxScale = 12;
        return simple(s, QStringLiteral("name"), VectorStyle::LabelPlacement::Interior);
    }
    if (name == u"station_boundary") {
        FeatureStyle s;
        s.stroke = QColor("#a31515");
        s.strokeWidth = 3;
        s.dashPattern = {4, 1.5, 1, 1.5};
        return simple(s);
    }
    if (name == u"posts")
        return simple(point(PointSymbol::Shape::Shield, kPostBlue, 18, 12, 8, 1e9), QStringLiteral("name"));
    if (name == u"fire_stations")
        return simple(point(PointSymbol::Shape::Square, kFireRed, 14, 11, 5, 1e9), QStringLiteral("name"));
    if (name == u"cameras") {
        FeatureStyle s = point(PointSymbol::Shape::Triangle, QColor("#545454"), 8, 0, 0, 3);
        s.symbol.outlineWidth = 1;
        return simple(s);
    }
    return std::nullopt;
}

} // namespace

int zValueFor(const QString& layerName)
{
    static const QHash<QString, int> order{
        {QStringLiteral("blocks"), 10},      {QStringLiteral("green"), 20},
        {QStringLiteral("water"), 30},       {QStringLiteral("buildings"), 40},
        {QStringLiteral("roads"), 50},       {QStringLiteral("lines"), 50},
        {QStringLiteral("communities"), 60}, {QStringLiteral("station_boundary"), 70},
        {QStringLiteral("cameras"), 80},     {QStringLiteral("fire_stations"), 90},
        {QStringLiteral("posts"), 100},
    };
    return order.value(layerName.toLower(), 45);
}

QColor paletteColour(int index)
{
    // Muted, tell-apart hues that sit quietly on the beige background.
    static const std::array<QColor, 10> palette{
        QColor(0x4e, 0x79, 0xa7), QColor(0xe0, 0x8a, 0x3c), QColor(0x59, 0x9a, 0x4f),
        QColor(0x9d, 0x6f, 0xa8), QColor(0x4f, 0x9e, 0x99), QColor(0xc9, 0xa9, 0x2e),
        QColor(0x9c, 0x75, 0x5f), QColor(0xc7, 0x55, 0x5a), QColor(0xd6, 0x7f, 0xa0),
        QColor(0x6f, 0x76, 0x83),
    };
    const auto n = int(palette.size());
    return palette[std::size_t(((index % n) + n) % n)];
}

VectorStyle forGeometry(GeometryType type, int paletteIndex)
{
    const QColor colour = paletteColour(paletteIndex);
    FeatureStyle s;
    // Every part is set, so mixed or unknown geometry still draws.
    s.stroke = colour.darker(125);
    s.strokeWidth = type == GeometryType::Line ? 1.8 : 1;
    s.fill = colour;
    s.fill.setAlphaF(0.35f);
    s.symbol.shape = PointSymbol::Shape::Circle;
    s.symbol.fill = colour;
    s.symbol.size = 8;
    s.symbol.outline = Qt::white;
    s.symbol.outlineWidth = 1.2;
    if (type == GeometryType::Line)
        s.fill = QColor();
    return simple(s);
}

VectorStyle forGeometry(GeometryType type, const QString& layerName)
{
    // FNV-1a: stable across runs and platforms, unlike qHash.
    quint32 hash = 2166136261u;
    for (const QChar c : layerName.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return forGeometry(type, int(hash % 10));
}

VectorStyle styleForLayer(const StyleSheet* sheet, const QString& layerName, GeometryType type)
{
    if (sheet) {
        if (const LayerStyle* styled = sheet->layer(layerName))
            return styled->style;
    }
    if (std::optional<VectorStyle> style = builtIn(layerName))
        return *std::move(style);
    return forGeometry(type, layerName);
}

int zValueFor(const StyleSheet* sheet, const QString& layerName)
{
    if (sheet) {
        if (const LayerStyle* styled = sheet->layer(layerName); styled && styled->z)
            return *styled->z;
    }
    return zValueFor(layerName);
}

bool visibleByDefault(const StyleSheet* sheet, const QString& layerName)
{
    const LayerStyle* styled = sheet ? sheet->layer(layerName) : nullptr;
    return !styled || styled->visible;
}

QString bundledStyleSheetPath()
{
    return QStringLiteral(":/map_styles/huangpu.style.json");
}

const StyleSheet& bundledStyleSheet()
{
    static const StyleSheet sheet = [] {
        try {
            return StyleSheet::fromFile(bundledStyleSheetPath());
        } catch (const StyleError& e) {
            // The test suite parses the bundled file, so this is a broken build.
            qWarning("bundled map style: %s", e.what());
            return StyleSheet();
        }
    }();
    return sheet;
}

} // namespace xiuhua::map::default_styles
