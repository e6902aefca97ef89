#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <vector>

class OGRGeometry;

namespace xiuhua::geo {

class VectorSource;

// Point-in-community lookup over (community id, polygon in EPSG:4326) pairs,
// plus deterministic random points inside a community (demo incidents).
// Holds plain coordinate copies, so it is cheap to copy and its const
// methods are safe to call from several threads.
class CommunityLocator
{
public:
    CommunityLocator() = default;

    // Reads idField and the geometry of every feature of layer, transforming
    // to EPSG:4326 when the layer is in another CRS. Throws GeoError.
    static CommunityLocator fromLayer(const VectorSource& source,
                                      const QString& layer = QStringLiteral("communities"),
                                      const QString& idField = QStringLiteral("community_id"));

    // Adds a Polygon or MultiPolygon (lon/lat). Returns false (and adds
    // nothing) for other geometry types or empty polygons.
    bool add(qint64 communityId, const OGRGeometry& geometry);

    std::optional<qint64> communityAt(double lon, double lat) const;
    // A point inside the community, drawn by rejection sampling in its
    // bounding box; advances rngState (splitmix64). Same state, same point.
    // nullopt for an unknown id or if no point was found.
    std::optional<QPointF> randomPointIn(qint64 communityId, std::uint64_t& rngState) const;

    std::vector<qint64> communityIds() const;
    // Bounding box in lon/lat; null QRectF for an unknown id.
    QRectF bounds(qint64 communityId) const;
    bool isEmpty() const { return m_communities.empty(); }

    // One splitmix64 step: advances state, returns the next 64 random bits.
    static std::uint64_t splitmix64(std::uint64_t& state);

private:
    using Ring = std::vector<QPointF>;
    struct Polygon
    {
        std::vector<Ring> rings; // exterior first, then holes
    };
    struct Community
    {
        qint64 id = 0;
        QRectF bounds;
        std::vector<Polygon> polygons;
    };

    static bool contains(const Community& community, QPointF point);
    static bool contains(const Polygon& polygon, QPointF point);
    const Community* find(qint64 communityId) const;

    std::vector<Community> m_communities;
};

} // namespace xiuhua::geo
