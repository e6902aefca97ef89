#pragma once

#include "geo_util.h"
#include "map_model.h"

#include <map>
#include <string>
#include <vector>

namespace mapgen {

// Parses OSM's hstore-like other_tags: "oneway"=>"yes","lanes"=>"4".
std::map<std::string, std::string> parseOtherTags(const std::string& tags);

// Reads the highway lines of an OSM file, sorted by osm_id, in UTM.
// `extentUtm` receives the data's lon/lat bounding box as a UTM polygon.
std::vector<Road> readRoads(const std::string& path, const Transforms& tf, OGRGeometryUniquePtr& extentUtm);

} // namespace mapgen
