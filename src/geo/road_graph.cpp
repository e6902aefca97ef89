#include "geo/road_graph.h"

#include "geo/geo_error.h"
#include "geo/vector_source.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <ogr_geometry.h>
#include <unordered_map>

namespace xiuhua::geo {

SpeedTable SpeedTable::urbanEmergency()
{
    SpeedTable table;
    table.kmh = {
        {QStringLiteral("motorway"), 60},      {QStringLiteral("motorway_link"), 40},
        {QStringLiteral("trunk"), 50},         {QStringLiteral("trunk_link"), 35},
        {QStringLiteral("primary"), 40},       {QStringLiteral("primary_link"), 30},
        {QStringLiteral("secondary"), 35},     {QStringLiteral("secondary_link"), 25},
        {QStringLiteral("tertiary"), 30},      {QStringLiteral("tertiary_link"), 25},
        {QStringLiteral("unclassified"), 20},  {QStringLiteral("residential"), 20},
        {QStringLiteral("living_street"), 10}, {QStringLiteral("service"), 15},
        {QStringLiteral("pedestrian"), 8},
    };
    table.defaultKmh = 20;
    return table;
}

double SpeedTable::maxKmh() const
{
    double result = defaultKmh;
    for (const double speed : kmh)
        result = std::max(result, speed);
    return result;
}

namespace {

int flagValue(const QVariant& value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("true"))
        return 1;
    if (text == QLatin1String("reverse"))
        return -1;
    return text.toInt();
}

void appendLines(const OGRGeometry& geometry, const RoadLine& tags, std::vector<RoadLine>& out)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbLineString: {
        const OGRLineString& line = *geometry.toLineString();
        RoadLine road = tags;
        road.lonLat.reserve(std::size_t(line.getNumPoints()));
        for (int i = 0; i < line.getNumPoints(); ++i)
            road.lonLat.emplace_back(line.getX(i), line.getY(i));
        out.push_back(std::move(road));
        break;
    }
    case wkbMultiLineString:
        for (const OGRLineString* part : *geometry.toMultiLineString())
            appendLines(*part, tags, out);
        break;
    default:
        break;
    }
}

struct ExactKey
{
    std::uint64_t x = 0, y = 0;
    bool operator==(const ExactKey&) const = default;
};

struct ExactKeyHash
{
    std::size_t operator()(const ExactKey& key) const
    {
        return std::hash<std::uint64_t>()(key.x * 31 ^ key.y);
    }
};

ExactKey exactKey(QPointF p)
{
    ExactKey key;
    const double x = p.x() == 0 ? 0.0 : p.x(); // -0 == 0
    const double y = p.y() == 0 ? 0.0 : p.y();
    std::memcpy(&key.x, &x, sizeof x);
    std::memcpy(&key.y, &y, sizeof y);
    return key;
}

int levelBit(int level)
{
    return 1 << (std::clamp(level, -1, 1) + 1);
}

} // namespace

// Builds a RoadGraph in four steps: distinct locations (exactly equal
// coordinates), merged locations (within the tolerance, same level),
// segments between junctions, then the CSR edge arrays and the index.
class RoadGraphBuilder
{
public:
    RoadGraphBuilder(const std::vector<RoadLine>& lines, const RoadGraphOptions& options)
        : m_lines(lines), m_options(options)
    {}

    RoadGraph build()
    {
        m_graph.m_toMetric = std::make_unique<CoordinateTransform>(
            CoordinateTransform::fromEpsg(kWgs84Epsg, m_options.metricEpsg));
        collectLocations();
        mergeNearLocations();
        buildSegments();
        buildEdges();
        return std::move(m_graph);
    }

private:
    struct Location
    {
        QPointF lonLat, metric;
        int levels = 0;
        int uses = 0;
        bool wayEnd = false;
        std::uint32_t parent = 0; // union-find
        std::uint32_t node = UINT32_MAX;
    };

    std::uint32_t root(std::uint32_t location)
    {
        while (m_locations[location].parent != location) {
            m_locations[location].parent = m_locations[m_locations[location].parent].parent;
            location = m_locations[location].parent;
        }
        return location;
    }

    void collectLocations();
    void mergeNearLocations();
    void buildSegments();
    void addSegment(const std::vector<std::uint32_t>& run, std::uint32_t road, const RoadLine& line);
    void buildEdges();
    void findComponents();
    std::uint32_t nodeOf(std::uint32_t location);

    const std::vector<RoadLine>& m_lines;
    const RoadGraphOptions& m_options;
    RoadGraph m_graph;
    std::vector<Location> m_locations;
    std::vector<std::vector<std::uint32_t>> m_lineLocations; // per line, per vertex
};

void RoadGraphBuilder::collectLocations()
{
    std::vector<QPointF> metric;
    for (const RoadLine& line : m_lines)
        metric.insert(metric.end(), line.lonLat.begin(), line.lonLat.end());
    if (!m_graph.m_toMetric->transform(metric))
        throw GeoError("Cannot transform the road network to the metric CRS");
    std::unordered_map<ExactKey, std::uint32_t, ExactKeyHash> byKey;
    byKey.reserve(metric.size());
    std::size_t next = 0;
    m_lineLocations.resize(m_lines.size());
    for (std::size_t l = 0; l < m_lines.size(); ++l) {
        const RoadLine& line = m_lines[l];
        for (std::size_t v = 0; v < line.lonLat.size(); ++v, ++next) {
            const auto [it, added] =
                byKey.try_emplace(exactKey(line.lonLat[v]), std::uint32_t(m_locations.size()));
            if (added) {
                Location location;
                location.lonLat = line.lonLat[v];
                location.metric = metric[next];
                location.parent = it->second;
                m_locations.push_back(location);
            }
            Location& location = m_locations[it->second];
            location.levels |= levelBit(line.level);
            ++location.uses;
            location.wayEnd = location.wayEnd || v == 0 || v + 1 == line.lonLat.size();
            m_lineLocations[l].push_back(it->second);
        }
    }
}

void RoadGraphBuilder::mergeNearLocations()
{
    const double tolerance = m_options.mergeToleranceM;
    if (tolerance <= 0)
        return;
    auto cellOf = [tolerance](double v) { return std::int64_t(std::floor(v / tolerance)); };
    auto cellKey = [](std::int64_t cx, std::int64_t cy) { return (cx << 32) ^ (cy & 0xffffffff); };
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> grid;
    grid.reserve(m_locations.size());
    for (std::uint32_t i = 0; i < m_locations.size(); ++i)
        grid[cellKey(cellOf(m_locations[i].metric.x()), cellOf(m_locations[i].metric.y()))].push_back(i);
    for (std::uint32_t i = 0; i < m_locations.size(); ++i) {
        const Location& a = m_locations[i];
        const std::int64_t cx = cellOf(a.metric.x()), cy = cellOf(a.metric.y());
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto cell = grid.find(cellKey(cx + dx, cy + dy));
                if (cell == grid.end())
                    continue;
                for (const std::uint32_t j : cell->second) {
                    const Location& b = m_locations[j];
                    if (j <= i || !(a.levels & b.levels))
                        continue;
                    const QPointF d = a.metric - b.metric;
                    if (std::hypot(d.x(), d.y()) <= tolerance)
                        m_locations[root(j)].parent = root(i);
                }
            }
        }
    }
    // Carry uses and way ends over to the roots.
    for (std::uint32_t i = 0; i < m_locations.size(); ++i) {
        const std::uint32_t r = root(i);
        if (r != i) {
            m_locations[r].uses += m_locations[i].uses;
            m_locations[r].wayEnd = m_locations[r].wayEnd || m_locations[i].wayEnd;
        }
    }
}

std::uint32_t RoadGraphBuilder::nodeOf(std::uint32_t location)
{
    Location& l = m_locations[location];
    if (l.node == UINT32_MAX) {
        l.node = std::uint32_t(m_graph.m_nodeMetric.size());
        m_graph.m_nodeMetric.push_back(l.metric);
        m_graph.m_nodeLonLat.push_back(l.lonLat);
    }
    return l.node;
}

void RoadGraphBuilder::buildSegments()
{
    for (std::size_t l = 0; l < m_lines.size(); ++l) {
        std::vector<std::uint32_t> roots;
        for (const std::uint32_t location : m_lineLocations[l]) {
            const std::uint32_t r = root(location);
            if (roots.empty() || roots.back() != r)
                roots.push_back(r);
        }
        // A way that retraces itself (A B A: how some OSM exports write a
        // two-way street) is the street once, both ways.
        if (roots.size() >= 3 && roots.size() % 2 == 1 &&
            std::equal(roots.begin(), roots.end(), roots.rbegin()))
            roots.resize(roots.size() / 2 + 1);
        if (roots.size() < 2)
            continue;
        const auto road = std::uint32_t(m_graph.m_roads.size());
        m_graph.m_roads.push_back({m_lines[l].name, m_lines[l].roadClass});
        std::vector<std::uint32_t> run{roots.front()};
        for (std::size_t v = 1; v < roots.size(); ++v) {
            run.push_back(roots[v]);
            const Location& location = m_locations[roots[v]];
            if (location.uses >= 2 || location.wayEnd || v + 1 == roots.size()) {
                addSegment(run, road, m_lines[l]);
                run = {roots[v]};
            }
        }
    }
}

void RoadGraphBuilder::addSegment(const std::vector<std::uint32_t>& run, std::uint32_t road,
                                  const RoadLine& line)
{
    RoadGraph& g = m_graph;
    RoadGraph::Segment segment;
    segment.pointBegin = std::uint32_t(g.m_pointMetric.size());
    double length = 0;
    for (std::size_t i = 0; i < run.size(); ++i) {
        const Location& location = m_locations[run[i]];
        if (i > 0) {
            const QPointF d = location.metric - g.m_pointMetric.back();
            length += std::hypot(d.x(), d.y());
        }
        g.m_pointMetric.push_back(location.metric);
        g.m_pointLonLat.push_back(location.lonLat);
        g.m_pointOffset.push_back(length);
    }
    segment.pointEnd = std::uint32_t(g.m_pointMetric.size());
    if (length <= 0) {
        g.m_pointMetric.resize(segment.pointBegin);
        g.m_pointLonLat.resize(segment.pointBegin);
        g.m_pointOffset.resize(segment.pointBegin);
        return;
    }
    segment.from = nodeOf(run.front());
    segment.to = nodeOf(run.back());
    segment.road = road;
    segment.lengthM = length;
    segment.seconds = length / (m_options.speeds.speedKmh(line.roadClass) / 3.6);
    segment.forward = line.oneway >= 0;
    segment.backward = line.oneway <= 0;
    g.m_segments.push_back(segment);
}

void RoadGraphBuilder::buildEdges()
{
    RoadGraph& g = m_graph;
    const std::size_t nodes = g.m_nodeMetric.size();
    std::vector<RoadGraph::Edge> edges;
    edges.reserve(g.m_segments.size() * 2);
    std::vector<Box> boxes;
    boxes.reserve(g.m_segments.size());
    for (std::uint32_t s = 0; s < g.m_segments.size(); ++s) {
        const RoadGraph::Segment& seg = g.m_segments[s];
        if (seg.forward)
            edges.push_back({seg.from, seg.to, s, false, seg.lengthM, seg.seconds});
        if (seg.backward)
            edges.push_back({seg.to, seg.from, s, true, seg.lengthM, seg.seconds});
        Box box;
        for (std::uint32_t p = seg.pointBegin; p < seg.pointEnd; ++p)
            box.expand(Box::around(g.m_pointMetric[p].x(), g.m_pointMetric[p].y()));
        boxes.push_back(box);
    }
    std::stable_sort(edges.begin(), edges.end(),
                     [](const auto& a, const auto& b) { return a.from < b.from; });
    g.m_edges = std::move(edges);
    g.m_outOffsets.assign(nodes + 1, 0);
    g.m_inOffsets.assign(nodes + 1, 0);
    for (const RoadGraph::Edge& e : g.m_edges) {
        ++g.m_outOffsets[e.from + 1];
        ++g.m_inOffsets[e.to + 1];
    }
    std::partial_sum(g.m_outOffsets.begin(), g.m_outOffsets.end(), g.m_outOffsets.begin());
    std::partial_sum(g.m_inOffsets.begin(), g.m_inOffsets.end(), g.m_inOffsets.begin());
    g.m_inEdges.resize(g.m_edges.size());
    std::vector<std::uint32_t> fill(g.m_inOffsets.begin(), g.m_inOffsets.end() - 1);
    for (std::uint32_t e = 0; e < g.m_edges.size(); ++e)
        g.m_inEdges[fill[g.m_edges[e].to]++] = e;
    g.m_segmentIndex = SpatialIndex(boxes);
    findComponents();
    g.m_maxSpeedMps = m_options.speeds.maxKmh() / 3.6;
}

// Strongly connected components (Kosaraju, iterative). A segment belongs to
// a component when both its nodes do; one joining two components belongs to
// none (kNoComponent).
void RoadGraphBuilder::findComponents()
{
    RoadGraph& g = m_graph;
    const auto n = std::uint32_t(g.m_nodeMetric.size());
    // Pass 1: nodes in order of finishing a depth-first search on the graph.
    std::vector<std::uint32_t> finished;
    finished.reserve(n);
    std::vector<bool> seen(n, false);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // node, next out edge
    for (std::uint32_t start = 0; start < n; ++start) {
        if (seen[start])
            continue;
        seen[start] = true;
        stack.push_back({start, g.outBegin(start)});
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == g.outBegin(node + 1)) {
                finished.push_back(node);
                stack.pop_back();
                continue;
            }
            const std::uint32_t to = g.m_edges[next++].to;
            if (!seen[to]) {
                seen[to] = true;
                stack.push_back({to, g.outBegin(to)});
            }
        }
    }
    // Pass 2: in reverse finishing order, what reaches each node on the reversed graph.
    std::vector<std::uint32_t> component(n, RoadGraph::kNoComponent);
    std::vector<std::uint32_t> size;
    std::vector<std::uint32_t> todo;
    for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
        if (component[*it] != RoadGraph::kNoComponent)
            continue;
        const auto id = std::uint32_t(size.size());
        size.push_back(0);
        component[*it] = id;
        todo.push_back(*it);
        while (!todo.empty()) {
            const std::uint32_t node = todo.back();
            todo.pop_back();
            ++size[id];
            for (std::uint32_t i = g.inBegin(node); i < g.inBegin(node + 1); ++i) {
                const std::uint32_t from = g.m_edges[g.m_inEdges[i]].from;
                if (component[from] == RoadGraph::kNoComponent) {
                    component[from] = id;
                    todo.push_back(from);
                }
            }
        }
    }
    g.m_segmentComponent.resize(g.m_segments.size());
    for (std::uint32_t s = 0; s < g.m_segments.size(); ++s) {
        const RoadGraph::Segment& seg = g.m_segments[s];
        g.m_segmentComponent[s] =
            component[seg.from] == component[seg.to] ? component[seg.from] : RoadGraph::kNoComponent;
    }
    if (!size.empty())
        g.m_largestComponent = std::uint32_t(std::max_element(size.begin(), size.end()) - size.begin());
}

RoadGraph::RoadGraph() : m_transformMutex(std::make_unique<std::mutex>()) {}
RoadGraph::RoadGraph(RoadGraph&&) noexcept = default;
RoadGraph& RoadGraph::operator=(RoadGraph&&) noexcept = default;
RoadGraph::~RoadGraph() = default;

RoadGraph RoadGraph::fromSource(const VectorSource& source, const RoadGraphOptions& options)
{
    const OGRSpatialReference crs = source.layerCrs(options.layer);
    OGRSpatialReference wgs84 = spatialReferenceFromEpsg(kWgs84Epsg);
    const bool needsTransform = !crs.IsEmpty() && !crs.IsSame(&wgs84);
    const std::vector<Feature> features =
        needsTransform ? source.readLayer(options.layer, CoordinateTransform(crs, wgs84))
                       : source.readLayer(options.layer);
    std::vector<RoadLine> lines;
    lines.reserve(features.size());
    for (const Feature& feature : features) {
        if (!feature.geometry)
            continue;
        RoadLine tags;
        tags.name = feature.attributes.value(options.nameField).toString();
        tags.roadClass = feature.attributes.value(options.classField).toString();
        tags.oneway = std::clamp(flagValue(feature.attributes.value(options.onewayField)), -1, 1);
        if (flagValue(feature.attributes.value(options.bridgeField)) > 0)
            tags.level = 1;
        else if (flagValue(feature.attributes.value(options.tunnelField)) > 0)
            tags.level = -1;
        appendLines(*feature.geometry, tags, lines);
    }
    return fromLines(lines, options);
}

RoadGraph RoadGraph::fromLines(const std::vector<RoadLine>& lines, const RoadGraphOptions& options)
{
    return RoadGraphBuilder(lines, options).build();
}

std::vector<std::uint32_t> RoadGraph::roadsAtNode(std::uint32_t node) const
{
    std::vector<std::uint32_t> result;
    for (std::uint32_t e = outBegin(node); e < outBegin(node + 1); ++e)
        result.push_back(m_segments[m_edges[e].segment].road);
    for (std::uint32_t i = inBegin(node); i < inBegin(node + 1); ++i)
        result.push_back(m_segments[m_edges[inEdge(i)].segment].road);
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QPointF RoadGraph::toMetric(QPointF lonLat) const
{
    if (!m_toMetric)
        throw GeoError("The road graph is empty");
    const std::lock_guard lock(*m_transformMutex);
    return m_toMetric->transform(lonLat);
}

std::vector<QPointF> RoadGraph::toMetric(std::vector<QPointF> lonLat) const
{
    if (!m_toMetric)
        throw GeoError("The road graph is empty");
    const std::lock_guard lock(*m_transformMutex);
    if (!m_toMetric->transform(lonLat))
        throw GeoError("Cannot transform points to the metric CRS");
    return lonLat;
}

std::optional<RoadSnap> RoadGraph::snap(QPointF lonLat, double maxDistanceM,
                                        std::optional<std::uint32_t> component) const
{
    if (m_segments.empty())
        return std::nullopt;
    return snapMetric(toMetric(lonLat), maxDistanceM, component);
}

std::optional<RoadSnap> RoadGraph::snapMetric(QPointF metric, double maxDistanceM,
                                              std::optional<std::uint32_t> component) const
{
    std::optional<RoadSnap> best;
    double radius = std::min(50.0, maxDistanceM);
    for (;;) {
        m_segmentIndex.visit(Box::around(metric.x(), metric.y(), radius), [&](std::uint32_t s) {
            if (component && m_segmentComponent[s] != *component)
                return true;
            const Segment& seg = m_segments[s];
            for (std::uint32_t p = seg.pointBegin; p + 1 < seg.pointEnd; ++p) {
                const QPointF a = m_pointMetric[p], b = m_pointMetric[p + 1];
                const QPointF ab = b - a;
                const double len2 = QPointF::dotProduct(ab, ab);
                const double t =
                    len2 > 0 ? std::clamp(QPointF::dotProduct(metric - a, ab) / len2, 0.0, 1.0) : 0;
                const QPointF onRoad = a + t * ab;
                const double distance = std::hypot(metric.x() - onRoad.x(), metric.y() - onRoad.y());
                if (!best || distance < best->distanceM) {
                    const QPointF la = m_pointLonLat[p], lb = m_pointLonLat[p + 1];
                    const double offset = m_pointOffset[p] + t * (m_pointOffset[p + 1] - m_pointOffset[p]);
                    best = RoadSnap{s, offset, distance, onRoad, la + t * (lb - la)};
                }
            }
            return true;
        });
        if ((best && best->distanceM <= radius) || radius >= maxDistanceM)
            break;
        radius = std::min(radius * 4, maxDistanceM);
    }
    if (best && best->distanceM > maxDistanceM)
        best.reset();
    return best;
}

void RoadGraph::appendSegmentPath(std::uint32_t segment, double fromOffsetM, double toOffsetM,
                                  std::vector<QPointF>& out) const
{
    const Segment& seg = m_segments[segment];
    auto pointAt = [&](double offset) {
        std::uint32_t p = seg.pointBegin;
        while (p + 2 < seg.pointEnd && m_pointOffset[p + 1] < offset)
            ++p;
        const double span = m_pointOffset[p + 1] - m_pointOffset[p];
        const double t = span > 0 ? std::clamp((offset - m_pointOffset[p]) / span, 0.0, 1.0) : 0;
        return m_pointLonLat[p] + t * (m_pointLonLat[p + 1] - m_pointLonLat[p]);
    };
    auto push = [&out](QPointF p) {
        if (out.empty() || out.back() != p)
            out.push_back(p);
    };
    const double lo = std::min(fromOffsetM, toOffsetM), hi = std::max(fromOffsetM, toOffsetM);
    std::vector<QPointF> run{pointAt(lo)};
    for (std::uint32_t p = seg.pointBegin; p < seg.pointEnd; ++p) {
        if (m_pointOffset[p] > lo && m_pointOffset[p] < hi)
            run.push_back(m_pointLonLat[p]);
    }
    run.push_back(pointAt(hi));
    if (fromOffsetM > toOffsetM)
        std::reverse(run.begin(), run.end());
    for (const QPointF& p : run)
        push(p);
}

} // namespace xiuhua::geo
