#pragma once

#include "map/vector_style.h"

#include <QColor>
#include <QString>

namespace xiuhua::map {

// Built-in styles for the bundled jurisdiction layers (until style files
// exist): a calm municipal-GIS palette.
namespace default_styles {

QColor background();
// The style for a bundled layer name ("roads", "posts", ...). "lines" (the
// raw OSM extract) gets the road style. Unknown names get a neutral style.
VectorStyle forLayer(const QString& layerName);
// Drawing order of the bundled layers (higher is on top).
int zValueFor(const QString& layerName);

// Colours other code may want to match (legends, tests).
inline const QColor kPostBlue{0x15, 0x65, 0xc0};
inline const QColor kFireRed{0xd3, 0x2f, 0x2f};
inline const QColor kCommunityPurple{0x7b, 0x61, 0xff};

} // namespace default_styles

} // namespace xiuhua::map
