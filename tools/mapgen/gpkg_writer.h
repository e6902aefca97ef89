#pragma once

#include "geo_util.h"
#include "map_model.h"

#include <string>

namespace mapgen {

// Writes all layers (in EPSG:4326) to a new GeoPackage at `path`.
// Throws std::runtime_error on failure.
void writeGeoPackage(const std::string& path, const MapData& data, const Transforms& tf);

} // namespace mapgen
