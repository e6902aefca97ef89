#include "map/label_placer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <cmath>

namespace xiuhua::map {

LabelPlacer::LabelPlacer(const QRectF& pixelBounds) : m_bounds(pixelBounds) {}

QFont LabelPlacer::mapFont(double pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("sans-serif")});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void LabelPlacer::reserve(const QRectF& area)
{
    m_occupied.push_back(QPolygonF(area));
    m_occupiedBounds.push_back(area);
}

bool LabelPlacer::isFree(const QPolygonF& area) const
{
    const QRectF box = area.boundingRect();
    if (!m_bounds.contains(box))
        return false;
    for (std::size_t i = 0; i < m_occupied.size(); ++i) {
        if (m_occupiedBounds[i].intersects(box) && m_occupied[i].intersects(area))
            return false;
    }
    return true;
}

bool LabelPlacer::tryReserve(const QPolygonF& area)
{
    if (!isFree(area))
        return false;
    m_occupied.push_back(area);
    m_occupiedBounds.push_back(area.boundingRect());
    return true;
}

bool LabelPlacer::placeText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                            double angleDegrees)
{
    if (text.isEmpty())
        return false;
    // Keep text upright: fold the angle into (-90, 90].
    while (angleDegrees > 90)
        angleDegrees -= 180;
    while (angleDegrees <= -90)
        angleDegrees += 180;

    const QFontMetricsF metrics(look.font);
    const double pad = look.haloWidth;
    const QRectF box(-metrics.horizontalAdvance(text) / 2 - pad, -metrics.height() / 2 - pad,
                     metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad);
    QTransform toPixel;
    toPixel.translate(centre.x(), centre.y());
    toPixel.rotate(angleDegrees);
    if (!tryReserve(toPixel.map(QPolygonF(box))))
        return false;
    drawText(painter, text, look, centre, angleDegrees);
    m_placedAt[text].push_back(centre);
    ++m_placed;
    return true;
}

bool LabelPlacer::placeAroundPoint(QPainter& painter, const QString& text, const LabelLook& look,
                                   QPointF point, double symbolRadius)
{
    if (text.isEmpty())
        return false;
    const QFontMetricsF metrics(look.font);
    const double halfW = metrics.horizontalAdvance(text) / 2 + look.haloWidth;
    const double halfH = metrics.height() / 2 + look.haloWidth;
    const double gap = symbolRadius + 1;
    const QPointF candidates[] = {
        point + QPointF(gap + halfW, 0),
        point - QPointF(gap + halfW, 0),
        point - QPointF(0, gap + halfH),
        point + QPointF(0, gap + halfH),
    };
    for (const QPointF& centre : candidates) {
        if (placeText(painter, text, look, centre))
            return true;
    }
    return false;
}

bool LabelPlacer::hasNearbyDuplicate(const QString& text, QPointF point, double minDistance) const
{
    const auto it = m_placedAt.constFind(text);
    if (it == m_placedAt.constEnd())
        return false;
    for (const QPointF& other : *it) {
        if (QLineF(point, other).length() < minDistance)
            return true;
    }
    return false;
}

void LabelPlacer::drawText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                           double angleDegrees)
{
    const QFontMetricsF metrics(look.font);
    QPainterPath path;
    path.addText(-metrics.horizontalAdvance(text) / 2, metrics.ascent() - metrics.height() / 2, look.font,
                 text);

    painter.save();
    painter.translate(centre);
    painter.rotate(angleDegrees);
    if (look.haloWidth > 0) {
        QPen halo(look.halo, look.haloWidth * 2);
        halo.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(path, halo);
    }
    painter.fillPath(path, look.colour);
    painter.restore();
}

} // namespace xiuhua::map
