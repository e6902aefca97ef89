#include "map/point_symbol.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>
#include <memory>
#include <unordered_map>

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

struct SpriteKey
{
    int shape;
    double size;
    QRgb fill;
    QRgb outline;
    double outlineWidth;
    QString svgPath;
    double dpr;
    bool operator==(const SpriteKey&) const = default;
};

struct SpriteKeyHash
{
    std::size_t operator()(const SpriteKey& k) const
    {
        return qHashMulti(0, k.shape, k.size, k.fill, k.outline, k.outlineWidth, k.svgPath, k.dpr);
    }
};

} // namespace

// Symbol sprites of this thread, one per look; the side is even so the
// symbol's centre falls on a pixel corner.
const QImage& PointSymbol::sprite(double dpr) const
{
    const PointSymbol& symbol = *this;
    thread_local std::unordered_map<SpriteKey, QImage, SpriteKeyHash> cache;
    const SpriteKey key{
        int(symbol.shape), symbol.size, symbol.fill.rgba(), symbol.outline.rgba(), symbol.outlineWidth,
        symbol.svgPath,    dpr};
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    if (cache.size() > 2000)
        cache.clear();
    const int side = 2 * int(std::ceil(symbol.radius() + 1));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        symbol.drawVector(painter, QPointF(side / 2.0, side / 2.0));
    }
    return cache.emplace(key, std::move(image)).first->second;
}

void PointSymbol::draw(QPainter& painter, const QPointF& pixel) const
{
    if (shape == Shape::None)
        return;
    const QPaintEngine* engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster &&
        painter.worldTransform().type() <= QTransform::TxTranslate) {
        const QImage& image = sprite(painter.device()->devicePixelRatio());
        const double half = image.width() / image.devicePixelRatio() / 2;
        painter.drawImage(QPointF(std::round(pixel.x() - half), std::round(pixel.y() - half)), image);
        return;
    }
    drawVector(painter, pixel);
}

void PointSymbol::drawVector(QPainter& painter, const QPointF& pixel) const
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
