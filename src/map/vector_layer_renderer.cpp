#include "map/vector_layer_renderer.h"

#include "map/feature_store.h"
#include "map/label_placer.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {

constexpr double kMinFeaturePx = 1.0; // smaller features are skipped with level of detail on
constexpr std::size_t kCancelCheckEvery = 512;

// Round caps and joins are flattened curves for the stroker; below this
// width they look the same as square caps and bevel joins, which are far cheaper.
constexpr double kRoundCapMinWidth = 3.0;
constexpr int kSquareCapsFromLod = 3; // FeatureStore::kLodScales: from 32 m/px

QPen cosmeticPen(const QColor& colour, double width)
{
    const bool thin = width < kRoundCapMinWidth;
    QPen pen(colour, width, Qt::SolidLine, thin ? Qt::SquareCap : Qt::RoundCap,
             thin ? Qt::BevelJoin : Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

QPen strokePen(const FeatureStyle& style, double width)
{
    QPen pen = cosmeticPen(style.stroke, width);
    if (!style.dashPattern.isEmpty()) {
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern(style.dashPattern);
    } else if (style.strokePattern != Qt::SolidLine) {
        pen.setCapStyle(Qt::FlatCap);
        pen.setStyle(style.strokePattern);
    }
    return pen;
}

LabelLook lookOf(const FeatureStyle& s)
{
    return {LabelPlacer::mapFont(s.labelSize, s.labelBold), s.labelColour, s.haloColour, s.haloWidth};
}

} // namespace

VectorLayerRenderer::VectorLayerRenderer(std::shared_ptr<const FeatureStore> store, VectorStyle style,
                                         bool levelOfDetail)
    : m_store(std::move(store)), m_style(std::move(style)), m_levelOfDetail(levelOfDetail)
{}

const FeatureStyle& VectorLayerRenderer::styleOf(int category) const
{
    return category >= 0 ? m_style.categories[std::size_t(category)].style : m_style.fallback;
}

double VectorLayerRenderer::widthFactor(double scale) const
{
    return m_style.scaleWidthsWithZoom ? std::clamp(std::pow(2.0 / scale, 0.7), 0.5, 4.0) : 1.0;
}

std::vector<std::uint32_t> VectorLayerRenderer::visibleItems(const MapViewport& viewport,
                                                             double marginPx) const
{
    const double scale = viewport.scale();
    const double margin = marginPx * scale;
    std::vector<std::uint32_t> ids =
        m_store->itemsIn(viewport.extent().adjusted(-margin, -margin, margin, margin));
    const double minSize = m_levelOfDetail ? kMinFeaturePx * scale : 0;
    std::vector<char> enabled(m_style.categories.size() + 1);
    for (std::size_t c = 0; c < enabled.size(); ++c)
        enabled[c] = scale <= styleOf(int(c) - 1).maxScale;
    std::erase_if(ids, [&](std::uint32_t id) {
        const FeatureStore::Item& item = m_store->item(id);
        if (!enabled[std::size_t(item.category + 1)])
            return true;
        return !item.hasPoints && item.bounds.width() < minSize && item.bounds.height() < minSize;
    });
    return ids;
}

void VectorLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    if (!m_store || m_store->size() == 0 || context.isCancelled())
        return;
    const MapViewport& viewport = context.viewport;
    const std::vector<std::uint32_t> ids = visibleItems(viewport, kMarginPx);
    if (ids.empty())
        return;
    const int lod = m_levelOfDetail ? FeatureStore::lodFor(viewport.scale()) : 0;
    const double k = widthFactor(viewport.scale());

    painter.save();
    const QTransform base = painter.worldTransform();
    painter.setWorldTransform(viewport.mapToPixelTransform() * base);
    drawAreas(painter, ids, lod, k, context);
    painter.setBrush(Qt::NoBrush);
    drawLines(painter, ids, lod, k, true, context); // casings under every line fill
    drawLines(painter, ids, lod, k, false, context);
    painter.setWorldTransform(base);
    const FeatureStore::Lod& full = m_store->lod(0);
    for (const std::uint32_t id : ids) {
        const FeatureStore::Item& item = m_store->item(id);
        if (!item.hasPoints || context.isCancelled())
            continue;
        const PointSymbol& symbol = styleOf(item.category).symbol;
        for (std::uint32_t p = full.firstPart[id]; p < full.firstPart[id + 1]; ++p) {
            const FeatureStore::Part& part = full.parts[p];
            if (part.kind == FeatureStore::PartKind::Point)
                symbol.draw(painter, viewport.toPixel(full.coords[part.first]));
        }
    }
    painter.restore();
}

void VectorLayerRenderer::drawAreas(QPainter& painter, const std::vector<std::uint32_t>& ids, int lod,
                                    double k, const RenderContext& context) const
{
    const FeatureStore::Lod& g = m_store->lod(lod);
    int current = -2;
    std::size_t n = 0;
    for (const std::uint32_t id : ids) {
        if (++n % kCancelCheckEvery == 0 && context.isCancelled())
            return;
        const FeatureStore::Item& item = m_store->item(id);
        if (!item.hasArea)
            continue;
        if (item.category != current) {
            current = item.category;
            const FeatureStyle& s = styleOf(current);
            painter.setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
            painter.setPen(s.strokeWidth > 0 ? strokePen(s, s.strokeWidth * k) : QPen(Qt::NoPen));
        }
        const std::uint32_t first = g.firstPart[id];
        const std::uint32_t end = g.firstPart[id + 1];
        int rings = 0;
        for (std::uint32_t p = first; p < end; ++p)
            rings += g.parts[p].kind == FeatureStore::PartKind::Ring ? 1 : 0;
        if (rings == 1) {
            for (std::uint32_t p = first; p < end; ++p) {
                const FeatureStore::Part& part = g.parts[p];
                if (part.kind == FeatureStore::PartKind::Ring)
                    painter.drawPolygon(g.coords.data() + part.first, int(part.count), Qt::OddEvenFill);
            }
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t p = first; p < end; ++p) {
            const FeatureStore::Part& part = g.parts[p];
            if (part.kind != FeatureStore::PartKind::Ring)
                continue;
            const QPointF* c = g.coords.data() + part.first;
            path.moveTo(c[0]);
            for (std::uint32_t i = 1; i < part.count; ++i)
                path.lineTo(c[i]);
            path.closeSubpath();
        }
        painter.drawPath(path);
    }
}

void VectorLayerRenderer::drawLines(QPainter& painter, const std::vector<std::uint32_t>& ids, int lod,
                                    double k, bool casing, const RenderContext& context) const
{
    const FeatureStore::Lod& g = m_store->lod(lod);
    int current = -2;
    bool draw = false;
    std::size_t n = 0;
    for (const std::uint32_t id : ids) {
        if (++n % kCancelCheckEvery == 0 && context.isCancelled())
            return;
        const FeatureStore::Item& item = m_store->item(id);
        if (!item.hasLines)
            continue;
        if (item.category != current) {
            current = item.category;
            const FeatureStyle& s = styleOf(current);
            draw = casing ? s.casingWidth > 0 : s.strokeWidth > 0;
            if (draw) {
                QPen pen =
                    casing ? cosmeticPen(s.casing, s.casingWidth * k) : strokePen(s, s.strokeWidth * k);
                // At overview scales a road is a few pixels wide and its round ends are
                // invisible, but flattening them was the largest cost of a city overview.
                if (lod >= kSquareCapsFromLod) {
                    if (pen.capStyle() == Qt::RoundCap)
                        pen.setCapStyle(Qt::SquareCap);
                    pen.setJoinStyle(Qt::BevelJoin);
                }
                painter.setPen(pen);
            }
        }
        if (!draw)
            continue;
        for (std::uint32_t p = g.firstPart[id]; p < g.firstPart[id + 1]; ++p) {
            const FeatureStore::Part& part = g.parts[p];
            if (part.kind == FeatureStore::PartKind::Line)
                painter.drawPolyline(g.coords.data() + part.first, int(part.count));
        }
    }
}

void VectorLayerRenderer::renderLabels(QPainter& painter, const RenderContext& context, LabelPlacer& placer)
{
    if (!m_store || m_store->size() == 0 || m_style.labelField.isEmpty() || context.isCancelled())
        return;
    const MapViewport& viewport = context.viewport;
    const double scale = viewport.scale();
    const std::vector<std::uint32_t> ids = visibleItems(viewport, 0);
    const FeatureStore::Lod& full = m_store->lod(0);
    // Symbols first, so no label of this or a lower layer covers them.
    for (const std::uint32_t id : ids) {
        const FeatureStore::Item& item = m_store->item(id);
        const FeatureStyle& s = styleOf(item.category);
        if (!item.hasPoints || s.symbol.shape == PointSymbol::Shape::None)
            continue;
        const double r = s.symbol.radius();
        for (std::uint32_t p = full.firstPart[id]; p < full.firstPart[id + 1]; ++p) {
            const FeatureStore::Part& part = full.parts[p];
            if (part.kind != FeatureStore::PartKind::Point)
                continue;
            const QPointF px = viewport.toPixel(full.coords[part.first]);
            placer.reserve(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
        }
    }
    // Looks per category, built once per render (fonts are not free).
    std::vector<LabelLook> looks;
    looks.reserve(m_style.categories.size() + 1);
    for (std::size_t c = 0; c <= m_style.categories.size(); ++c)
        looks.push_back(lookOf(styleOf(int(c) - 1)));
    // Top of the drawing order first: major roads before minor ones.
    std::size_t n = 0;
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
        if (++n % 128 == 0 && context.isCancelled())
            return;
        const FeatureStore::Item& item = m_store->item(*it);
        const FeatureStyle& s = styleOf(item.category);
        const LabelKey key{m_store->generation(), *it};
        if (item.label.isEmpty() || s.labelSize <= 0 || scale > s.labelMaxScale || placer.isPlaced(key))
            continue;
        const LabelLook& look = looks[std::size_t(item.category + 1)];
        switch (m_style.labelPlacement) {
        case VectorStyle::LabelPlacement::AroundPoint:
            for (std::uint32_t p = full.firstPart[*it]; p < full.firstPart[*it + 1]; ++p) {
                const FeatureStore::Part& part = full.parts[p];
                if (part.kind == FeatureStore::PartKind::Point)
                    placer.placeAroundPoint(painter, item.label, look,
                                            viewport.toPixel(full.coords[part.first]), s.symbol.radius(),
                                            key);
            }
            break;
        case VectorStyle::LabelPlacement::Interior:
            placeInteriorLabel(painter, viewport, placer, *it, look, key);
            break;
        case VectorStyle::LabelPlacement::AlongLine:
            drawLineLabel(painter, viewport, placer, *it, look, key);
            break;
        }
    }
}

void VectorLayerRenderer::placeInteriorLabel(QPainter& painter, const MapViewport& viewport,
                                             LabelPlacer& placer, std::uint32_t id, const LabelLook& look,
                                             const LabelKey& key) const
{
    // At the interior point, else shifted up or down by a line or two
    // (a post symbol often sits right on the community's centre).
    const FeatureStore::Item& item = m_store->item(id);
    const QPointF anchor = viewport.toPixel(item.labelAnchor);
    const double line = LabelPlacer::lineHeight(look.font) * 1.2;
    for (const double shift : {0.0, -line, line, -2 * line, 2 * line}) {
        const QPointF centre = anchor + QPointF(0, shift);
        if (m_store->areaContains(id, viewport.toMap(centre)) &&
            placer.placeText(painter, item.label, look, centre, 0, key))
            return;
    }
}

void VectorLayerRenderer::drawLineLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer,
                                        std::uint32_t id, const LabelLook& look, const LabelKey& key) const
{
    // Simple placement: centred on the longest on-screen segment, if the
    // text fits on it, and not near another label with the same text. On the
    // full geometry, so labels do not move with the level of detail.
    const FeatureStore::Item& item = m_store->item(id);
    const FeatureStore::Lod& g = m_store->lod(0);
    QLineF best;
    for (std::uint32_t p = g.firstPart[id]; p < g.firstPart[id + 1]; ++p) {
        const FeatureStore::Part& part = g.parts[p];
        if (part.kind != FeatureStore::PartKind::Line)
            continue;
        const QPointF* c = g.coords.data() + part.first;
        for (std::uint32_t i = 1; i < part.count; ++i) {
            const QLineF segment(viewport.toPixel(c[i - 1]), viewport.toPixel(c[i]));
            if (segment.length() > best.length())
                best = segment;
        }
    }
    if (best.length() < 16)
        return;
    const double textWidth = LabelPlacer::textWidth(look.font, item.label);
    if (best.length() < textWidth + 8)
        return;
    const QPointF centre = best.center();
    if (placer.hasNearbyDuplicate(item.label, centre, 220))
        return;
    placer.placeText(painter, item.label, look, centre, -best.angle(), key);
}

} // namespace xiuhua::map
