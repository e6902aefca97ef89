#pragma once

#include "geo/coordinate_transform.h"
#include "geo/spatial_index.h"
#include "map/map_layer.h"
#include "map/point_clusters.h"
#include "map/point_symbol.h"

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace xiuhua::map {

struct LabelLook;
class PointSpriteAtlas;

// One operational point (an incident, a responder...), in WGS 84.
struct MapPoint
{
    qint64 id = 0;
    double lon = 0;
    double lat = 0;
    QString label;
    QString category;
    QString state;
    QColor colour;
};

// An operational layer fed from outside (no database access): the owner
// calls setPoints() whenever its data changes. Drawn every frame on top of
// the cached base map, so it is built for speed: a spatial index culls and
// hit-tests, symbols are blitted from cached sprites, labels from cached
// text images (on raster devices), and a setPoints() that moves no point
// (a status or colour change) keeps the projection and the index. Labels
// are left out while more than 5,000 of the layer's points are in view.
// With a sprite atlas each point is drawn with its category's symbol marked
// by its state; with clustering, overview scales draw crowded grid cells as
// one count badge (see PointClusters).
class PointLayer : public MapLayer
{
    Q_OBJECT

public:
    // displayTransform: WGS 84 lon/lat -> display CRS.
    PointLayer(QString id, QString name, geo::CoordinateTransform displayTransform, int zValue = 200,
               QObject* parent = nullptr);
    ~PointLayer() override;

    bool isOperational() const override { return true; }

    // Points that cannot be transformed are dropped. Emits changed().
    void setPoints(std::vector<MapPoint> points);
    // Replaces, in place, the points with these ids (a status change, a new position): one changed
    // responder among 20,000 is not a copy and re-index of all of them. Returns false and changes
    // nothing when one of them is not on the layer or cannot be placed: call setPoints() then.
    // Emits changed().
    bool updatePoints(std::vector<MapPoint> replacements);
    const std::vector<MapPoint>& points() const { return m_points; }
    std::optional<MapPoint> point(qint64 id) const;

    // Shape and size; the fill comes from each point's colour.
    void setSymbol(PointSymbol symbol);
    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return m_labelsVisible; }
    // Per-category symbols and per-state markers; replaces the single symbol
    // (null: back to the symbol filled with each point's colour).
    void setSpriteAtlas(std::shared_ptr<const PointSpriteAtlas> atlas);
    const PointSpriteAtlas* spriteAtlas() const { return m_atlas.get(); }

    struct ClusterOptions
    {
        double minScale = 0; // metres per pixel from which points cluster; <= 0: never
        double cellPx = 64;  // grid cell side in pixels
        int minCount = 3;    // fewer points in a cell are drawn one by one
    };
    void setClustering(ClusterOptions options);
    bool isClustering(const MapViewport& viewport) const;
    // The clusters at the viewport's scale (empty when not clustering).
    std::vector<PointCluster> clusters(const MapViewport& viewport) const;
    // The cluster whose badge is under pixel, if any.
    std::optional<PointCluster> clusterAt(QPointF pixel, const MapViewport& viewport) const;

    // The top-most point within tolerancePx of pixel (nearest wins).
    std::optional<qint64> pointAt(QPointF pixel, const MapViewport& viewport, double tolerancePx = 8) const;
    // Ids of the points inside mapRect (display-CRS metres, edges included),
    // in drawing order.
    std::vector<qint64> pointsIn(const QRectF& mapRect) const;

    QRectF extent() const override { return m_extent; }
    void render(QPainter& painter, const MapViewport& viewport) const override;
    void renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const override;

private:
    // Indexes of the points within marginPx of the view, in drawing order.
    // With clusters, only the points drawn on their own.
    std::vector<std::uint32_t> visiblePoints(const MapViewport& viewport, double marginPx,
                                             const PointClusters* clusters = nullptr) const;
    double symbolRadius() const;
    // The clustering at the viewport's scale, rebuilt only when the scale or the points change.
    std::shared_ptr<const PointClusters> clustering(const MapViewport& viewport) const;
    QColor clusterColour(const PointCluster& cluster) const;
    void renderClusters(QPainter& painter, const MapViewport& viewport, const PointClusters& clusters) const;
    // previous: the points before setPoints() (unchanged ones keep their style).
    void rebuildStyleKeys(const std::vector<MapPoint>& previous);
    // The index of a point's (category, state) in m_styleKeys, added when new.
    std::uint16_t styleKeyOf(const MapPoint& point);
    void rebuildIndex();
    const QImage* labelSprite(const QString& text, const LabelLook& look, double dpr) const;

    geo::CoordinateTransform m_toDisplay;
    std::vector<MapPoint> m_points;
    std::vector<QPointF> m_projected; // parallel to m_points
    geo::SpatialIndex m_index;        // over m_projected
    QRectF m_extent;
    PointSymbol m_symbol;
    bool m_labelsVisible = true;
    std::shared_ptr<const PointSpriteAtlas> m_atlas;
    // Per point, an index into m_styleKeys (its distinct category and state),
    // so a frame looks up a sprite per style, not per point.
    std::vector<std::uint16_t> m_styleOf;
    std::vector<std::pair<QString, QString>> m_styleKeys;
    std::vector<int> m_ranks; // per point, its state's rank in the atlas
    // Id -> index into m_points, built when updatePoints() first needs it after setPoints().
    QHash<qint64, std::uint32_t> m_indexOf;
    ClusterOptions m_clusterOptions;
    quint64 m_generation = 0; // bumped whenever what clusters depend on changes

    mutable QMutex m_clusterMutex;
    mutable std::shared_ptr<const PointClusters> m_clusters;
    mutable double m_clusterScale = 0;
    mutable quint64 m_clusterGeneration = 0;

    // Label images (text and halo), by text; rebuilt when the pixel ratio changes.
    mutable QMutex m_labelMutex;
    mutable QCache<QString, QImage> m_labelSprites;
    mutable double m_labelSpriteDpr = 0;
};

} // namespace xiuhua::map
