#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QString>

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

// Places labels for one rendered frame: every label (and every symbol that
// asks) reserves its area, and a label that would overlap an already
// reserved area is not drawn. Layers are asked top-most first, so the most
// important labels win.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF& pixelBounds);

    // The map font: CJK-capable families first, pixel-sized.
    static QFont mapFont(double pixelSize, bool bold = false);

    // Reserves an area (e.g. a point symbol) without drawing.
    void reserve(const QRectF& area);
    bool isFree(const QPolygonF& area) const;

    // Draws text centred on centre, rotated by angleDegrees (normalised so it
    // never reads upside down). Returns false (draws nothing) on collision.
    bool placeText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                   double angleDegrees = 0);
    // Tries right, left, above and below a symbol of the given radius.
    bool placeAroundPoint(QPainter& painter, const QString& text, const LabelLook& look, QPointF point,
                          double symbolRadius);

    // For road names: true when the same text was already placed within
    // minDistance pixels of point.
    bool hasNearbyDuplicate(const QString& text, QPointF point, double minDistance) const;

    int placedCount() const { return m_placed; }

private:
    bool tryReserve(const QPolygonF& area);
    static void drawText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                         double angleDegrees);

    QRectF m_bounds;
    std::vector<QPolygonF> m_occupied;
    std::vector<QRectF> m_occupiedBounds;
    QHash<QString, std::vector<QPointF>> m_placedAt;
    int m_placed = 0;
};

} // namespace xiuhua::map
