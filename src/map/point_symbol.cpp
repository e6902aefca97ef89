#include "map/point_symbol.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <memory>

namespace xiuhua::map {

namespace {

QPainterPath shieldPath(double s)
{
    // A police-badge shield: flat top with notched corners, pointed bottom.
    const double w = s * 0.5;
    QPainterPath path;
    path.moveTo(-w, -s * 0.5);
    path.lineTo(w, -s * 0.5);
    path.lineTo(w, s * 0.05);
    path.quadTo(w, s * 0.38, 0, s * 0.55);
    path.quadTo(-w, s * 0.38, -w, s * 0.05);
    path.closeSubpath();
    return path;
}

QSvgRenderer* svgRenderer(const QString& path)
{
    thread_local QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, std::make_shared<QSvgRenderer>(path));
    return it.value()->isValid() ? it.value().get() : nullptr;
}

} // namespace

void PointSymbol::draw(QPainter& painter, const QPointF& pixel) const
{
    if (shape == Shape::None)
        return;
    painter.save();
    painter.translate(pixel);
    if (shape == Shape::Svg) {
        if (QSvgRenderer* renderer = svgRenderer(svgPath))
            renderer->render(&painter, QRectF(-size / 2, -size / 2, size, size));
        painter.restore();
        return;
    }
    painter.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth) : QPen(Qt::NoPen));
    painter.setBrush(fill);
    const double h = size / 2;
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(QPointF(0, 0), h, h);
        break;
    case Shape::Square:
        painter.drawRoundedRect(QRectF(-h, -h, size, size), size * 0.15, size * 0.15);
        break;
    case Shape::Triangle:
        painter.drawPolygon(QPolygonF({QPointF(0, -h), QPointF(h, h * 0.8), QPointF(-h, h * 0.8)}));
        break;
    case Shape::Diamond:
        painter.drawPolygon(QPolygonF({QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)}));
        break;
    case Shape::Shield:
        painter.drawPath(shieldPath(size));
        break;
    case Shape::None:
    case Shape::Svg:
        break;
    }
    painter.restore();
}

} // namespace xiuhua::map
