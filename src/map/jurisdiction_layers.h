#pragma once

#include "map/feature_store_loader.h"

#include <QString>
#include <QStringList>

class OGRSpatialReference;

namespace xiuhua::map {

class LayerStack;
class StyleSheet;

// Names of the bundled jurisdiction layers in drawing order (bottom first).
QStringList jurisdictionLayerNames();

// Opens the bundled GeoPackage once and adds one VectorLayer per bundled
// layer (ids = layer names, default styles and z-values) to stack.
// Returns the user-readable errors: a file that cannot be opened adds no
// layer; a missing or broken layer is still added (it reports its
// errorString() and draws nothing) so the others draw.
// Styles: `sheet` when given; else the style file beside the data (huangpu.style.json next to
// huangpu.gpkg) when there is one; else the bundled style. A style file that does not parse is
// reported among the errors and the bundled style is used. `options` reads only what one render
// needs (a report's map, export-map).
QStringList loadJurisdictionLayers(LayerStack& stack, const QString& gpkgPath,
                                   const OGRSpatialReference& displayCrs, const StyleSheet* sheet = nullptr,
                                   const FeatureLoadOptions& options = {});

// The bounds of the jurisdiction's station boundary in `displayCrs`, from the file's metadata; null
// when it has none (or the file cannot be read).
QRectF stationBoundaryBounds(const QString& gpkgPath, const OGRSpatialReference& displayCrs);

} // namespace xiuhua::map
