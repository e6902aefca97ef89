#pragma once

#include "geo_util.h"
#include "map_model.h"

#include <cstdint>

namespace mapgen {

// The real parks' locations (UTM); their faces are kept whole.
std::vector<OGRPoint> parkAnchors(const Transforms& tf);

// Marks the blocks under the real People's Square / People's Park as parks.
void markParks(std::vector<Block>& blocks, const Transforms& tf);

// Fills the blocks with buildings and small greens, and the parks with
// green and ponds. Deterministic for a seed.
void generateLandUse(MapData& data, const Transforms& tf, std::uint64_t seed);

} // namespace mapgen
