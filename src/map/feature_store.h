#pragma once

#include "geo/spatial_index.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

class OGRGeometry;

namespace xiuhua::map {

// A feature's full geometry for drawing a highlight, in the display CRS:
// polygons (filled together, even-odd), lines, and points.
struct FeatureShape
{
    QPainterPath areas;
    QPainterPath lines;
    std::vector<QPointF> points;
    bool isEmpty() const { return areas.isEmpty() && lines.isEmpty() && points.empty(); }
};

// The immutable content of a VectorLayer, built once at load and then only
// read (from the GUI thread and from render workers at the same time, shared
// through a std::shared_ptr<const FeatureStore>).
//
// Geometries are in the display CRS, stored flat (one coordinate array per
// level of detail) with a spatial index over the features' bounding boxes.
// Level 0 is the full geometry; levels 1.. are generalised with
// Douglas–Peucker for the scale bands in kLodScales (tolerance half a pixel
// at the band's finest scale), so overview renders draw far fewer vertices.
class FeatureStore
{
public:
    enum class PartKind : std::uint8_t
    {
        Point,
        Line,
        Ring // polygon ring; all rings of a feature are filled together, even-odd
    };
    struct Part
    {
        std::uint32_t first = 0; // into Lod::coords
        std::uint32_t count = 0;
        PartKind kind = PartKind::Point;
    };
    struct Lod
    {
        std::vector<QPointF> coords;
        std::vector<Part> parts;
        std::vector<std::uint32_t> firstPart; // per feature, plus one past the end
    };
    struct Item
    {
        QRectF bounds;
        QPointF labelAnchor;
        QString label;
        qint64 fid = -1;
        int category = -1;
        bool hasArea = false;
        bool hasLines = false;
        bool hasPoints = false;
    };

    // Finest scale (metres per pixel) at which each level is used.
    static constexpr std::array<double, 4> kLodScales{0, 2, 8, 32};
    static int lodFor(double metresPerPixel);

    // Appends one feature, in any order (finish() puts them in drawing order).
    // Returns false (adds nothing) when the geometry has no drawable part.
    bool add(Item item, const OGRGeometry& geometry, const QVariantList& attributes);
    // Room for this many features (a hint; add() grows as needed).
    void reserve(std::size_t features);
    // How finish() prepares the store: for a map that zooms (every level, a spatial index), or
    // for one render at a known scale (the full geometry and that scale's level only; no index,
    // as everything read is in view).
    struct Preparation
    {
        int levels = int(kLodScales.size()); // the levels up to this one are built; a coarser level
                                             // asked for later is the coarsest kept
        bool oneRender = false;
    };
    // Orders the features for drawing (by category, then fid), builds the generalised levels and
    // the spatial index as `preparation` says. Call once, last.
    void finish(Preparation preparation);
    void finish() { finish(Preparation{}); }

    FeatureStore();
    // Unique per store: identifies this content (e.g. in remembered label placements).
    quint64 generation() const { return m_generation; }

    std::size_t size() const { return m_items.size(); }
    const Item& item(std::size_t i) const { return m_items[i]; }
    const Lod& lod(int level) const
    {
        return m_lods[m_levelFor[std::size_t(std::clamp(level, 0, int(kLodScales.size()) - 1))]];
    }
    // Ids of the features whose bounds meet rect, ascending (drawing order): from the spatial index,
    // or by looking at every feature in a store prepared for one render.
    std::vector<std::uint32_t> itemsIn(const geo::Box& box) const;
    std::vector<std::uint32_t> itemsIn(const QRectF& rect) const { return itemsIn(geo::Box::fromRect(rect)); }
    QRectF extent() const { return m_extent; }

    QStringList fieldNames() const { return m_fieldNames; }
    void setFieldNames(const QStringList& names) { m_fieldNames = names; }
    QVariantMap attributes(std::size_t i) const;

    // Hit tests against the full geometry.
    double distanceTo(std::size_t i, QPointF point) const;
    bool areaContains(std::size_t i, QPointF point) const;
    // The full geometry of feature i.
    FeatureShape shape(std::size_t i) const;

private:
    void addParts(const OGRGeometry& geometry);
    void sortByCategory();

    quint64 m_generation = 0;
    std::vector<Item> m_items;
    std::array<Lod, kLodScales.size()> m_lods;
    int m_levels = 1;
    std::array<std::uint8_t, kLodScales.size()> m_levelFor{}; // level asked for -> level kept
    bool m_indexed = false;
    geo::SpatialIndex m_index;
    QRectF m_extent;
    QStringList m_fieldNames;
    std::vector<QVariant> m_values; // row-major, m_fieldNames.size() per item
};

} // namespace xiuhua::map
