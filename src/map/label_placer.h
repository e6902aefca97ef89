#pragma once

#include "map/map_viewport.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

class QPainter;

namespace xiuhua::map {

// Text look for one label.
struct LabelLook
{
    QFont font;
    QColor colour = QColor(0x33, 0x33, 0x33);
    QColor halo = Qt::white;
    double haloWidth = 2.5;
};

// Which feature a label belongs to, so a placement can be remembered and
// re-used: owner identifies the layer's data (0 = not remembered).
struct LabelKey
{
    quint64 owner = 0;
    std::uint32_t item = 0;
    bool operator==(const LabelKey&) const = default;
};

// One placed label in map coordinates, re-usable by the next render at the
// same scale (while only panning) so labels stay put and are not searched again.
struct LabelPlacement
{
    LabelKey key;
    QPointF mapCentre;
    double angle = 0;
    QString text;
    LabelLook look;
};
using LabelPlacements = std::vector<LabelPlacement>;

// Places labels for one rendered frame: every label (and every symbol that
// asks) reserves its area, and a label that would overlap an already
// reserved area is not drawn. Layers are asked top-most first, so the most
// important labels win. Occupied areas are kept in a grid of cells, so a
// collision test only looks at its neighbours. One placer per frame and
// thread; the text measurement and glyph caches are per thread.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF& pixelBounds);

    // The map font: CJK-capable families first, pixel-sized.
    static QFont mapFont(double pixelSize, bool bold = false);
    // Cached text measurement (per thread).
    static double textWidth(const QFont& font, const QString& text);
    static double lineHeight(const QFont& font);
    // Draws text with its halo, centred on centre; glyph outlines are cached per thread.
    static void drawText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                         double angleDegrees = 0);

    // Remembers keyed placements in map coordinates (see placements()).
    void setViewport(const MapViewport& viewport);
    // Draws the previous render's labels that fit entirely in this frame and
    // marks their features placed. The caller checks that the scale is the same.
    void replay(QPainter& painter, const LabelPlacements& previous);
    bool isPlaced(const LabelKey& key) const { return key.owner != 0 && m_placedKeys.contains(keyHash(key)); }
    const LabelPlacements& placements() const { return m_placements; }

    // Reserves an area (e.g. a point symbol) without drawing.
    void reserve(const QRectF& area);
    bool isFree(const QPolygonF& area) const;
    bool isFree(const QRectF& area) const;
    // Reserves area if it is free and inside the bounds; false otherwise.
    bool reserveIfFree(const QRectF& area);

    // Draws text centred on centre, rotated by angleDegrees (normalised so it
    // never reads upside down). Returns false (draws nothing) on collision.
    bool placeText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                   double angleDegrees = 0, const LabelKey& key = {});
    // Tries right, left, above and below a symbol of the given radius.
    bool placeAroundPoint(QPainter& painter, const QString& text, const LabelLook& look, QPointF point,
                          double symbolRadius, const LabelKey& key = {});

    // For road names: true when the same text was already placed within
    // minDistance pixels of point.
    bool hasNearbyDuplicate(const QString& text, QPointF point, double minDistance) const;

    int placedCount() const { return m_placed; }
    // Counts a label drawn by the caller after reserveIfFree().
    void countPlaced() { ++m_placed; }

private:
    struct Occupied
    {
        QPolygonF polygon; // empty when the area is the axis-aligned bounds
        QRectF bounds;
    };

    static quint64 keyHash(const LabelKey& key) { return key.owner * 0x9e3779b97f4a7c15ULL ^ key.item; }
    bool isFree(const QRectF& bounds, const QPolygonF* polygon) const;
    bool reserveText(const QString& text, const LabelLook& look, QPointF centre, double angleDegrees);
    static void drawTextWithHaloImages(QPainter& painter, const QString& text, const LabelLook& look,
                                       QPointF centre, double angleDegrees);
    void add(Occupied occupied);
    template <typename F> void forEachCell(const QRectF& box, F&& f) const;

    QRectF m_bounds;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<Occupied> m_occupied;
    std::vector<std::vector<std::uint32_t>> m_cells;
    QHash<QString, std::vector<QPointF>> m_placedAt;
    int m_placed = 0;
    bool m_remember = false;
    MapViewport m_viewport;
    LabelPlacements m_placements;
    QSet<quint64> m_placedKeys;
};

} // namespace xiuhua::map
