#pragma once

#include <ogr_spatialref.h>

namespace xiuhua::geo {

// WGS 84 geographic: how every bundled layer and every stored point is kept.
inline constexpr int kWgs84Epsg = 4326;
// Display CRS of the bundled jurisdiction (Huangpu, Shanghai): UTM zone 51N.
inline constexpr int kJurisdictionEpsg = 32651;

// The projected CRS the map of the bundled jurisdiction is drawn in.
int jurisdictionEpsg();

// UTM zone number (1..60) for a longitude (zone edges belong to the east zone).
int utmZone(double lon);
// EPSG code of the WGS 84 / UTM zone covering lon/lat: 326zz north, 327zz south.
int utmEpsgFor(double lon, double lat);

// OGRSpatialReference for an EPSG code with traditional GIS axis order
// (x = lon/easting). Throws GeoError for unknown codes.
OGRSpatialReference spatialReferenceFromEpsg(int epsg);

} // namespace xiuhua::geo
