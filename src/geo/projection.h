#pragma once

#include <QString>

#include <ogr_spatialref.h>

namespace xiuhua::geo {

// WGS 84 geographic: how every bundled layer and every stored point is kept.
inline constexpr int kWgs84Epsg = 4326;
// Display CRS of the bundled jurisdiction (Huangpu, Shanghai): UTM zone 51N.
inline constexpr int kJurisdictionEpsg = 32651;

// The projected CRS the map of the bundled jurisdiction is drawn in.
int jurisdictionEpsg();

// The projected CRS to draw a jurisdiction's map in: the dataset's own choice when it names one
// (dataset metadata item XIUHUA_DISPLAY_EPSG, e.g. "3857" for Web Mercator), otherwise the UTM zone
// of its station boundary (or first layer). jurisdictionEpsg() when the file cannot be read.
int displayEpsgFor(const QString& datasetPath);

// UTM zone number (1..60) for a longitude (zone edges belong to the east zone).
int utmZone(double lon);
// EPSG code of the WGS 84 / UTM zone covering lon/lat: 326zz north, 327zz south.
int utmEpsgFor(double lon, double lat);

// OGRSpatialReference for an EPSG code with traditional GIS axis order
// (x = lon/easting). Throws GeoError for unknown codes.
OGRSpatialReference spatialReferenceFromEpsg(int epsg);

} // namespace xiuhua::geo
