#include "geo/community_locator.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"

#include <ogr_geometry.h>

namespace xiuhua::geo {

namespace {

constexpr int kMaxSamplingAttempts = 10000;

std::vector<QPointF> ringPoints(const OGRLinearRing& ring)
{
    std::vector<QPointF> points;
    points.reserve(std::size_t(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        points.emplace_back(ring.getX(i), ring.getY(i));
    return points;
}

} // namespace

CommunityLocator CommunityLocator::fromLayer(const VectorSource& source, const QString& layer,
                                             const QString& idField)
{
    const OGRSpatialReference crs = source.layerCrs(layer);
    std::vector<Feature> features =
        crs.IsEmpty()
            ? source.readLayer(layer)
            : source.readLayer(layer, CoordinateTransform(crs, spatialReferenceFromEpsg(kWgs84Epsg)));
    CommunityLocator locator;
    for (const Feature& feature : features) {
        bool ok = false;
        const qint64 id = feature.attributes.value(idField).toLongLong(&ok);
        if (ok && feature.geometry)
            locator.add(id, *feature.geometry);
    }
    return locator;
}

bool CommunityLocator::add(qint64 communityId, const OGRGeometry& geometry)
{
    Community community;
    community.id = communityId;
    auto addPolygon = [&community](const OGRPolygon& polygon) {
        if (polygon.IsEmpty())
            return;
        Polygon result;
        for (const OGRLinearRing* ring : polygon)
            result.rings.push_back(ringPoints(*ring));
        community.polygons.push_back(std::move(result));
    };
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        addPolygon(*geometry.toPolygon());
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon* polygon : *geometry.toMultiPolygon())
            addPolygon(*polygon);
        break;
    default:
        return false;
    }
    if (community.polygons.empty())
        return false;
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    community.bounds = QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
    m_communities.push_back(std::move(community));
    return true;
}

std::optional<qint64> CommunityLocator::communityAt(double lon, double lat) const
{
    const QPointF point(lon, lat);
    for (const Community& community : m_communities) {
        const QRectF& b = community.bounds;
        if (lon < b.left() || lon > b.right() || lat < b.top() || lat > b.bottom())
            continue;
        if (contains(community, point))
            return community.id;
    }
    return std::nullopt;
}

std::optional<QPointF> CommunityLocator::randomPointIn(qint64 communityId, std::uint64_t& rngState) const
{
    const Community* community = find(communityId);
    if (!community)
        return std::nullopt;
    const QRectF& b = community->bounds;
    for (int attempt = 0; attempt < kMaxSamplingAttempts; ++attempt) {
        // 53 random bits -> uniform double in [0, 1).
        const double u = double(splitmix64(rngState) >> 11) * 0x1.0p-53;
        const double v = double(splitmix64(rngState) >> 11) * 0x1.0p-53;
        const QPointF point(b.left() + u * b.width(), b.top() + v * b.height());
        if (contains(*community, point))
            return point;
    }
    return std::nullopt;
}

std::vector<qint64> CommunityLocator::communityIds() const
{
    std::vector<qint64> ids;
    ids.reserve(m_communities.size());
    for (const Community& community : m_communities)
        ids.push_back(community.id);
    return ids;
}

QRectF CommunityLocator::bounds(qint64 communityId) const
{
    const Community* community = find(communityId);
    return community ? community->bounds : QRectF();
}

std::uint64_t CommunityLocator::splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool CommunityLocator::contains(const Community& community, QPointF point)
{
    for (const Polygon& polygon : community.polygons) {
        if (contains(polygon, point))
            return true;
    }
    return false;
}

bool CommunityLocator::contains(const Polygon& polygon, QPointF point)
{
    // Even-odd ray casting over all rings: a point in a hole crosses the
    // exterior and the hole, so it counts as outside.
    bool inside = false;
    for (const Ring& ring : polygon.rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y()) &&
                point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

const CommunityLocator::Community* CommunityLocator::find(qint64 communityId) const
{
    for (const Community& community : m_communities) {
        if (community.id == communityId)
            return &community;
    }
    return nullptr;
}

} // namespace xiuhua::geo
