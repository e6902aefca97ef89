#pragma once

#include "map/point_symbol.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace xiuhua::map {

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

    // Scale limits in metres per pixel: hidden when zoomed out beyond them.
    double maxScale = std::numeric_limits<double>::infinity();
    double labelMaxScale = std::numeric_limits<double>::infinity();
};

// A categorised style for a vector layer: each feature picks a FeatureStyle
// by the value of a category field (e.g. the road class).
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
        QStringList values;
        FeatureStyle style;
    };

    // Candidate fields for the category; the first the layer has is used
    // (e.g. "class" in the GeoPackage, "highway" in raw OSM).
    QStringList categoryFields;
    // Drawing order: first category at the bottom, last on top.
    std::vector<Category> categories;
    FeatureStyle fallback;
    bool drawUncategorised = true;
    // Line widths grow when zoomed in and shrink when zoomed out.
    bool scaleWidthsWithZoom = false;

    QString labelField;
    LabelPlacement labelPlacement = LabelPlacement::AroundPoint;
};

} // namespace xiuhua::map
