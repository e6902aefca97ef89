#include "map/point_clusters.h"

#include "map/label_placer.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace xiuhua::map {

PointClusters::PointClusters(const std::vector<QPointF>& points, const std::vector<int>& ranks,
                             double cellMapUnits, int minCount)
    : m_clustered(points.size(), 0)
{
    if (cellMapUnits <= 0)
        return;
    struct Cell
    {
        double sumX = 0;
        double sumY = 0;
        double minX = 0, minY = 0, maxX = 0, maxY = 0; // QRectF::united ignores empty rects
        int count = 0;
        int rank = INT_MAX;
    };
    std::unordered_map<std::uint64_t, Cell> cells;
    cells.reserve(points.size() / 4 + 16);
    std::vector<std::uint64_t> keys(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF& p = points[i];
        const auto cx = std::int32_t(std::floor(p.x() / cellMapUnits));
        const auto cy = std::int32_t(std::floor(p.y() / cellMapUnits));
        keys[i] = (std::uint64_t(std::uint32_t(cx)) << 32) | std::uint32_t(cy);
        Cell& cell = cells[keys[i]];
        cell.sumX += p.x();
        cell.sumY += p.y();
        cell.minX = cell.count == 0 ? p.x() : std::min(cell.minX, p.x());
        cell.minY = cell.count == 0 ? p.y() : std::min(cell.minY, p.y());
        cell.maxX = cell.count == 0 ? p.x() : std::max(cell.maxX, p.x());
        cell.maxY = cell.count == 0 ? p.y() : std::max(cell.maxY, p.y());
        ++cell.count;
        if (i < ranks.size())
            cell.rank = std::min(cell.rank, ranks[i]);
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        m_clustered[i] = cells[keys[i]].count >= minCount ? 1 : 0;
        if (!m_clustered[i])
            m_singles.push_back(std::uint32_t(i));
    }
    for (const auto& [key, cell] : cells) {
        if (cell.count >= minCount)
            m_clusters.push_back({QPointF(cell.sumX / cell.count, cell.sumY / cell.count),
                                  QRectF(QPointF(cell.minX, cell.minY), QPointF(cell.maxX, cell.maxY)),
                                  cell.count, cell.rank});
    }
    // Same order on every run (the hash map's order is not): busier clusters on top.
    std::sort(m_clusters.begin(), m_clusters.end(), [](const PointCluster& a, const PointCluster& b) {
        if (a.count != b.count)
            return a.count < b.count;
        return a.centre.x() != b.centre.x() ? a.centre.x() < b.centre.x() : a.centre.y() < b.centre.y();
    });
}

double PointClusters::badgeRadius(int count)
{
    return count < 10 ? 11 : count < 100 ? 13 : count < 1000 ? 15 : 18;
}

const QImage& PointClusters::badge(int count, const QColor& colour, double dpr)
{
    struct Key
    {
        int count;
        QRgb colour;
        double dpr;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const { return qHashMulti(0, k.count, k.colour, k.dpr); }
    };
    thread_local std::unordered_map<Key, QImage, KeyHash> cache;
    const Key key{count, colour.rgba(), dpr};
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    if (cache.size() > 4000)
        cache.clear();
    const double r = badgeRadius(count);
    const double glow = 4; // a translucent ring says "several things here"
    const int side = 2 * int(std::ceil(r + glow + 1));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        const QPointF centre(side / 2.0, side / 2.0);
        QColor halo = colour;
        halo.setAlpha(90);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawEllipse(centre, r + glow, r + glow);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        painter.setFont(LabelPlacer::mapFont(count < 1000 ? 11 : 10, true));
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QString::number(count));
    }
    return cache.emplace(key, std::move(image)).first->second;
}

} // namespace xiuhua::map
