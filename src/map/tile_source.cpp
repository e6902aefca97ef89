#include "map/tile_source.h"

namespace xiuhua::map {

// Out of line so the class's vtable and meta-object live in one object file.
TileSource::~TileSource() = default;

} // namespace xiuhua::map
