#pragma once

#include "map/vector_style.h"

#include <QColor>
#include <QString>

namespace xiuhua::map {

class StyleSheet;

// Built-in styles for the bundled jurisdiction layers (a calm municipal-GIS
// palette), the bundled style sheet (maps/huangpu.style.json, compiled in),
// and defaults by geometry type for data nobody styled.
namespace default_styles {

QColor background();
// The style for a bundled layer name ("roads", "posts", ...). "lines" (the
// raw OSM extract) gets the road style. Unknown names get a neutral style.
VectorStyle forLayer(const QString& layerName);
// Drawing order of the bundled layers (higher is on top).
int zValueFor(const QString& layerName);

// A style for a layer no style knows (e.g. a Shapefile the user adds): by
// geometry type, in one of ten calm colours picked by the layer name, so
// different layers get different colours.
VectorStyle forGeometry(GeometryType type, const QString& layerName);
// The same with an explicit palette index (0..9, wraps).
VectorStyle forGeometry(GeometryType type, int paletteIndex);
QColor paletteColour(int index);

// The style sheet's style for the layer if it has one, else the built-in
// style of a bundled layer, else the default for the geometry type. The
// sheet may be null.
VectorStyle styleForLayer(const StyleSheet* sheet, const QString& layerName, GeometryType type);
// The sheet's z for the layer, else zValueFor(layerName).
int zValueFor(const StyleSheet* sheet, const QString& layerName);
// The sheet's default visibility for the layer (true when not styled).
bool visibleByDefault(const StyleSheet* sheet, const QString& layerName);

// The style sheet compiled into the program (maps/huangpu.style.json as
// ":/map_styles/huangpu.style.json"), parsed once. Thread-safe.
const StyleSheet& bundledStyleSheet();
QString bundledStyleSheetPath();

// Colours other code may want to match (legends, tests).
inline const QColor kPostBlue{0x15, 0x65, 0xc0};
inline const QColor kFireRed{0xd3, 0x2f, 0x2f};
inline const QColor kCommunityPurple{0x7b, 0x61, 0xff};

} // namespace default_styles

} // namespace xiuhua::map
