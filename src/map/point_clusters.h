#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>

#include <climits>
#include <cstdint>
#include <vector>

namespace xiuhua::map {

// One cluster: several points of an operational layer drawn as a count badge.
struct PointCluster
{
    QPointF centre; // mean position of the members, display-CRS metres
    QRectF bounds;  // of the members
    int count = 0;
    int rank = INT_MAX; // the most urgent member's state rank (lower is more urgent)
};

// Screen-grid clustering of an operational layer at one scale: points are
// binned into square cells of cellMapUnits (display-CRS metres, i.e. a fixed
// number of pixels at that scale) and a cell with at least minCount points
// becomes one cluster. The grid is anchored at the CRS origin rather than at
// the view, so panning never changes the clusters: they are recomputed only
// when the scale or the points change.
class PointClusters
{
public:
    PointClusters() = default;
    // ranks: one per point (or empty).
    PointClusters(const std::vector<QPointF>& points, const std::vector<int>& ranks, double cellMapUnits,
                  int minCount);

    const std::vector<PointCluster>& clusters() const { return m_clusters; }
    // True when the point is drawn as part of a cluster, not by itself.
    bool isClustered(std::size_t point) const { return point < m_clustered.size() && m_clustered[point]; }
    // The points drawn on their own, in drawing order: at overview scales a short list, so a
    // frame walks it instead of querying (and sorting) every point from the spatial index.
    const std::vector<std::uint32_t>& singles() const { return m_singles; }

    // The count badge for a cluster, cached per thread: square, even side, centred.
    static const QImage& badge(int count, const QColor& colour, double devicePixelRatio);
    // Half the badge's side in pixels.
    static double badgeRadius(int count);

private:
    std::vector<PointCluster> m_clusters;
    std::vector<std::uint8_t> m_clustered; // per point
    std::vector<std::uint32_t> m_singles;
};

} // namespace xiuhua::map
