#pragma once

#include "map/point_symbol.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <limits>
#include <optional>
#include <vector>

namespace xiuhua::map {

// The kind of geometry a layer holds, for default styles and legend swatches.
enum class GeometryType
{
    Unknown,
    Point,
    Line,
    Polygon
};

// An OGR geometry type (OGRwkbGeometryType, any dimension, multi or not) as a GeometryType.
GeometryType geometryTypeFromWkb(int wkbType);

// The look of one class of features. Widths and sizes are in pixels.
struct FeatureStyle
{
    // Lines and polygon outlines; a width of 0 draws no line.
    QColor stroke = Qt::darkGray;
    double strokeWidth = 1;
    Qt::PenStyle strokePattern = Qt::SolidLine;
    // Custom dashes in units of the stroke width (overrides strokePattern).
    QList<qreal> dashPattern;
    // Lines only: a wider line drawn under every stroke of the layer (road casing).
    QColor casing;
    double casingWidth = 0;
    // Polygons; an invalid colour fills nothing.
    QColor fill;
    // Points.
    PointSymbol symbol;

    // Labels; labelSize is a pixel size, 0 = no label.
    double labelSize = 0;
    bool labelBold = false;
    QColor labelColour = QColor(0x33, 0x33, 0x33);
    QColor haloColour = Qt::white;
    double haloWidth = 2.5;
    // Where the label text comes from; empty = the layer's VectorStyle::labelField.
    QString labelField;
    // Label collision: a higher priority is placed first and wins.
    int labelPriority = 0;

    // Scale limits in metres per pixel: hidden when zoomed out beyond maxScale
    // or zoomed in beyond minScale.
    double minScale = 0;
    double maxScale = std::numeric_limits<double>::infinity();
    double labelMaxScale = std::numeric_limits<double>::infinity();

    bool visibleAt(double scale) const { return scale >= minScale && scale <= maxScale; }
};

// A condition on a feature's attributes, e.g. `class in [primary, trunk]`.
// A null or missing attribute equals nothing: it fails =, in, <, >, <=, >=
// and passes != and not in. Ordering comparisons are numeric only.
struct FeatureFilter
{
    enum class Op
    {
        Always, // matches every feature
        Equal,
        NotEqual,
        In,
        NotIn,
        Less,
        Greater,
        LessOrEqual,
        GreaterOrEqual,
        IsNull,
        IsNotNull,
        All, // every child matches (true when there are none)
        Any, // some child matches
        Not  // the one child does not match
    };

    Op op = Op::Always;
    QString field;
    QVariantList values; // one for comparisons, any number for In/NotIn
    std::vector<FeatureFilter> children;

    bool matches(const QVariantMap& attributes) const;
    // Readable form, e.g. `class in [primary, primary_link]` or `all(kind = kiosk, floors > 3)`.
    QString toString() const;

    // Parses one condition: `field op value`, where op is one of = != < > <= >=,
    // `field in [a, b]`, `field not in [..]`, `field is null`, `field is not null`.
    // Values are numbers, 'quoted' or "quoted" strings, or bare words; a field
    // name with spaces or operators can be "quoted". Returns nothing and sets
    // *error on a mistake.
    static std::optional<FeatureFilter> parse(const QString& text, QString* error);
};

// A categorised style for a vector layer: each feature picks a FeatureStyle,
// either by the value of a category field (e.g. the road class) or by the
// first category whose filter matches (style files).
struct VectorStyle
{
    enum class LabelPlacement
    {
        AroundPoint,
        AlongLine,
        Interior
    };

    struct Category
    {
        Category() = default;
        // Not an aggregate, so {values, style} keeps compiling without missing-initialiser warnings.
        Category(QStringList values, FeatureStyle style, QString title = {})
            : values(std::move(values)), style(std::move(style)), title(std::move(title))
        {}

        // Matched against the first of categoryFields the feature has (when filter is unset).
        QStringList values;
        FeatureStyle style;
        // When set, decides alone whether a feature belongs to this category.
        std::optional<FeatureFilter> filter;
        // Legend text; empty = the values.
        QString title;

        bool matches(const QVariantMap& attributes, const QString& categoryField) const;
    };

    // Candidate fields for the category; the first the layer has is used
    // (e.g. "class" in the GeoPackage, "highway" in raw OSM).
    QStringList categoryFields;
    // Drawing order: first category at the bottom, last on top.
    std::vector<Category> categories;
    FeatureStyle fallback;
    QString fallbackTitle; // legend text for the fallback
    bool drawUncategorised = true;
    // Line widths grow when zoomed in and shrink when zoomed out.
    bool scaleWidthsWithZoom = false;

    QString labelField;
    LabelPlacement labelPlacement = LabelPlacement::AroundPoint;

    // The first category the feature belongs to, or -1 (drawn with the
    // fallback if drawUncategorised).
    int categoryIndexFor(const QVariantMap& attributes) const;
    // The style of a category index as returned by categoryIndexFor.
    const FeatureStyle& styleAt(int categoryIndex) const;
    // The label text field of a category index.
    QString labelFieldAt(int categoryIndex) const;
};

} // namespace xiuhua::map
