#include "geo/projection.h"

#include "geo/geo_error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace xiuhua::geo {

int jurisdictionEpsg()
{
    return kJurisdictionEpsg;
}

int utmZone(double lon)
{
    double normalised = std::fmod(lon + 180.0, 360.0);
    if (normalised < 0)
        normalised += 360.0;
    return std::clamp(int(std::floor(normalised / 6.0)) + 1, 1, 60);
}

int utmEpsgFor(double lon, double lat)
{
    return (lat >= 0 ? 32600 : 32700) + utmZone(lon);
}

OGRSpatialReference spatialReferenceFromEpsg(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        throw GeoError("Unknown coordinate reference system EPSG:" + std::to_string(epsg));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace xiuhua::geo
