#pragma once

#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "geo/spatial_index.h"

#include <QHash>
#include <QPointF>
#include <QString>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace xiuhua::geo {

class VectorSource;

// Driving speed per OSM highway class, km/h. The defaults are cautious urban
// Shanghai emergency driving (lights and sirens through dense traffic).
struct SpeedTable
{
    QHash<QString, double> kmh;
    double defaultKmh = 20;

    static SpeedTable urbanEmergency();
    double speedKmh(const QString& roadClass) const { return kmh.value(roadClass, defaultKmh); }
    double maxKmh() const;
};

// Where the roads are and how they are tagged.
struct RoadGraphOptions
{
    QString layer = QStringLiteral("roads");
    QString nameField = QStringLiteral("name");
    QString classField = QStringLiteral("class");
    QString onewayField = QStringLiteral("oneway");
    QString bridgeField = QStringLiteral("bridge");
    QString tunnelField = QStringLiteral("tunnel");
    SpeedTable speeds = SpeedTable::urbanEmergency();
    // Metric CRS the graph is built in (lengths, snapping).
    int metricEpsg = kJurisdictionEpsg;
    // Vertices of different ways closer than this (and on the same level:
    // not one on a bridge and one below) are joined into one node.
    double mergeToleranceM = 0.5;
};

// One road as read from the data: a lon/lat polyline and its tags.
struct RoadLine
{
    std::vector<QPointF> lonLat;
    QString name;
    QString roadClass;
    int oneway = 0; // 1 forward only, -1 reverse only, 0 both ways
    int level = 0;  // 1 bridge, -1 tunnel, 0 ground: near-merging stays within a level
};

// Where a lon/lat point meets the road network.
struct RoadSnap
{
    std::uint32_t segment = 0;
    double offsetM = 0;   // along the segment from its first node
    double distanceM = 0; // off-road, from the point to the road
    QPointF metric;       // the point on the road
    QPointF lonLat;
};

// A directed road graph built from a roads layer, in a metric CRS.
//
// Nodes are the junctions (vertices shared by ways, exactly equal after
// reading, or closer than the merge tolerance) and the ends of ways; an
// elevated road crossing another without a shared vertex is not a junction.
// A segment is a way's run between two nodes, with its geometry; each
// segment gives one directed edge per allowed direction. Edges are stored in
// CSR order (outgoing per node) with a second index of incoming edges.
//
// Immutable after building; every const method may be called from several
// threads (the one PROJ transform inside is guarded).
class RoadGraph
{
public:
    struct Segment
    {
        std::uint32_t from = 0, to = 0;
        std::uint32_t pointBegin = 0, pointEnd = 0; // into the geometry arrays
        std::uint32_t road = 0;                     // index into roads()
        double lengthM = 0;
        double seconds = 0;
        bool forward = true;  // from -> to allowed
        bool backward = true; // to -> from allowed
    };
    struct Edge
    {
        std::uint32_t from = 0, to = 0, segment = 0;
        bool reversed = false; // runs to -> from of its segment
        double lengthM = 0;
        double seconds = 0;
    };
    struct Road
    {
        QString name;
        QString roadClass;
    };

    RoadGraph();
    RoadGraph(RoadGraph&&) noexcept;
    RoadGraph& operator=(RoadGraph&&) noexcept;
    ~RoadGraph();

    // Reads options.layer (any CRS; transformed). Throws GeoError.
    static RoadGraph fromSource(const VectorSource& source, const RoadGraphOptions& options = {});
    static RoadGraph fromLines(const std::vector<RoadLine>& lines, const RoadGraphOptions& options = {});

    std::size_t nodeCount() const { return m_nodeMetric.size(); }
    std::size_t edgeCount() const { return m_edges.size(); }
    std::size_t segmentCount() const { return m_segments.size(); }
    bool isEmpty() const { return m_edges.empty(); }

    QPointF nodeMetric(std::uint32_t node) const { return m_nodeMetric[node]; }
    QPointF nodeLonLat(std::uint32_t node) const { return m_nodeLonLat[node]; }
    const Edge& edge(std::uint32_t e) const { return m_edges[e]; }
    const Segment& segment(std::uint32_t s) const { return m_segments[s]; }
    const Road& road(std::uint32_t r) const { return m_roads[r]; }
    const std::vector<Road>& roads() const { return m_roads; }

    // Outgoing edges of a node are edge ids [outBegin(n), outBegin(n + 1)).
    std::uint32_t outBegin(std::uint32_t node) const { return m_outOffsets[node]; }
    // Incoming edges of a node: inEdge(i) for i in [inBegin(n), inBegin(n + 1)).
    std::uint32_t inBegin(std::uint32_t node) const { return m_inOffsets[node]; }
    std::uint32_t inEdge(std::uint32_t i) const { return m_inEdges[i]; }
    // Indices into roads() of the roads whose segments meet at a node,
    // ascending and distinct.
    std::vector<std::uint32_t> roadsAtNode(std::uint32_t node) const;

    // Highest edge speed, m/s (for A*'s heuristic).
    double maxSpeedMps() const { return m_maxSpeedMps; }

    // Strongly connected pieces of the network: within one, every node can
    // reach every other. A map clipped to a district has fragments at its
    // edge (and one-way stubs) that join the rest only outside it.
    // componentOf is kNoComponent for a one-way segment between two pieces.
    static constexpr std::uint32_t kNoComponent = UINT32_MAX;
    std::uint32_t componentOf(std::uint32_t segment) const { return m_segmentComponent[segment]; }
    std::uint32_t largestComponent() const { return m_largestComponent; }

    QPointF toMetric(QPointF lonLat) const;
    // Many points at once (one PROJ call). Throws GeoError when one fails.
    std::vector<QPointF> toMetric(std::vector<QPointF> lonLat) const;
    // The nearest road point within maxDistanceM, on the given component
    // when one is given; nullopt when there is none.
    std::optional<RoadSnap> snap(QPointF lonLat, double maxDistanceM,
                                 std::optional<std::uint32_t> component = std::nullopt) const;
    std::optional<RoadSnap> snapMetric(QPointF metric, double maxDistanceM,
                                       std::optional<std::uint32_t> component = std::nullopt) const;

    // Geometry of a segment between two offsets (metres from its first
    // node), in lon/lat, in the order from -> to (swapped offsets give the
    // reverse direction). Appends to out, skipping a repeated first point.
    void appendSegmentPath(std::uint32_t segment, double fromOffsetM, double toOffsetM,
                           std::vector<QPointF>& out) const;

private:
    friend class RoadGraphBuilder;

    std::vector<QPointF> m_nodeMetric;
    std::vector<QPointF> m_nodeLonLat;
    std::vector<QPointF> m_pointMetric; // segment geometries, concatenated
    std::vector<QPointF> m_pointLonLat;
    std::vector<double> m_pointOffset; // cumulative length within its segment
    std::vector<Segment> m_segments;
    std::vector<Road> m_roads;
    std::vector<Edge> m_edges; // sorted by from
    std::vector<std::uint32_t> m_outOffsets;
    std::vector<std::uint32_t> m_inOffsets;
    std::vector<std::uint32_t> m_inEdges;
    std::vector<std::uint32_t> m_segmentComponent;
    std::uint32_t m_largestComponent = 0;
    SpatialIndex m_segmentIndex;
    double m_maxSpeedMps = 1;
    std::unique_ptr<CoordinateTransform> m_toMetric;
    std::unique_ptr<std::mutex> m_transformMutex;
};

} // namespace xiuhua::geo
