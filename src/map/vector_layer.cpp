#include "map/vector_layer.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/label_placer.h"
#include "map/map_viewport.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <ogr_api.h>
#include <ogr_geometry.h>

namespace xiuhua::map {

namespace {

QPolygonF toPolygon(const OGRSimpleCurve& curve)
{
    QPolygonF polygon;
    polygon.reserve(curve.getNumPoints());
    for (int i = 0; i < curve.getNumPoints(); ++i)
        polygon << QPointF(curve.getX(i), curve.getY(i));
    return polygon;
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    // Unlike QRectF::intersects, works for zero-size (point) rectangles.
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() && a.bottom() >= b.top();
}

QPen cosmeticPen(const QColor& colour, double width)
{
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
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

} // namespace

VectorLayer::VectorLayer(QString id, QString name, VectorStyle style, int zValue, QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent), m_style(std::move(style))
{}

bool VectorLayer::load(const QString& path, const QString& layerName, const OGRSpatialReference& displayCrs)
{
    try {
        return load(geo::VectorSource::open(path), layerName, displayCrs);
    } catch (const geo::GeoError& e) {
        m_items.clear();
        m_extent = QRectF();
        m_error = QString::fromStdString(e.what());
        emit changed();
        return false;
    }
}

bool VectorLayer::load(const geo::VectorSource& source, const QString& layerName,
                       const OGRSpatialReference& displayCrs)
{
    m_items.clear();
    m_fieldNames.clear();
    m_values.clear();
    m_extent = QRectF();
    m_error.clear();
    try {
        const geo::CoordinateTransform toDisplay(source.layerCrs(layerName), displayCrs);
        const QStringList fields = source.fieldNames(layerName);
        m_fieldNames = fields;
        QString categoryField;
        for (const QString& candidate : m_style.categoryFields) {
            if (fields.contains(candidate)) {
                categoryField = candidate;
                break;
            }
        }
        for (const geo::Feature& feature : source.readLayer(layerName, toDisplay)) {
            if (!feature.geometry || feature.geometry->IsEmpty())
                continue;
            Item item;
            item.fid = feature.fid;
            if (!categoryField.isEmpty())
                item.category = categoryOf(feature.attributes.value(categoryField).toString());
            if (item.category < 0 && !m_style.drawUncategorised)
                continue;
            addGeometry(item, *feature.geometry);
            OGREnvelope envelope;
            feature.geometry->getEnvelope(&envelope);
            item.bounds =
                QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
            item.labelAnchor = item.bounds.center();
            if (!item.area.isEmpty()) {
                const OGRGeometryH inside =
                    OGR_G_PointOnSurface(OGRGeometry::ToHandle(feature.geometry.get()));
                if (inside && !OGR_G_IsEmpty(inside))
                    item.labelAnchor = QPointF(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
                OGR_G_DestroyGeometry(inside);
            }
            if (!m_style.labelField.isEmpty())
                item.label = feature.attributes.value(m_style.labelField).toString().trimmed();
            m_extent = m_extent.isNull() ? item.bounds : m_extent.united(item.bounds);
            item.row = int(m_values.size() / std::size_t(std::max<qsizetype>(1, m_fieldNames.size())));
            for (const QString& field : std::as_const(m_fieldNames))
                m_values.push_back(feature.attributes.value(field));
            m_items.push_back(std::move(item));
        }
    } catch (const geo::GeoError& e) {
        m_items.clear();
        m_values.clear();
        m_extent = QRectF();
        m_error = QString::fromStdString(e.what());
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item& a, const Item& b) { return a.category < b.category; });
    emit changed();
    return m_error.isEmpty();
}

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::sqrt(QPointF::dotProduct(d, d));
}

double distanceToPolyline(QPointF p, const QPolygonF& line)
{
    double best = std::numeric_limits<double>::infinity();
    if (line.size() == 1)
        best = QLineF(p, line.front()).length();
    for (qsizetype i = 1; i < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    return best;
}

} // namespace

std::vector<IdentifiedFeature> VectorLayer::identify(QPointF mapPoint, double toleranceMapUnits) const
{
    std::vector<IdentifiedFeature> result;
    if (!isVisible())
        return result;
    const double t = std::max(0.0, toleranceMapUnits);
    const QRectF probe(mapPoint.x() - t, mapPoint.y() - t, 2 * t, 2 * t);
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        const Item& item = *it;
        if (!overlaps(item.bounds, probe))
            continue;
        bool hit = false;
        for (const QPointF& point : item.points)
            hit = hit || QLineF(mapPoint, point).length() <= t;
        for (const QPolygonF& line : item.lines)
            hit = hit || distanceToPolyline(mapPoint, line) <= t;
        if (!hit && !item.area.isEmpty()) {
            hit = item.area.contains(mapPoint);
            for (const QPolygonF& ring : item.area.toSubpathPolygons())
                hit = hit || distanceToPolyline(mapPoint, ring) <= t;
        }
        if (!hit)
            continue;
        IdentifiedFeature found{id(), item.fid, {}};
        const std::size_t first = std::size_t(item.row) * std::size_t(m_fieldNames.size());
        for (qsizetype f = 0; f < m_fieldNames.size(); ++f)
            found.attributes.insert(m_fieldNames[f], m_values[first + std::size_t(f)]);
        result.push_back(std::move(found));
    }
    return result;
}

void VectorLayer::setStyle(VectorStyle style)
{
    m_style = std::move(style);
    emit changed();
}

void VectorLayer::addGeometry(Item& item, const OGRGeometry& geometry) const
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint:
        item.points.emplace_back(geometry.toPoint()->getX(), geometry.toPoint()->getY());
        break;
    case wkbLineString:
        item.lines.push_back(toPolygon(*geometry.toLineString()));
        break;
    case wkbPolygon:
        item.area.setFillRule(Qt::OddEvenFill);
        for (const OGRLinearRing* ring : *geometry.toPolygon())
            item.area.addPolygon(toPolygon(*ring));
        item.area.closeSubpath();
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            addGeometry(item, *part);
        break;
    default:
        break;
    }
}

int VectorLayer::categoryOf(const QString& value) const
{
    for (std::size_t i = 0; i < m_style.categories.size(); ++i) {
        if (m_style.categories[i].values.contains(value))
            return int(i);
    }
    return -1;
}

const FeatureStyle& VectorLayer::styleOf(const Item& item) const
{
    return item.category >= 0 ? m_style.categories[std::size_t(item.category)].style : m_style.fallback;
}

double VectorLayer::widthFactor(double scale) const
{
    return m_style.scaleWidthsWithZoom ? std::clamp(std::pow(2.0 / scale, 0.7), 0.5, 4.0) : 1.0;
}

void VectorLayer::render(QPainter& painter, const MapViewport& viewport) const
{
    if (!isVisible() || m_items.empty())
        return;
    const double scale = viewport.scale();
    const QRectF visible = viewport.extent().adjusted(-50 * scale, -50 * scale, 50 * scale, 50 * scale);
    const double k = widthFactor(scale);
    std::vector<const Item*> items;
    items.reserve(m_items.size());
    for (const Item& item : m_items) {
        if (scale <= styleOf(item).maxScale && overlaps(item.bounds, visible))
            items.push_back(&item);
    }

    painter.save();
    painter.setWorldTransform(viewport.mapToPixelTransform());
    for (const Item* item : items) { // polygons
        const FeatureStyle& s = styleOf(*item);
        if (item->area.isEmpty())
            continue;
        painter.setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        painter.setPen(s.strokeWidth > 0 ? strokePen(s, s.strokeWidth * k) : QPen(Qt::NoPen));
        painter.drawPath(item->area);
    }
    painter.setBrush(Qt::NoBrush);
    for (const Item* item : items) { // line casings, under every line fill
        const FeatureStyle& s = styleOf(*item);
        if (item->lines.empty() || s.casingWidth <= 0)
            continue;
        painter.setPen(cosmeticPen(s.casing, s.casingWidth * k));
        for (const QPolygonF& line : item->lines)
            painter.drawPolyline(line);
    }
    for (const Item* item : items) {
        const FeatureStyle& s = styleOf(*item);
        if (item->lines.empty() || s.strokeWidth <= 0)
            continue;
        painter.setPen(strokePen(s, s.strokeWidth * k));
        for (const QPolygonF& line : item->lines)
            painter.drawPolyline(line);
    }
    painter.resetTransform();
    for (const Item* item : items) {
        for (const QPointF& point : item->points)
            styleOf(*item).symbol.draw(painter, viewport.toPixel(point));
    }
    painter.restore();
}

void VectorLayer::renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const
{
    if (!isVisible() || m_style.labelField.isEmpty())
        return;
    const double scale = viewport.scale();
    const QRectF visible = viewport.extent();
    // Symbols first, so no label of this or a lower layer covers them.
    for (const Item& item : m_items) {
        const FeatureStyle& s = styleOf(item);
        if (s.symbol.shape == PointSymbol::Shape::None || scale > s.maxScale)
            continue;
        for (const QPointF& point : item.points) {
            const QPointF px = viewport.toPixel(point);
            const double r = s.symbol.radius();
            placer.reserve(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
        }
    }
    // Top of the drawing order first: major roads before minor ones.
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        const Item& item = *it;
        const FeatureStyle& s = styleOf(item);
        if (item.label.isEmpty() || s.labelSize <= 0 || scale > s.labelMaxScale || scale > s.maxScale ||
            !overlaps(item.bounds, visible))
            continue;
        const LabelLook look{LabelPlacer::mapFont(s.labelSize, s.labelBold), s.labelColour, s.haloColour,
                             s.haloWidth};
        switch (m_style.labelPlacement) {
        case VectorStyle::LabelPlacement::AroundPoint:
            for (const QPointF& point : item.points)
                placer.placeAroundPoint(painter, item.label, look, viewport.toPixel(point),
                                        s.symbol.radius());
            break;
        case VectorStyle::LabelPlacement::Interior:
            placeInteriorLabel(painter, viewport, placer, item, look);
            break;
        case VectorStyle::LabelPlacement::AlongLine:
            drawLineLabel(painter, viewport, placer, item, s);
            break;
        }
    }
}

void VectorLayer::placeInteriorLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer,
                                     const Item& item, const LabelLook& look) const
{
    // At the interior point, else shifted up or down by a line or two
    // (a post symbol often sits right on the community's centre).
    const QPointF anchor = viewport.toPixel(item.labelAnchor);
    const double line = QFontMetricsF(look.font).height() * 1.2;
    for (const double shift : {0.0, -line, line, -2 * line, 2 * line}) {
        const QPointF centre = anchor + QPointF(0, shift);
        if (item.area.contains(viewport.toMap(centre)) && placer.placeText(painter, item.label, look, centre))
            return;
    }
}

void VectorLayer::drawLineLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer,
                                const Item& item, const FeatureStyle& style) const
{
    // Simple placement: centred on the longest on-screen segment, if the
    // text fits on it, and not near another label with the same text.
    const LabelLook look{LabelPlacer::mapFont(style.labelSize, style.labelBold), style.labelColour,
                         style.haloColour, style.haloWidth};
    const double textWidth = QFontMetricsF(look.font).horizontalAdvance(item.label);
    QLineF best;
    for (const QPolygonF& line : item.lines) {
        for (int i = 1; i < line.size(); ++i) {
            const QLineF segment(viewport.toPixel(line[i - 1]), viewport.toPixel(line[i]));
            if (segment.length() > best.length())
                best = segment;
        }
    }
    if (best.length() < textWidth + 8)
        return;
    const QPointF centre = best.center();
    if (placer.hasNearbyDuplicate(item.label, centre, 220))
        return;
    placer.placeText(painter, item.label, look, centre, -best.angle());
}

} // namespace xiuhua::map
