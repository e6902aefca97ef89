#include "map/point_layer.h"

#include "map/label_placer.h"
#include "map/map_viewport.h"
#include "map/point_sprite_atlas.h"

#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {

constexpr qsizetype kLabelCacheBytes = 48 * 1024 * 1024;
constexpr std::size_t kMaxLabelledPoints = 5000;

LabelLook pointLabelLook()
{
    return {LabelPlacer::mapFont(12, true), QColor(0x21, 0x21, 0x21), Qt::white, 2.5};
}

bool isRaster(const QPainter& painter)
{
    const QPaintEngine* engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster &&
           painter.worldTransform().type() <= QTransform::TxTranslate;
}

} // namespace

PointLayer::PointLayer(QString id, QString name, geo::CoordinateTransform displayTransform, int zValue,
                       QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent), m_toDisplay(std::move(displayTransform)),
      m_labelSprites(kLabelCacheBytes)
{
    m_symbol.shape = PointSymbol::Shape::Circle;
    m_symbol.size = 12;
    m_symbol.outline = Qt::white;
    m_symbol.outlineWidth = 2;
}

PointLayer::~PointLayer() = default;

void PointLayer::setPoints(std::vector<MapPoint> points)
{
    // A status change re-sends every point unmoved: keep the projection and
    // the index then; project only points whose position changed.
    std::vector<QPointF> coordinates(points.size());
    std::vector<std::size_t> toProject;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const MapPoint& p = points[i];
        if (i < m_points.size() && m_points[i].id == p.id && m_points[i].lon == p.lon &&
            m_points[i].lat == p.lat)
            coordinates[i] = m_projected[i];
        else
            toProject.push_back(i);
    }
    if (!toProject.empty()) {
        std::vector<QPointF> projected;
        projected.reserve(toProject.size());
        for (const std::size_t i : toProject)
            projected.emplace_back(points[i].lon, points[i].lat);
        m_toDisplay.transform(projected); // failed points come back as HUGE_VAL (inf)
        for (std::size_t k = 0; k < toProject.size(); ++k)
            coordinates[toProject[k]] = projected[k];
    }
    const bool moved = !toProject.empty() || points.size() != m_points.size();

    std::vector<MapPoint> previous = std::move(m_points);
    m_points.clear();
    m_projected.clear();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF& xy = coordinates[i];
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()))
            continue;
        m_points.push_back(std::move(points[i]));
        m_projected.push_back(xy);
    }
    if (moved)
        rebuildIndex();
    m_indexOf.clear();
    rebuildStyleKeys(previous);
    emit changed();
}

void PointLayer::rebuildIndex()
{
    std::vector<geo::Box> boxes;
    boxes.reserve(m_projected.size());
    geo::Box all;
    for (const QPointF& xy : m_projected) {
        boxes.push_back(geo::Box::around(xy.x(), xy.y()));
        all.expand(boxes.back());
    }
    m_index = geo::SpatialIndex(boxes);
    m_extent = all.isEmpty() ? QRectF() : QRectF(QPointF(all.minX, all.minY), QPointF(all.maxX, all.maxY));
}

bool PointLayer::updatePoints(std::vector<MapPoint> replacements)
{
    if (m_indexOf.isEmpty() && !m_points.empty()) {
        m_indexOf.reserve(qsizetype(m_points.size()));
        for (std::size_t i = 0; i < m_points.size(); ++i)
            m_indexOf.insert(m_points[i].id, std::uint32_t(i));
    }
    // Everything is checked before anything changes.
    std::vector<std::pair<std::uint32_t, QPointF>> places;
    places.reserve(replacements.size());
    for (const MapPoint& point : replacements) {
        const auto it = m_indexOf.constFind(point.id);
        if (it == m_indexOf.constEnd())
            return false;
        const MapPoint& before = m_points[*it];
        QPointF xy = m_projected[*it];
        if (before.lon != point.lon || before.lat != point.lat) {
            std::vector<QPointF> one{QPointF(point.lon, point.lat)};
            m_toDisplay.transform(one);
            xy = one.front();
            if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()))
                return false;
        }
        places.emplace_back(*it, xy);
    }
    bool moved = false;
    for (std::size_t k = 0; k < replacements.size(); ++k) {
        const auto [i, xy] = places[k];
        moved = moved || xy != m_projected[i];
        m_projected[i] = xy;
        m_points[i] = std::move(replacements[k]);
        if (m_atlas && i < m_styleOf.size()) {
            m_styleOf[i] = styleKeyOf(m_points[i]);
            m_ranks[i] = m_atlas->rank(m_points[i].state);
        }
    }
    if (moved)
        rebuildIndex();
    ++m_generation;
    emit changed();
    return true;
}

std::uint16_t PointLayer::styleKeyOf(const MapPoint& point)
{
    // A layer has a few dozen (category, state) pairs: a look along them is cheaper than a key.
    for (std::size_t k = 0; k < m_styleKeys.size(); ++k) {
        if (m_styleKeys[k].first == point.category && m_styleKeys[k].second == point.state)
            return std::uint16_t(k);
    }
    if (m_styleKeys.size() >= 0xffff)
        return 0;
    m_styleKeys.emplace_back(point.category, point.state);
    return std::uint16_t(m_styleKeys.size() - 1);
}

void PointLayer::rebuildStyleKeys(const std::vector<MapPoint>& previous)
{
    ++m_generation;
    std::vector<std::uint16_t> styleOf(m_points.size(), 0);
    std::vector<int> ranks(m_points.size(), 0);
    if (previous.empty())
        m_styleKeys.clear();
    QHash<QString, std::uint16_t> seen; // filled from m_styleKeys when first needed
    auto keyOf = [](const QString& category, const QString& state) {
        return category + QLatin1Char('\x1f') + state;
    };
    for (std::size_t i = 0; m_atlas && i < m_points.size(); ++i) {
        const MapPoint& p = m_points[i];
        // A status change re-sends every point: the unchanged ones keep their style
        // without building and hashing a key (20,000 of them would cost a frame).
        if (i < previous.size() && i < m_styleOf.size() && previous[i].id == p.id &&
            previous[i].state == p.state && previous[i].category == p.category) {
            styleOf[i] = m_styleOf[i];
            ranks[i] = m_ranks[i];
            continue;
        }
        if (seen.isEmpty()) {
            for (std::size_t k = 0; k < m_styleKeys.size(); ++k)
                seen.insert(keyOf(m_styleKeys[k].first, m_styleKeys[k].second), std::uint16_t(k));
        }
        const QString key = keyOf(p.category, p.state);
        auto it = seen.find(key);
        if (it == seen.end() && m_styleKeys.size() < 0xffff) {
            it = seen.insert(key, std::uint16_t(m_styleKeys.size()));
            m_styleKeys.emplace_back(p.category, p.state);
        }
        styleOf[i] = it == seen.end() ? 0 : it.value();
        ranks[i] = m_atlas->rank(p.state);
    }
    m_styleOf = std::move(styleOf);
    m_ranks = std::move(ranks);
}

void PointLayer::setSpriteAtlas(std::shared_ptr<const PointSpriteAtlas> atlas)
{
    m_atlas = std::move(atlas);
    rebuildStyleKeys({}); // ranks come from the new atlas
    emit changed();
}

void PointLayer::setClustering(ClusterOptions options)
{
    m_clusterOptions = options;
    ++m_generation;
    emit changed();
}

bool PointLayer::isClustering(const MapViewport& viewport) const
{
    return m_clusterOptions.minScale > 0 && viewport.scale() >= m_clusterOptions.minScale;
}

std::shared_ptr<const PointClusters> PointLayer::clustering(const MapViewport& viewport) const
{
    if (!isClustering(viewport))
        return nullptr;
    const QMutexLocker lock(&m_clusterMutex);
    if (!m_clusters || m_clusterScale != viewport.scale() || m_clusterGeneration != m_generation) {
        m_clusters = std::make_shared<const PointClusters>(
            m_projected, m_ranks, m_clusterOptions.cellPx * viewport.scale(), m_clusterOptions.minCount);
        m_clusterScale = viewport.scale();
        m_clusterGeneration = m_generation;
    }
    return m_clusters;
}

std::vector<PointCluster> PointLayer::clusters(const MapViewport& viewport) const
{
    const auto clusters = clustering(viewport);
    return clusters ? clusters->clusters() : std::vector<PointCluster>{};
}

std::optional<PointCluster> PointLayer::clusterAt(QPointF pixel, const MapViewport& viewport) const
{
    if (!isVisible())
        return std::nullopt;
    const auto clusters = clustering(viewport);
    if (!clusters)
        return std::nullopt;
    // Later clusters are drawn on top.
    const std::vector<PointCluster>& all = clusters->clusters();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (QLineF(pixel, viewport.toPixel(it->centre)).length() <= PointClusters::badgeRadius(it->count))
            return *it;
    }
    return std::nullopt;
}

double PointLayer::symbolRadius() const
{
    return m_atlas ? m_atlas->radius() : m_symbol.radius();
}

QColor PointLayer::clusterColour(const PointCluster& cluster) const
{
    if (m_atlas) {
        const QColor ring = m_atlas->markerAt(cluster.rank).ring;
        if (ring.isValid())
            return ring;
    }
    return QColor(0x37, 0x47, 0x4f);
}

std::optional<MapPoint> PointLayer::point(qint64 id) const
{
    for (const MapPoint& p : m_points) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void PointLayer::setSymbol(PointSymbol symbol)
{
    m_symbol = std::move(symbol);
    emit changed();
}

void PointLayer::setLabelsVisible(bool visible)
{
    m_labelsVisible = visible;
    emit changed();
}

std::optional<qint64> PointLayer::pointAt(QPointF pixel, const MapViewport& viewport,
                                          double tolerancePx) const
{
    if (!isVisible())
        return std::nullopt;
    std::optional<qint64> best;
    double bestDistance = tolerancePx + symbolRadius();
    const std::shared_ptr<const PointClusters> clusters = clustering(viewport);
    const QPointF centre = viewport.toMap(pixel);
    const std::vector<std::uint32_t> candidates =
        m_index.query(geo::Box::around(centre.x(), centre.y(), bestDistance * viewport.scale()));
    // Later points are drawn on top: on a tie the later one wins.
    for (const std::uint32_t i : candidates) {
        if (clusters && clusters->isClustered(i))
            continue; // under a badge: not clickable on its own
        const double d = QLineF(pixel, viewport.toPixel(m_projected[i])).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = m_points[i].id;
        }
    }
    return best;
}

std::vector<qint64> PointLayer::pointsIn(const QRectF& mapRect) const
{
    std::vector<qint64> ids;
    for (const std::uint32_t i : m_index.query(mapRect))
        ids.push_back(m_points[i].id);
    return ids;
}

std::vector<std::uint32_t> PointLayer::visiblePoints(const MapViewport& viewport, double marginPx,
                                                     const PointClusters* clusters) const
{
    const double margin = marginPx * viewport.scale();
    const QRectF area = viewport.extent().adjusted(-margin, -margin, margin, margin);
    if (!clusters)
        return m_index.query(area);
    std::vector<std::uint32_t> visible;
    for (const std::uint32_t i : clusters->singles()) {
        if (area.contains(m_projected[i]))
            visible.push_back(i);
    }
    return visible;
}

void PointLayer::render(QPainter& painter, const MapViewport& viewport) const
{
    if (!isVisible())
        return;
    const std::shared_ptr<const PointClusters> clusters = clustering(viewport);
    PointSymbol symbol = m_symbol;
    // Sprites are antialiased already and blitted at whole pixels: the
    // plain blit is the raster engine's fast path.
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const std::vector<std::uint32_t> visible = visiblePoints(viewport, symbolRadius() + 2, clusters.get());
    const double dpr = painter.device()->devicePixelRatio();
    auto blit = [&painter, &viewport](const QImage& sprite, const QPointF& mapPoint) {
        const double half = sprite.width() / sprite.devicePixelRatio() / 2;
        const QPointF px = viewport.toPixel(mapPoint);
        painter.drawImage(QPointF(std::round(px.x() - half), std::round(px.y() - half)), sprite);
    };
    if (m_atlas) {
        // One sprite per distinct (category, state), fetched once per frame.
        std::vector<QImage> sprites(m_styleKeys.size());
        for (const std::uint32_t i : visible) {
            const std::uint16_t style = m_styleOf[i];
            if (style >= sprites.size())
                continue;
            if (sprites[style].isNull())
                sprites[style] = m_atlas->sprite(m_styleKeys[style].first, m_styleKeys[style].second, dpr);
            if (isRaster(painter))
                blit(sprites[style], m_projected[i]);
            else // vector output (PDF, print): scale-independent drawing of the same sprite
                painter.drawImage(
                    QRectF(viewport.toPixel(m_projected[i]) -
                               QPointF(sprites[style].width(), sprites[style].height()) / dpr / 2,
                           QSizeF(sprites[style].size()) / dpr),
                    sprites[style]);
        }
    } else if (!isRaster(painter) || m_symbol.shape == PointSymbol::Shape::None) {
        for (const std::uint32_t i : visible) {
            symbol.fill = m_points[i].colour.isValid() ? m_points[i].colour : m_symbol.fill;
            symbol.draw(painter, viewport.toPixel(m_projected[i]));
        }
    } else {
        // One sprite per colour, copied (implicitly shared) so that rendering
        // another colour's sprite cannot invalidate it.
        std::vector<std::pair<QRgb, QImage>> sprites;
        for (const std::uint32_t i : visible) {
            const QColor& colour = m_points[i].colour.isValid() ? m_points[i].colour : m_symbol.fill;
            const QRgb rgba = colour.rgba();
            auto it = std::find_if(sprites.begin(), sprites.end(),
                                   [rgba](const auto& s) { return s.first == rgba; });
            if (it == sprites.end()) {
                symbol.fill = colour;
                sprites.emplace_back(rgba, symbol.sprite(dpr));
                it = sprites.end() - 1;
            }
            blit(it->second, m_projected[i]);
        }
    }
    if (clusters)
        renderClusters(painter, viewport, *clusters);
    painter.restore();
}

void PointLayer::renderClusters(QPainter& painter, const MapViewport& viewport,
                                const PointClusters& clusters) const
{
    const double dpr = painter.device()->devicePixelRatio();
    const double margin = (PointClusters::badgeRadius(100000) + 6) * viewport.scale();
    const QRectF area = viewport.extent().adjusted(-margin, -margin, margin, margin);
    for (const PointCluster& cluster : clusters.clusters()) {
        if (!area.contains(cluster.centre))
            continue;
        const QImage& badge = PointClusters::badge(cluster.count, clusterColour(cluster), dpr);
        const double half = badge.width() / dpr / 2;
        const QPointF px = viewport.toPixel(cluster.centre);
        painter.drawImage(QPointF(std::round(px.x() - half), std::round(px.y() - half)), badge);
    }
}

const QImage* PointLayer::labelSprite(const QString& text, const LabelLook& look, double dpr) const
{
    if (m_labelSpriteDpr != dpr) {
        m_labelSprites.clear();
        m_labelSpriteDpr = dpr;
    }
    if (const QImage* cached = m_labelSprites.object(text))
        return cached;
    const double pad = look.haloWidth + 1;
    const QSize size(int(std::ceil(LabelPlacer::textWidth(look.font, text) + 2 * pad)),
                     int(std::ceil(LabelPlacer::lineHeight(look.font) + 2 * pad)));
    auto* image = new QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image->setDevicePixelRatio(dpr);
    image->fill(Qt::transparent);
    {
        // The halo as the text drawn around a circle, then the text: shaped
        // once, drawn from the glyph cache (stroking outlines is ~10x slower).
        QPainter painter(image);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setFont(look.font);
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        staticText.prepare(QTransform(), look.font);
        const QPointF topLeft((size.width() - staticText.size().width()) / 2,
                              (size.height() - staticText.size().height()) / 2);
        if (look.haloWidth > 0) {
            painter.setPen(look.halo);
            const double h = look.haloWidth;
            for (int k = 0; k < 12; ++k) {
                const double a = k * M_PI / 6;
                painter.drawStaticText(topLeft + QPointF(h * std::cos(a), h * std::sin(a)), staticText);
            }
        }
        painter.setPen(look.colour);
        painter.drawStaticText(topLeft, staticText);
    }
    const auto cost = qsizetype(image->sizeInBytes());
    m_labelSprites.insert(text, image, cost); // takes ownership
    return m_labelSprites.object(text);
}

void PointLayer::renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const
{
    if (!isVisible())
        return;
    const double r = symbolRadius();
    const std::shared_ptr<const PointClusters> clusters = clustering(viewport);
    const std::vector<std::uint32_t> visible = visiblePoints(viewport, r, clusters.get());
    if (clusters) {
        for (const PointCluster& cluster : clusters->clusters()) {
            const QPointF px = viewport.toPixel(cluster.centre);
            const double b = PointClusters::badgeRadius(cluster.count);
            if (QRectF(QPointF(0, 0), QSizeF(viewport.outputSize())).adjusted(-b, -b, b, b).contains(px))
                placer.reserve(QRectF(px.x() - b, px.y() - b, 2 * b, 2 * b));
        }
    }
    for (const std::uint32_t i : visible) {
        const QPointF px = viewport.toPixel(m_projected[i]);
        placer.reserve(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
    }
    // Thousands of labels over a whole city are unreadable and would cost a
    // frame: beyond kMaxLabelledPoints in view only the symbols are drawn.
    if (!m_labelsVisible || visible.size() > kMaxLabelledPoints)
        return;
    const LabelLook look = pointLabelLook();
    if (!isRaster(painter)) { // vector output: real text
        for (auto it = visible.rbegin(); it != visible.rend(); ++it)
            placer.placeAroundPoint(painter, m_points[*it].label, look, viewport.toPixel(m_projected[*it]),
                                    r);
        return;
    }
    // Raster: the same four candidate positions, blitting a cached image.
    const QMutexLocker lock(&m_labelMutex);
    const double dpr = painter.device()->devicePixelRatio();
    const double halfW0 = look.haloWidth;
    const double halfH = LabelPlacer::lineHeight(look.font) / 2 + look.haloWidth;
    const double gap = r + 1;
    for (auto it = visible.rbegin(); it != visible.rend(); ++it) {
        const QString& text = m_points[*it].label;
        if (text.isEmpty())
            continue;
        const double halfW = LabelPlacer::textWidth(look.font, text) / 2 + halfW0;
        const QPointF point = viewport.toPixel(m_projected[*it]);
        const QPointF candidates[] = {
            point + QPointF(gap + halfW, 0),
            point - QPointF(gap + halfW, 0),
            point - QPointF(0, gap + halfH),
            point + QPointF(0, gap + halfH),
        };
        for (const QPointF& centre : candidates) {
            if (!placer.reserveIfFree(QRectF(centre.x() - halfW, centre.y() - halfH, 2 * halfW, 2 * halfH)))
                continue;
            const QImage* sprite = labelSprite(text, look, dpr);
            const QSizeF size = QSizeF(sprite->size()) / dpr;
            painter.drawImage(QPointF(std::round(centre.x() - size.width() / 2),
                                      std::round(centre.y() - size.height() / 2)),
                              *sprite);
            placer.countPlaced();
            break;
        }
    }
}

} // namespace xiuhua::map
