#include "map/feature_store.h"

#include <QLineF>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <ogr_geometry.h>
#include <tuple>

namespace xiuhua::map {

namespace {

double segmentDistanceSquared(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t =
        lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

// Douglas–Peucker: marks the vertices of [first, last] to keep.
void simplify(const QPointF* points, std::size_t first, std::size_t last, double toleranceSquared,
              std::vector<char>& keep)
{
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1;
        std::size_t worstAt = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = segmentDistanceSquared(points[i], points[a], points[b]);
            if (d > worst) {
                worst = d;
                worstAt = i;
            }
        }
        if (worst > toleranceSquared) {
            keep[worstAt] = 1;
            stack.emplace_back(a, worstAt);
            stack.emplace_back(worstAt, b);
        }
    }
}

void appendSimplified(const FeatureStore::Lod& from, const FeatureStore::Part& part, double tolerance,
                      FeatureStore::Lod& to)
{
    const QPointF* points = from.coords.data() + part.first;
    FeatureStore::Part out{std::uint32_t(to.coords.size()), 0, part.kind};
    const std::size_t minimum = part.kind == FeatureStore::PartKind::Ring ? 4 : 2;
    if (part.kind == FeatureStore::PartKind::Point || part.count <= minimum) {
        to.coords.insert(to.coords.end(), points, points + part.count);
    } else {
        std::vector<char> keep(part.count, 0);
        keep.front() = keep.back() = 1;
        simplify(points, 0, part.count - 1, tolerance * tolerance, keep);
        if (std::count(keep.begin(), keep.end(), 1) < std::ptrdiff_t(minimum))
            std::fill(keep.begin(), keep.end(), 1); // too small to generalise: keep as is
        for (std::size_t i = 0; i < part.count; ++i) {
            if (keep[i])
                to.coords.push_back(points[i]);
        }
    }
    out.count = std::uint32_t(to.coords.size() - out.first);
    to.parts.push_back(out);
}

bool ringContains(const QPointF* ring, std::uint32_t count, QPointF p)
{
    bool inside = false;
    for (std::uint32_t i = 0, j = count - 1; i < count; j = i++) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

FeatureStore::FeatureStore()
{
    static std::atomic<quint64> counter{0};
    m_generation = ++counter;
}

int FeatureStore::lodFor(double metresPerPixel)
{
    int level = 0;
    for (std::size_t i = 1; i < kLodScales.size(); ++i) {
        if (metresPerPixel >= kLodScales[i])
            level = int(i);
    }
    return level;
}

void FeatureStore::addParts(const OGRGeometry& geometry)
{
    Lod& full = m_lods[0];
    const auto addCurve = [&full](const OGRSimpleCurve& curve, PartKind kind) {
        if (curve.getNumPoints() == 0)
            return;
        Part part{std::uint32_t(full.coords.size()), std::uint32_t(curve.getNumPoints()), kind};
        for (int i = 0; i < curve.getNumPoints(); ++i)
            full.coords.emplace_back(curve.getX(i), curve.getY(i));
        full.parts.push_back(part);
    };
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint:
        if (!geometry.IsEmpty()) {
            full.parts.push_back({std::uint32_t(full.coords.size()), 1, PartKind::Point});
            full.coords.emplace_back(geometry.toPoint()->getX(), geometry.toPoint()->getY());
        }
        break;
    case wkbLineString:
        addCurve(*geometry.toLineString(), PartKind::Line);
        break;
    case wkbPolygon:
        for (const OGRLinearRing* ring : *geometry.toPolygon())
            addCurve(*ring, PartKind::Ring);
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            addParts(*part);
        break;
    default:
        break;
    }
}

bool FeatureStore::add(Item item, const OGRGeometry& geometry, const QVariantList& attributes)
{
    Lod& full = m_lods[0];
    if (full.firstPart.empty())
        full.firstPart.push_back(0);
    const std::size_t before = full.parts.size();
    addParts(geometry);
    if (full.parts.size() == before)
        return false;
    for (std::size_t i = before; i < full.parts.size(); ++i) {
        item.hasArea = item.hasArea || full.parts[i].kind == PartKind::Ring;
        item.hasLines = item.hasLines || full.parts[i].kind == PartKind::Line;
        item.hasPoints = item.hasPoints || full.parts[i].kind == PartKind::Point;
    }
    full.firstPart.push_back(std::uint32_t(full.parts.size()));
    m_extent = m_extent.isNull() ? item.bounds : m_extent.united(item.bounds);
    m_items.push_back(std::move(item));
    for (qsizetype f = 0; f < m_fieldNames.size(); ++f)
        m_values.push_back(f < attributes.size() ? attributes[f] : QVariant());
    return true;
}

void FeatureStore::reserve(std::size_t features)
{
    m_items.reserve(features);
    m_lods[0].firstPart.reserve(features + 1);
    m_lods[0].parts.reserve(features);
}

void FeatureStore::sortByCategory()
{
    // Within a category in the file's order, however the features were read (a spatial filter
    // reads a GeoPackage in its R-tree's order).
    const auto byCategory = [this](std::size_t a, std::size_t b) {
        return std::tie(m_items[a].category, m_items[a].fid) < std::tie(m_items[b].category, m_items[b].fid);
    };
    std::vector<std::size_t> order(m_items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (std::is_sorted(order.begin(), order.end(), byCategory))
        return;
    std::stable_sort(order.begin(), order.end(), byCategory);
    // Coordinates stay where they are: parts point into them, only items and parts move.
    Lod& full = m_lods[0];
    std::vector<Item> items;
    items.reserve(m_items.size());
    std::vector<Part> parts;
    parts.reserve(full.parts.size());
    std::vector<std::uint32_t> firstPart{0};
    firstPart.reserve(full.firstPart.size());
    std::vector<QVariant> values;
    values.reserve(m_values.size());
    const auto fieldCount = std::size_t(m_fieldNames.size());
    for (const std::size_t i : order) {
        items.push_back(std::move(m_items[i]));
        parts.insert(parts.end(), full.parts.begin() + full.firstPart[i],
                     full.parts.begin() + full.firstPart[i + 1]);
        firstPart.push_back(std::uint32_t(parts.size()));
        for (std::size_t f = 0; f < fieldCount; ++f)
            values.push_back(std::move(m_values[i * fieldCount + f]));
    }
    m_items = std::move(items);
    full.parts = std::move(parts);
    full.firstPart = std::move(firstPart);
    m_values = std::move(values);
}

void FeatureStore::finish(Preparation preparation)
{
    if (m_lods[0].firstPart.empty())
        m_lods[0].firstPart.push_back(0);
    sortByCategory();
    m_levels = std::clamp(preparation.levels, 1, int(m_lods.size()));
    const auto generalise = [this](std::size_t fromLevel, std::size_t level) {
        const Lod& from = m_lods[fromLevel];
        Lod& to = m_lods[level];
        to = Lod();
        to.coords.reserve(from.coords.size() / 2);
        to.parts.reserve(from.parts.size());
        to.firstPart = from.firstPart; // the same parts, fewer vertices
        const double tolerance = kLodScales[level] / 2;
        for (const Part& part : from.parts)
            appendSimplified(from, part, tolerance, to);
        to.coords.shrink_to_fit();
    };
    if (preparation.oneRender) {
        // The full geometry (labels, hit tests) and the render's own level, made from it directly.
        const std::size_t level = std::size_t(m_levels - 1);
        if (level > 0)
            generalise(0, level);
        for (std::size_t k = 0; k < m_levelFor.size(); ++k)
            m_levelFor[k] = std::uint8_t(k >= level ? level : 0);
        m_indexed = false;
        return;
    }
    for (std::size_t level = 1; level < std::size_t(m_levels); ++level)
        generalise(level - 1, level);
    for (std::size_t k = 0; k < m_levelFor.size(); ++k)
        m_levelFor[k] = std::uint8_t(std::min<std::size_t>(k, std::size_t(m_levels - 1)));
    std::vector<geo::Box> boxes;
    boxes.reserve(m_items.size());
    for (const Item& item : m_items)
        boxes.push_back(geo::Box::fromRect(item.bounds));
    m_index = geo::SpatialIndex(boxes);
    m_indexed = true;
}

std::vector<std::uint32_t> FeatureStore::itemsIn(const geo::Box& box) const
{
    if (m_indexed)
        return m_index.query(box);
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (geo::Box::fromRect(m_items[i].bounds).intersects(box))
            ids.push_back(std::uint32_t(i));
    }
    return ids;
}

QVariantMap FeatureStore::attributes(std::size_t i) const
{
    QVariantMap result;
    const std::size_t first = i * std::size_t(m_fieldNames.size());
    for (qsizetype f = 0; f < m_fieldNames.size(); ++f)
        result.insert(m_fieldNames[f], m_values[first + std::size_t(f)]);
    return result;
}

double FeatureStore::distanceTo(std::size_t i, QPointF point) const
{
    const Lod& full = m_lods[0];
    double best = std::numeric_limits<double>::infinity();
    for (std::uint32_t p = full.firstPart[i]; p < full.firstPart[i + 1]; ++p) {
        const Part& part = full.parts[p];
        const QPointF* c = full.coords.data() + part.first;
        if (part.count == 1)
            best = std::min(best, QPointF::dotProduct(point - c[0], point - c[0]));
        for (std::uint32_t k = 1; k < part.count; ++k)
            best = std::min(best, segmentDistanceSquared(point, c[k - 1], c[k]));
    }
    return std::sqrt(best);
}

bool FeatureStore::areaContains(std::size_t i, QPointF point) const
{
    const Lod& full = m_lods[0];
    bool inside = false;
    for (std::uint32_t p = full.firstPart[i]; p < full.firstPart[i + 1]; ++p) {
        const Part& part = full.parts[p];
        if (part.kind == PartKind::Ring && part.count >= 3 &&
            ringContains(full.coords.data() + part.first, part.count, point))
            inside = !inside;
    }
    return inside;
}

FeatureShape FeatureStore::shape(std::size_t i) const
{
    FeatureShape shape;
    shape.areas.setFillRule(Qt::OddEvenFill);
    const Lod& full = m_lods[0];
    for (std::uint32_t p = full.firstPart[i]; p < full.firstPart[i + 1]; ++p) {
        const Part& part = full.parts[p];
        const QPointF* c = full.coords.data() + part.first;
        if (part.kind == PartKind::Point || part.count == 1) {
            shape.points.insert(shape.points.end(), c, c + part.count);
            continue;
        }
        QPainterPath& path = part.kind == PartKind::Ring ? shape.areas : shape.lines;
        path.moveTo(c[0]);
        for (std::uint32_t k = 1; k < part.count; ++k)
            path.lineTo(c[k]);
        if (part.kind == PartKind::Ring)
            path.closeSubpath();
    }
    return shape;
}

} // namespace xiuhua::map
