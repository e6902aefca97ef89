#pragma once

#include "map/map_layer.h"
#include "map/vector_style.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <vector>

class OGRGeometry;
class OGRSpatialReference;

namespace xiuhua::geo {
class VectorSource;
}

namespace xiuhua::map {

struct LabelLook;

// One feature found by VectorLayer::identify(): the layer, the feature's id in
// its source (OGR FID) and its attributes as read.
struct IdentifiedFeature
{
    QString layerId;
    qint64 fid = -1;
    QVariantMap attributes;
};

// A base-map layer read once from one OGR layer. All geometries are
// transformed to the display CRS at load time and kept as painter-ready
// paths, polylines and points with their bounding boxes (for culling) and
// the label text. A layer that fails to load keeps an errorString() and
// draws nothing; it never throws.
class VectorLayer : public MapLayer
{
    Q_OBJECT

public:
    VectorLayer(QString id, QString name, VectorStyle style, int zValue, QObject* parent = nullptr);

    // Replaces the content; returns false and sets errorString() on failure.
    bool load(const geo::VectorSource& source, const QString& layerName,
              const OGRSpatialReference& displayCrs);
    bool load(const QString& path, const QString& layerName, const OGRSpatialReference& displayCrs);

    const VectorStyle& style() const { return m_style; }
    void setStyle(VectorStyle style);
    int featureCount() const { return int(m_items.size()); }

    // Features at mapPoint (display-CRS metres): points and lines within
    // toleranceMapUnits, polygons containing the point (or within the
    // tolerance of their outline). Top of the drawing order first. Empty
    // when the layer is hidden.
    std::vector<IdentifiedFeature> identify(QPointF mapPoint, double toleranceMapUnits) const;

    QRectF extent() const override { return m_extent; }
    QString errorString() const override { return m_error; }
    void render(QPainter& painter, const MapViewport& viewport) const override;
    void renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const override;

private:
    struct Item
    {
        int category = -1; // index into m_style.categories, -1 = fallback
        QRectF bounds;     // display CRS
        QPainterPath area;
        std::vector<QPolygonF> lines;
        std::vector<QPointF> points;
        QPointF labelAnchor;
        QString label;
        qint64 fid = -1;
        int row = 0; // into m_values
    };

    void addGeometry(Item& item, const OGRGeometry& geometry) const;
    const FeatureStyle& styleOf(const Item& item) const;
    int categoryOf(const QString& value) const;
    double widthFactor(double scale) const;
    void placeInteriorLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer,
                            const Item& item, const LabelLook& look) const;
    void drawLineLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer, const Item& item,
                       const FeatureStyle& style) const;

    VectorStyle m_style;
    std::vector<Item> m_items; // sorted by drawing order (category)
    QStringList m_fieldNames;
    std::vector<QVariant> m_values; // row-major, m_fieldNames.size() per item
    QRectF m_extent;
    QString m_error;
};

} // namespace xiuhua::map
