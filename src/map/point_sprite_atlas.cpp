#include "map/point_sprite_atlas.h"

#include <QMutexLocker>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {

// Room around the symbol: a white halo under the ring keeps it readable on any base map.
constexpr double kRingGap = 1.0;
constexpr double kHalo = 1.0;
constexpr double kBadgeRadius = 4.0;

double ringOuterRadius(const PointSymbol& symbol, const StatusMarker& marker)
{
    const double r = symbol.size / 2;
    return marker.ring.isValid() ? r + kRingGap + marker.ringWidth + kHalo : symbol.radius();
}

} // namespace

PointSpriteAtlas::PointSpriteAtlas()
{
    m_default.shape = PointSymbol::Shape::Circle;
    m_default.size = 14;
    m_default.outline = Qt::white;
    m_default.outlineWidth = 1.5;
}

void PointSpriteAtlas::setDefaultSymbol(PointSymbol symbol)
{
    const QMutexLocker lock(&m_mutex);
    m_default = std::move(symbol);
    m_sprites.clear();
}

void PointSpriteAtlas::setSymbol(const QString& category, PointSymbol symbol)
{
    const QMutexLocker lock(&m_mutex);
    m_symbols.insert(category, std::move(symbol));
    m_sprites.clear();
}

void PointSpriteAtlas::setMarker(const QString& state, StatusMarker marker)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_markers.begin(), m_markers.end(),
                                 [&state](const auto& entry) { return entry.first == state; });
    if (it != m_markers.end())
        it->second = marker;
    else
        m_markers.emplace_back(state, marker);
    m_sprites.clear();
}

const PointSymbol& PointSpriteAtlas::symbol(const QString& category) const
{
    const auto it = m_symbols.constFind(category);
    return it != m_symbols.constEnd() ? it.value() : m_default;
}

StatusMarker PointSpriteAtlas::marker(const QString& state) const
{
    return markerAt(rank(state));
}

StatusMarker PointSpriteAtlas::markerAt(int rank) const
{
    return rank >= 0 && rank < int(m_markers.size()) ? m_markers[std::size_t(rank)].second : StatusMarker{};
}

int PointSpriteAtlas::rank(const QString& state) const
{
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        if (m_markers[i].first == state)
            return int(i);
    }
    return int(m_markers.size());
}

double PointSpriteAtlas::radius() const
{
    double symbolRadius = m_default.radius();
    for (const PointSymbol& s : m_symbols)
        symbolRadius = std::max(symbolRadius, s.radius());
    double ring = 0;
    for (const auto& [state, m] : m_markers)
        ring = std::max(ring, m.ring.isValid() ? kRingGap + m.ringWidth + kHalo : 0.0);
    return symbolRadius + ring;
}

QImage PointSpriteAtlas::sprite(const QString& category, const QString& state, double dpr) const
{
    const QString key = category + QLatin1Char('\x1f') + state + QLatin1Char('\x1f') + QString::number(dpr);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();
    QImage image = render(symbol(category), marker(state), dpr);
    m_sprites.insert(key, image);
    return image;
}

QImage PointSpriteAtlas::render(const PointSymbol& symbol, const StatusMarker& marker, double dpr) const
{
    const double outer = ringOuterRadius(symbol, marker);
    const int side = 2 * int(std::ceil(outer + 1));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.setOpacity(std::clamp(marker.opacity, 0.0, 1.0));
    const QPointF centre(side / 2.0, side / 2.0);
    if (marker.ring.isValid()) {
        const double ringRadius = symbol.size / 2 + kRingGap + marker.ringWidth / 2;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, marker.ringWidth + 2 * kHalo));
        painter.drawEllipse(centre, ringRadius, ringRadius);
        painter.setPen(QPen(marker.ring, marker.ringWidth));
        painter.drawEllipse(centre, ringRadius, ringRadius);
    }
    symbol.drawVector(painter, centre);
    if (marker.badge.isValid()) {
        // At the top right, over the ring: readable even where symbols crowd.
        const double d = (outer - kBadgeRadius) * M_SQRT1_2;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(marker.badge);
        painter.drawEllipse(centre + QPointF(d, -d), kBadgeRadius, kBadgeRadius);
    }
    return image;
}

} // namespace xiuhua::map
