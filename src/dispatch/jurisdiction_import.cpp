#include "dispatch/jurisdiction_import.h"

#include "core/entity_json.h"
#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

std::vector<geo::Feature> readInWgs84(const geo::VectorSource& source, const QString& layer)
{
    const OGRSpatialReference crs = source.layerCrs(layer);
    if (crs.IsEmpty())
        throw geo::GeoError(QStringLiteral("layer '%1' of %2 has no coordinate reference system")
                                .arg(layer, source.path())
                                .toStdString());
    const geo::CoordinateTransform toWgs84(crs, geo::spatialReferenceFromEpsg(geo::kWgs84Epsg));
    return source.readLayer(layer, toWgs84);
}

GeoPoint pointOf(const geo::Feature& feature)
{
    const auto* point = feature.geometry ? dynamic_cast<const OGRPoint*>(feature.geometry.get()) : nullptr;
    if (!point)
        throw geo::GeoError("a point feature has no point geometry (fid " + std::to_string(feature.fid) +
                            ")");
    return {point->getX(), point->getY()};
}

std::optional<Id> optionalId(const QVariant& value)
{
    return value.isValid() && !value.isNull() ? std::optional<Id>(value.toLongLong()) : std::nullopt;
}

QString text(const geo::Feature& feature, const char* field)
{
    return feature.attributes.value(QString::fromLatin1(field)).toString();
}

} // namespace

JurisdictionCounts importJurisdiction(storage::Store& store, const Actor& actor, const QString& path)
{
    const geo::VectorSource source = geo::VectorSource::open(path);
    // Read everything first, so a bad layer fails before the transaction starts.
    const auto communities = readInWgs84(source, QStringLiteral("communities"));
    const auto posts = readInWgs84(source, QStringLiteral("posts"));
    const auto stations = readInWgs84(source, QStringLiteral("fire_stations"));
    const auto cameras = readInWgs84(source, QStringLiteral("cameras"));

    JurisdictionCounts counts;
    store.transact(actor, [&](storage::StoreWriter& writer) {
        for (const geo::Feature& feature : communities) {
            Community community;
            community.id = feature.attributes.value(QStringLiteral("community_id")).toLongLong();
            community.name = text(feature, "name");
            community.nameEn = text(feature, "name_en");
            community.population = feature.attributes.value(QStringLiteral("population")).toInt();
            community.households = feature.attributes.value(QStringLiteral("households")).toInt();
            if (feature.geometry) {
                char* wkt = nullptr;
                feature.geometry->exportToWkt(&wkt);
                community.boundaryWkt = QString::fromLatin1(wkt);
                CPLFree(wkt);
            }
            community.id = writer.insertCommunity(community);
            writer.audit({QStringLiteral("community.import"),
                          QStringLiteral("community"),
                          community.id,
                          {},
                          toJson(community)});
            ++counts.communities;
        }
        for (const geo::Feature& feature : posts) {
            Post post;
            post.id = feature.attributes.value(QStringLiteral("post_id")).toLongLong();
            post.name = text(feature, "name");
            post.nameEn = text(feature, "name_en");
            post.kind = fromCode<PostKind>(text(feature, "kind")).value_or(PostKind::CommunityPost);
            post.location = pointOf(feature);
            post.communityId = optionalId(feature.attributes.value(QStringLiteral("community_id")));
            post.phone = text(feature, "phone");
            post.openingHours = text(feature, "opening_hours");
            post.id = writer.insertPost(post);
            writer.audit({QStringLiteral("post.import"), QStringLiteral("post"), post.id, {}, toJson(post)});
            ++counts.posts;
        }
        for (const geo::Feature& feature : stations) {
            FireStation station;
            station.id = feature.attributes.value(QStringLiteral("station_id")).toLongLong();
            station.name = text(feature, "name");
            station.nameEn = text(feature, "name_en");
            station.location = pointOf(feature);
            station.communityId = optionalId(feature.attributes.value(QStringLiteral("community_id")));
            station.crewSize = feature.attributes.value(QStringLiteral("crew_size")).toInt();
            station.equipment = text(feature, "equipment");
            station.id = writer.insertFireStation(station);
            writer.audit({QStringLiteral("fire_station.import"),
                          QStringLiteral("fire_station"),
                          station.id,
                          {},
                          toJson(station)});
            ++counts.fireStations;
        }
        for (const geo::Feature& feature : cameras) {
            Camera camera;
            camera.id = feature.attributes.value(QStringLiteral("camera_id")).toLongLong();
            camera.name = text(feature, "name");
            camera.location = pointOf(feature);
            camera.communityId = optionalId(feature.attributes.value(QStringLiteral("community_id")));
            camera.roadName = text(feature, "road_name");
            camera.id = writer.insertCamera(camera);
            writer.audit(
                {QStringLiteral("camera.import"), QStringLiteral("camera"), camera.id, {}, toJson(camera)});
            ++counts.cameras;
        }
        writer.setMeta(QStringLiteral("jurisdiction_source"), path);
    });
    return counts;
}

} // namespace xiuhua::dispatch
