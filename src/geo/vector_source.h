#pragma once

#include "geo/feature.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <ogr_spatialref.h>
#include <vector>

class GDALDataset;
class OGRLayer;

namespace xiuhua::geo {

class CoordinateTransform;

// A read-only OGR vector dataset (GeoPackage, OSM XML, Shapefile, ...).
// RAII over GDALDataset and move-only. Not thread-safe: use one instance per
// thread (opening the same file twice is fine).
class VectorSource
{
public:
    // Throws GeoError if the file is missing, unreadable or not vector data.
    static VectorSource open(const QString& path);

    VectorSource(VectorSource&&) noexcept;
    VectorSource& operator=(VectorSource&&) noexcept;
    VectorSource(const VectorSource&) = delete;
    VectorSource& operator=(const VectorSource&) = delete;
    ~VectorSource();

    QString path() const { return m_path; }
    QStringList layerNames() const;
    bool hasLayer(const QString& layer) const;
    // Field names of a layer in schema order. Throws GeoError on a missing layer.
    QStringList fieldNames(const QString& layer) const;

    // The layer's CRS with traditional GIS axis order; empty (IsEmpty()) when
    // the layer has none. Throws GeoError on a missing layer.
    OGRSpatialReference layerCrs(const QString& layer) const;

    // All features of a layer, geometries in the layer's CRS.
    // Throws GeoError on a missing layer.
    std::vector<Feature> readLayer(const QString& layer) const;
    // Same, with every geometry transformed (the transform's source CRS must
    // be the layer's). Throws GeoError if a geometry cannot be transformed.
    std::vector<Feature> readLayer(const QString& layer, const CoordinateTransform& transform) const;

private:
    struct Closer
    {
        void operator()(GDALDataset* dataset) const;
    };
    VectorSource(const QString& path, GDALDataset* dataset);
    OGRLayer* layerOrThrow(const QString& layer) const;

    QString m_path;
    std::unique_ptr<GDALDataset, Closer> m_dataset;
};

} // namespace xiuhua::geo
