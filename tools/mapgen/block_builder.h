#pragma once

#include "map_model.h"

#include <string>
#include <vector>

namespace mapgen {

struct BlockStats
{
    int faces = 0;     // faces out of the polygonized road network
    int edgeFaces = 0; // dropped: touching the data's bounding box
    int slivers = 0;   // absorbed into a neighbouring block
    int dropped = 0;   // slivers and islands that no block took
};

struct BlockNetwork
{
    std::vector<Block> blocks;                // ids 1..N, blocks[i].id == i + 1
    std::vector<std::vector<int>> neighbours; // by block index, sorted
    BlockStats stats;
};

// True for roads at ground level that bound city blocks.
bool isGroundRoad(const Road& r);
// Half the width a road takes from the blocks beside it, in metres.
double roadHalfWidth(const Road& r);

// Polygonizes the noded ground road network into faces (closing its gaps and
// cutting oversized faces; those holding a `keepWhole` point less), drops
// the outer band, merges slivers into their neighbours and shrinks the
// blocks off the roads.
BlockNetwork buildBlocks(const std::vector<Road>& roads, const OGRGeometry* extentUtm,
                         const std::vector<OGRPoint>& keepWhole);

} // namespace mapgen
