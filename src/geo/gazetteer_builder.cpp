// Gazetteer::fromDataset: the entries of the jurisdiction's layers.

#include "geo/community_locator.h"
#include "geo/coordinate_transform.h"
#include "geo/gazetteer.h"
#include "geo/projection.h"
#include "geo/vector_source.h"

#include <QHash>
#include <QPointF>

#include <cmath>
#include <map>
#include <ogr_api.h>
#include <ogr_geometry.h>

namespace xiuhua::geo {

namespace {

constexpr double kJunctionClusterDegrees = 0.0008; // ~80 m: carriageways of one crossing

std::vector<Feature> readLonLat(const VectorSource& source, const QString& layer)
{
    const OGRSpatialReference crs = source.layerCrs(layer);
    OGRSpatialReference wgs84 = spatialReferenceFromEpsg(kWgs84Epsg);
    if (crs.IsEmpty() || crs.IsSame(&wgs84))
        return source.readLayer(layer);
    return source.readLayer(layer, CoordinateTransform(crs, wgs84));
}

std::optional<qint64> optionalId(const QVariant& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QPointF> representativePoint(const OGRGeometry& geometry)
{
    if (wkbFlatten(geometry.getGeometryType()) == wkbPoint) {
        const OGRPoint& point = *geometry.toPoint();
        return point.IsEmpty() ? std::nullopt : std::optional<QPointF>(QPointF(point.getX(), point.getY()));
    }
    // A point inside a polygon (a centroid may fall outside an L-shape).
    const OGRGeometryUniquePtr inside(OGRGeometry::FromHandle(
        OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry)))));
    if (!inside || wkbFlatten(inside->getGeometryType()) != wkbPoint || inside->IsEmpty())
        return std::nullopt;
    return QPointF(inside->toPoint()->getX(), inside->toPoint()->getY());
}

std::vector<const OGRLineString*> lineParts(const OGRGeometry& geometry)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbLineString:
        return {geometry.toLineString()};
    case wkbMultiLineString: {
        std::vector<const OGRLineString*> parts;
        for (const OGRLineString* part : *geometry.toMultiLineString())
            parts.push_back(part);
        return parts;
    }
    default:
        return {};
    }
}

QPointF midpoint(const OGRLineString& line)
{
    const double half = line.get_Length() / 2;
    double walked = 0;
    for (int i = 1; i < line.getNumPoints(); ++i) {
        const QPointF a(line.getX(i - 1), line.getY(i - 1)), b(line.getX(i), line.getY(i));
        const double step = std::hypot(b.x() - a.x(), b.y() - a.y());
        if (walked + step >= half && step > 0)
            return a + (half - walked) / step * (b - a);
        walked += step;
    }
    return QPointF(line.getX(0), line.getY(0));
}

int classRank(const QString& roadClass)
{
    static const QStringList kOrder = {QStringLiteral("motorway"), QStringLiteral("trunk"),
                                       QStringLiteral("primary"), QStringLiteral("secondary"),
                                       QStringLiteral("tertiary")};
    for (qsizetype i = 0; i < kOrder.size(); ++i) {
        if (roadClass.startsWith(kOrder[i]))
            return int(i);
    }
    return int(kOrder.size());
}

struct NamedRoad
{
    QString nameEn;
    int rank = 100; // best class rank among its ways
    const OGRLineString* longest = nullptr;
};

void addRoadsAndIntersections(Gazetteer& gazetteer, const std::vector<Feature>& roads,
                              const CommunityLocator& communities)
{
    std::map<QString, NamedRoad> byName; // ordered: deterministic entry order
    std::map<std::pair<double, double>, QStringList> namesAt;
    for (const Feature& feature : roads) {
        const QString name = feature.attributes.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || !feature.geometry)
            continue;
        NamedRoad& road = byName[name];
        if (road.nameEn.isEmpty())
            road.nameEn = feature.attributes.value(QStringLiteral("name_en")).toString();
        road.rank =
            std::min(road.rank, classRank(feature.attributes.value(QStringLiteral("class")).toString()));
        for (const OGRLineString* line : lineParts(*feature.geometry)) {
            if (!road.longest || line->get_Length() > road.longest->get_Length())
                road.longest = line;
            for (int i = 0; i < line->getNumPoints(); ++i) {
                QStringList& names = namesAt[{line->getX(i), line->getY(i)}];
                if (!names.contains(name))
                    names << name;
            }
        }
    }
    for (const auto& [name, road] : byName) {
        if (!road.longest)
            continue;
        const QPointF mid = midpoint(*road.longest);
        gazetteer.add(
            {name, GazetteerKind::Road, mid.x(), mid.y(), communities.communityAt(mid.x(), mid.y()), 0},
            {road.nameEn});
    }
    // Pairs of names sharing a vertex; the crossing is the mean of the shared
    // vertices near the first one (dual carriageways cross several times).
    std::map<std::pair<QString, QString>, std::vector<QPointF>> crossings;
    for (const auto& [point, names] : namesAt) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            for (qsizetype j = i + 1; j < names.size(); ++j) {
                QString a = names[i], b = names[j];
                if (std::make_pair(byName[b].rank, b) < std::make_pair(byName[a].rank, a))
                    std::swap(a, b); // the bigger road first: "西藏中路/福州路"
                crossings[{a, b}].emplace_back(point.first, point.second);
            }
        }
    }
    for (const auto& [pair, points] : crossings) {
        QPointF sum;
        int count = 0;
        for (const QPointF& p : points) {
            if (std::abs(p.x() - points.front().x()) < kJunctionClusterDegrees &&
                std::abs(p.y() - points.front().y()) < kJunctionClusterDegrees) {
                sum += p;
                ++count;
            }
        }
        const QPointF at = sum / count;
        gazetteer.addIntersection(pair.first, pair.second, at.x(), at.y(),
                                  communities.communityAt(at.x(), at.y()));
    }
}

void addPlaces(Gazetteer& gazetteer, const std::vector<Feature>& features, GazetteerKind kind,
               const CommunityLocator& communities)
{
    for (const Feature& feature : features) {
        const QString name = feature.attributes.value(QStringLiteral("name")).toString().trimmed();
        const std::optional<QPointF> at =
            feature.geometry ? representativePoint(*feature.geometry) : std::nullopt;
        if (name.isEmpty() || !at)
            continue;
        std::optional<qint64> communityId =
            optionalId(feature.attributes.value(QStringLiteral("community_id")));
        if (!communityId)
            communityId = communities.communityAt(at->x(), at->y());
        QStringList aliases{feature.attributes.value(QStringLiteral("name_en")).toString()};
        if (kind == GazetteerKind::Community && name.endsWith(QStringLiteral("居委会")) && name.size() > 3)
            aliases << name.chopped(3);
        gazetteer.add({name, kind, at->x(), at->y(), communityId, 0}, aliases);
    }
}

} // namespace

Gazetteer Gazetteer::fromDataset(const VectorSource& source)
{
    Gazetteer gazetteer;
    const auto layer = [&source](const char* name) {
        const QString layerName = QString::fromLatin1(name);
        return source.hasLayer(layerName) ? readLonLat(source, layerName) : std::vector<Feature>();
    };
    CommunityLocator communities;
    const std::vector<Feature> communityFeatures = layer("communities");
    for (const Feature& feature : communityFeatures) {
        const std::optional<qint64> id = optionalId(feature.attributes.value(QStringLiteral("community_id")));
        if (id && feature.geometry)
            communities.add(*id, *feature.geometry);
    }
    addPlaces(gazetteer, communityFeatures, GazetteerKind::Community, communities);
    addPlaces(gazetteer, layer("posts"), GazetteerKind::Post, communities);
    addPlaces(gazetteer, layer("fire_stations"), GazetteerKind::FireStation, communities);
    addRoadsAndIntersections(gazetteer, layer("roads"), communities);
    addPlaces(gazetteer, layer("cameras"), GazetteerKind::Camera, communities);
    return gazetteer;
}

} // namespace xiuhua::geo
