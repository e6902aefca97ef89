#pragma once

#include <ogr_geometry.h>
#include <vector>

// The OSM extract is an incomplete drive network: many streets end short of
// the next one and some areas have no mesh at all. These helpers close the
// gaps and cut oversized faces so blocks get a city-like size.
namespace mapgen {

// Nodes lines at every crossing; returns a MultiLineString.
OGRGeometryUniquePtr nodeLines(const OGRGeometry& lines);

// Straight segments extending each dead end of the noded network until it
// meets another line, if that happens within `maxLength` metres.
std::vector<OGRGeometryUniquePtr> gapClosers(const OGRGeometry& noded, double maxLength);

// Splits a polygon by straight cuts across its long axis until every piece is
// at most `maxArea`. Appends the pieces and the cut lines.
void splitFace(const OGRGeometry& face, double maxArea, std::vector<OGRGeometryUniquePtr>& pieces,
               std::vector<OGRGeometryUniquePtr>& cuts);

} // namespace mapgen
