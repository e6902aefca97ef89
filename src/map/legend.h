#pragma once

#include "map/vector_style.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

namespace xiuhua::map {

// One row of a layer's legend: what a rule looks like and what it is.
struct LegendEntry
{
    QString label; // the rule's title, else its values or filter; empty for a one-look layer
    QImage swatch; // transparent background, device pixel ratio 1
};

// A swatch per category (in drawing order, top-most first) and one for the
// fallback when it is drawn. A line sample for lines, a filled square for
// polygons, the symbol for points; Unknown geometry draws a polygon when the
// look has a fill, else a line.
std::vector<LegendEntry> legendFor(const VectorStyle& style, GeometryType type, QSize swatchSize);

// The swatch of one look.
QImage legendSwatch(const FeatureStyle& look, GeometryType type, QSize swatchSize);

} // namespace xiuhua::map
