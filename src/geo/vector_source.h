#pragma once

#include "geo/feature.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
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

    // What forEachFeature reads of each feature.
    struct Reading
    {
        // Attributes handed to the visitor, in this order (a field the layer lacks reads as
        // null); the layer's other fields are not parsed at all.
        QStringList fields;
        // Only features whose bounds meet this rectangle (the layer's CRS); null = all.
        QRectF within;
    };
    // Streams a layer feature by feature, without keeping them: visit(fid, values of reading.fields,
    // geometry) with the geometry in the layer's CRS, owned by the call (the caller may transform it
    // in place). Features without a geometry are skipped. Throws GeoError on a missing layer.
    using FeatureVisitor = std::function<void(qint64 fid, const QVariantList& values, OGRGeometry& geometry)>;
    void forEachFeature(const QString& layer, const Reading& reading, const FeatureVisitor& visit) const;
    // The bounds of a layer in its CRS, from the dataset's metadata when it keeps them
    // (GeoPackage, Shapefile); null for an empty layer. Throws GeoError on a missing layer.
    QRectF layerBounds(const QString& layer) const;
    // How many features the layer has when the dataset knows without counting; -1 otherwise.
    qint64 quickFeatureCount(const QString& layer) const;

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
