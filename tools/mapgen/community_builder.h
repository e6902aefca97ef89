#pragma once

#include "map_model.h"

#include <cstdint>
#include <vector>

namespace mapgen {

// Grows 12-20 contiguous, roughly equal communities from seed blocks over
// shared edges, names them after a bordering road and builds the station
// boundary as their union.
void buildCommunities(MapData& data, const std::vector<std::vector<int>>& neighbours, std::uint64_t seed);

// Population and households from the buildings; call after land use.
void estimatePopulation(MapData& data, std::uint64_t seed);

} // namespace mapgen
