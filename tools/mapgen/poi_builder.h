#pragma once

#include "map_model.h"

#include <cstdint>

namespace mapgen {

// Police posts (one per community, kiosks, the station), micro fire
// stations and junction cameras. Every point lies inside its community.
void placePointsOfInterest(MapData& data, std::uint64_t seed);

} // namespace mapgen
