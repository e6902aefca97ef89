#include "dispatch/jurisdiction_import.h"

#include "core/entity_json.h"
#include "dispatch/permission_guard.h"
#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

std::vector<geo::Feature> readInWgs84(const geo::VectorSource& source, const QString& layer)
{
    if (!source.hasLayer(layer))
        return {};
    const OGRSpatialReference crs = source.layerCrs(layer);
    if (crs.IsEmpty())
        throw geo::GeoError(QStringLiteral("layer '%1' of %2 has no coordinate reference system")
                                .arg(layer, source.path())
                                .toStdString());
    const geo::CoordinateTransform toWgs84(crs, geo::spatialReferenceFromEpsg(geo::kWgs84Epsg));
    return source.readLayer(layer, toWgs84);
}

std::optional<Id> optionalId(const QVariant& value)
{
    return value.isValid() && !value.isNull() ? std::optional<Id>(value.toLongLong()) : std::nullopt;
}

QString text(const geo::Feature& feature, const char* field)
{
    return feature.attributes.value(QString::fromLatin1(field)).toString().trimmed();
}

// The checks and the accepted places of one pass; write() stores them.
class Checker
{
public:
    Checker(const storage::StoreReader& reader, ImportReport& report) : m_report(report)
    {
        for (const Community& c : reader.communities()) {
            m_communityIds.insert(c.id);
            m_communityNames.insert(c.name);
        }
        for (const Post& p : reader.posts())
            m_postIds.insert(p.id);
        for (const FireStation& s : reader.fireStations())
            m_stationIds.insert(s.id);
        for (const Camera& c : reader.cameras())
            m_cameraIds.insert(c.id);
    }

    void communities(const std::vector<geo::Feature>& features)
    {
        int number = 0;
        for (const geo::Feature& feature : features) {
            ++number;
            Community community;
            community.id = feature.attributes.value(QStringLiteral("community_id")).toLongLong();
            community.name = text(feature, "name");
            community.nameEn = text(feature, "name_en");
            community.population = feature.attributes.value(QStringLiteral("population")).toInt();
            community.households = feature.attributes.value(QStringLiteral("households")).toInt();
            if (community.name.isEmpty() || m_communityNames.contains(community.name)) {
                reject("communities", number, "name",
                       community.name.isEmpty()
                           ? QT_TRANSLATE_NOOP("JurisdictionImport", "The name is missing.")
                           : QT_TRANSLATE_NOOP("JurisdictionImport", "This name is already used."));
                continue;
            }
            if (!takeId(m_communityIds, community.id, "communities", number, "community_id"))
                continue;
            if (community.population < 0 || community.households < 0) {
                reject(
                    "communities", number, "population",
                    QT_TRANSLATE_NOOP("JurisdictionImport", "Population and households cannot be negative."));
                continue;
            }
            if (!feature.geometry || feature.geometry->IsEmpty()) {
                reject("communities", number, "geometry",
                       QT_TRANSLATE_NOOP("JurisdictionImport", "The boundary is missing."));
                continue;
            }
            char* wkt = nullptr;
            feature.geometry->exportToWkt(&wkt);
            community.boundaryWkt = QString::fromLatin1(wkt);
            CPLFree(wkt);
            m_communityNames.insert(community.name);
            m_communities.push_back(std::move(community));
        }
    }

    void posts(const std::vector<geo::Feature>& features)
    {
        int number = 0;
        for (const geo::Feature& feature : features) {
            ++number;
            Post post;
            post.id = feature.attributes.value(QStringLiteral("post_id")).toLongLong();
            post.name = text(feature, "name");
            post.nameEn = text(feature, "name_en");
            post.phone = text(feature, "phone");
            post.openingHours = text(feature, "opening_hours");
            const QString kind = text(feature, "kind");
            post.kind = fromCode<PostKind>(kind).value_or(PostKind::CommunityPost);
            if (!place("posts", number, feature, post.name, post.location, post.communityId))
                continue;
            if (!kind.isEmpty() && !fromCode<PostKind>(kind)) {
                reject("posts", number, "kind",
                       QT_TRANSLATE_NOOP("JurisdictionImport", "Unknown post kind."));
                continue;
            }
            if (takeId(m_postIds, post.id, "posts", number, "post_id"))
                m_posts.push_back(std::move(post));
        }
    }

    void fireStations(const std::vector<geo::Feature>& features)
    {
        int number = 0;
        for (const geo::Feature& feature : features) {
            ++number;
            FireStation station;
            station.id = feature.attributes.value(QStringLiteral("station_id")).toLongLong();
            station.name = text(feature, "name");
            station.nameEn = text(feature, "name_en");
            station.crewSize = feature.attributes.value(QStringLiteral("crew_size")).toInt();
            station.equipment = text(feature, "equipment");
            if (!place("fire_stations", number, feature, station.name, station.location, station.communityId))
                continue;
            if (station.crewSize < 0) {
                reject("fire_stations", number, "crew_size",
                       QT_TRANSLATE_NOOP("JurisdictionImport", "The crew size cannot be negative."));
                continue;
            }
            if (takeId(m_stationIds, station.id, "fire_stations", number, "station_id"))
                m_stations.push_back(std::move(station));
        }
    }

    void cameras(const std::vector<geo::Feature>& features)
    {
        int number = 0;
        for (const geo::Feature& feature : features) {
            ++number;
            Camera camera;
            camera.id = feature.attributes.value(QStringLiteral("camera_id")).toLongLong();
            camera.name = text(feature, "name");
            camera.roadName = text(feature, "road_name");
            if (!place("cameras", number, feature, camera.name, camera.location, camera.communityId))
                continue;
            if (takeId(m_cameraIds, camera.id, "cameras", number, "camera_id"))
                m_cameras.push_back(std::move(camera));
        }
    }

    int valid() const
    {
        return static_cast<int>(m_communities.size() + m_posts.size() + m_stations.size() + m_cameras.size());
    }

    JurisdictionCounts write(storage::StoreWriter& writer)
    {
        JurisdictionCounts counts;
        for (Community& community : m_communities) {
            community.id = writer.insertCommunity(community);
            writer.audit({QStringLiteral("community.import"),
                          QStringLiteral("community"),
                          community.id,
                          {},
                          toJson(community)});
            ++counts.communities;
        }
        for (Post& post : m_posts) {
            post.id = writer.insertPost(post);
            writer.audit({QStringLiteral("post.import"), QStringLiteral("post"), post.id, {}, toJson(post)});
            ++counts.posts;
        }
        for (FireStation& station : m_stations) {
            station.id = writer.insertFireStation(station);
            writer.audit({QStringLiteral("fire_station.import"),
                          QStringLiteral("fire_station"),
                          station.id,
                          {},
                          toJson(station)});
            ++counts.fireStations;
        }
        for (Camera& camera : m_cameras) {
            camera.id = writer.insertCamera(camera);
            writer.audit(
                {QStringLiteral("camera.import"), QStringLiteral("camera"), camera.id, {}, toJson(camera)});
            ++counts.cameras;
        }
        return counts;
    }

private:
    void reject(const char* layer, int number, const char* field, const char* reason)
    {
        m_report.rejects.push_back({number, 0,
                                    QStringLiteral("%1.%2").arg(QLatin1String(layer), QLatin1String(field)),
                                    QCoreApplication::translate("JurisdictionImport", reason)});
    }

    // An id of 0 lets the database choose one; any other must be new.
    bool takeId(QSet<Id>& ids, Id id, const char* layer, int number, const char* field)
    {
        if (id < 0 || (id != 0 && ids.contains(id))) {
            reject(layer, number, field, QT_TRANSLATE_NOOP("JurisdictionImport", "This id is already used."));
            return false;
        }
        if (id != 0)
            ids.insert(id);
        return true;
    }

    // The checks every point place shares: a name, a point in lon/lat range, a known community.
    bool place(const char* layer, int number, const geo::Feature& feature, const QString& name,
               GeoPoint& location, std::optional<Id>& communityId)
    {
        if (name.isEmpty()) {
            reject(layer, number, "name", QT_TRANSLATE_NOOP("JurisdictionImport", "The name is missing."));
            return false;
        }
        const auto* point =
            feature.geometry ? dynamic_cast<const OGRPoint*>(feature.geometry.get()) : nullptr;
        if (!point || point->IsEmpty() || !std::isfinite(point->getX()) || !std::isfinite(point->getY()) ||
            std::abs(point->getX()) > 180 || std::abs(point->getY()) > 90) {
            reject(layer, number, "geometry",
                   QT_TRANSLATE_NOOP("JurisdictionImport",
                                     "Not a point within longitude ±180 and latitude ±90."));
            return false;
        }
        location = {point->getX(), point->getY()};
        communityId = optionalId(feature.attributes.value(QStringLiteral("community_id")));
        if (communityId && !m_communityIds.contains(*communityId)) {
            reject(layer, number, "community_id",
                   QT_TRANSLATE_NOOP("JurisdictionImport", "No such community."));
            return false;
        }
        return true;
    }

    ImportReport& m_report;
    QSet<Id> m_communityIds, m_postIds, m_stationIds, m_cameraIds;
    QSet<QString> m_communityNames;
    std::vector<Community> m_communities;
    std::vector<Post> m_posts;
    std::vector<FireStation> m_stations;
    std::vector<Camera> m_cameras;
};

} // namespace

// Read every layer, check every feature, then write them all in one audited transaction — the same
// check again inside it, against what other consoles stored meanwhile: over 60 lines because the dry
// run, the refusal and the write share one checker and must stay visibly in that order.
ImportReport importJurisdiction(storage::Store& store, const Actor& actor, const QString& path,
                                const JurisdictionImportOptions& options, JurisdictionCounts* counts)
{
    requirePermission(store.read(), actor, Permission::Import);
    const geo::VectorSource source = geo::VectorSource::open(path);
    // Read everything first, so a bad layer fails before the transaction starts.
    const auto communities = readInWgs84(source, QStringLiteral("communities"));
    const auto posts = readInWgs84(source, QStringLiteral("posts"));
    const auto stations = readInWgs84(source, QStringLiteral("fire_stations"));
    const auto cameras = readInWgs84(source, QStringLiteral("cameras"));

    // Checked against the stored places inside the transaction, so another console's writes count.
    ImportReport report;
    report.rows = static_cast<int>(communities.size() + posts.size() + stations.size() + cameras.size());
    if (report.rows == 0) {
        report.fatal = QCoreApplication::translate(
            "JurisdictionImport",
            "The source has no communities, posts, fire_stations or cameras layer with features.");
        return report;
    }
    auto check = [&](const storage::StoreReader& reader) {
        report.rejects.clear();
        auto checker = std::make_unique<Checker>(reader, report);
        checker->communities(communities);
        checker->posts(posts);
        checker->fireStations(stations);
        checker->cameras(cameras);
        report.valid = checker->valid();
        return checker;
    };
    if (options.dryRun) {
        check(store.read());
        return report;
    }
    // Thrown inside the transaction to roll it back when the check refuses the import.
    struct Refused
    {
    };
    JurisdictionCounts written;
    try {
        store.transact(actor, [&](storage::StoreWriter& writer) {
            requirePermission(writer.read(), actor, Permission::Import);
            const auto checker = check(writer.read());
            if (report.valid == 0 || (!report.rejects.empty() && !options.acceptRejects)) {
                report.refused = !report.rejects.empty();
                throw Refused{}; // nothing was written yet
            }
            written = checker->write(writer);
            writer.audit(
                {QStringLiteral("jurisdiction.import"),
                 QStringLiteral("jurisdiction"),
                 std::nullopt,
                 {},
                 QJsonObject{{QStringLiteral("source"), path},
                             {QStringLiteral("features"), report.rows},
                             {QStringLiteral("imported"), report.valid},
                             {QStringLiteral("rejected"), static_cast<int>(report.rejects.size())}}});
            writer.setMeta(QStringLiteral("jurisdiction_source"), path);
        });
    } catch (const Refused&) {
        return report;
    }
    report.written = report.valid;
    if (counts)
        *counts = written;
    return report;
}

JurisdictionCounts importJurisdiction(storage::Store& store, const Actor& actor, const QString& path)
{
    JurisdictionCounts counts;
    const ImportReport report = importJurisdiction(store, actor, path, {}, &counts);
    if (!report.fatal.isEmpty())
        throw geo::GeoError(report.fatal.toStdString());
    if (!report.rejects.empty()) {
        const ImportReject& first = report.rejects.front();
        throw geo::GeoError(
            QStringLiteral("%1 #%2: %3").arg(first.column).arg(first.row).arg(first.reason).toStdString());
    }
    return counts;
}

} // namespace xiuhua::dispatch
