#pragma once

#include "map/feature_store_loader.h"
#include "map/map_layer.h"
#include "map/vector_style.h"

#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

class OGRSpatialReference;

namespace xiuhua::geo {
class VectorSource;
}

namespace xiuhua::map {

class FeatureStore;
struct FeatureShape;

// One feature found by VectorLayer::identify(): the layer, the feature's id in
// its source (OGR FID) and its attributes as read.
struct IdentifiedFeature
{
    QString layerId;
    qint64 fid = -1;
    QVariantMap attributes;
};

// A base-map layer read once from one OGR layer. All geometries are
// transformed to the display CRS at load time and kept in an immutable
// FeatureStore (flat coordinates, generalised copies for overview scales, a
// spatial index, fids and attributes) that background renders share without
// locking. A layer that fails to load keeps an errorString() and draws
// nothing; it never throws.
class VectorLayer : public MapLayer
{
    Q_OBJECT

public:
    VectorLayer(QString id, QString name, VectorStyle style, int zValue, QObject* parent = nullptr);
    ~VectorLayer() override;

    // Replaces the content; returns false and sets errorString() on failure.
    bool load(const geo::VectorSource& source, const QString& layerName,
              const OGRSpatialReference& displayCrs, const FeatureLoadOptions& options = {});
    bool load(const QString& path, const QString& layerName, const OGRSpatialReference& displayCrs);

    // Replaces the content with a store read elsewhere (loadFeatureStore on a worker thread) and
    // its error (empty when it loaded).
    void setContent(std::shared_ptr<const FeatureStore> store, const QString& error);

    const VectorStyle& style() const { return m_style; }
    void setStyle(VectorStyle style);
    int featureCount() const;

    // Level of detail (on by default): generalised geometry and no features
    // smaller than a pixel at overview scales. Off draws every vertex.
    void setLevelOfDetail(bool enabled);
    bool levelOfDetail() const { return m_levelOfDetail; }

    // Features at mapPoint (display-CRS metres): points and lines within
    // toleranceMapUnits, polygons containing the point (or within the
    // tolerance of their outline). Top of the drawing order first. Empty
    // when the layer is hidden.
    std::vector<IdentifiedFeature> identify(QPointF mapPoint, double toleranceMapUnits) const;
    // The full geometry of the feature with this fid (display CRS); empty when there is none.
    FeatureShape featureShape(qint64 fid) const;

    QRectF extent() const override;
    QString errorString() const override { return m_error; }
    void render(QPainter& painter, const MapViewport& viewport) const override;
    void renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const override;
    std::unique_ptr<MapLayerRenderer> createRenderer(const MapViewport& viewport) const override;

private:
    void fail(const QString& error);

    VectorStyle m_style;
    std::shared_ptr<const FeatureStore> m_store; // never null
    bool m_levelOfDetail = true;
    QString m_error;
};

} // namespace xiuhua::map
