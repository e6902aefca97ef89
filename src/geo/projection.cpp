#include "geo/projection.h"

#include "geo/geo_error.h"

#include <algorithm>
#include <cmath>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
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

int displayEpsgFor(const QString& datasetPath)
{
    const auto close = [](GDALDataset* d) { GDALClose(d); };
    std::unique_ptr<GDALDataset, decltype(close)> dataset(GDALDataset::Open(datasetPath.toUtf8().constData(),
                                                                            GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                                            nullptr, nullptr, nullptr),
                                                          close);
    if (!dataset)
        return jurisdictionEpsg();
    if (const char* named = dataset->GetMetadataItem("XIUHUA_DISPLAY_EPSG")) {
        bool ok = false;
        const int epsg = QString::fromUtf8(named).trimmed().toInt(&ok);
        OGRSpatialReference probe;
        if (ok && probe.importFromEPSG(epsg) == OGRERR_NONE && probe.IsProjected())
            return epsg;
    }
    OGRLayer* layer = dataset->GetLayerByName("station_boundary");
    if (!layer && dataset->GetLayerCount() > 0)
        layer = dataset->GetLayer(0);
    OGREnvelope envelope;
    if (!layer || !layer->GetSpatialRef() || layer->GetExtent(&envelope, TRUE) != OGRERR_NONE)
        return jurisdictionEpsg();
    OGRSpatialReference source(*layer->GetSpatialRef());
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference wgs84 = spatialReferenceFromEpsg(kWgs84Epsg);
    std::unique_ptr<OGRCoordinateTransformation> toWgs84(OGRCreateCoordinateTransformation(&source, &wgs84));
    double x = (envelope.MinX + envelope.MaxX) / 2;
    double y = (envelope.MinY + envelope.MaxY) / 2;
    if (!toWgs84 || !toWgs84->Transform(1, &x, &y))
        return jurisdictionEpsg();
    return utmEpsgFor(x, y);
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
