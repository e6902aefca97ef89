#pragma once

#include <QColor>
#include <QString>

class QImage;
class QPainter;
class QPointF;

namespace xiuhua::map {

// How a point feature is drawn: a built-in shape or an SVG file, centred on
// the point, sizes in pixels.
struct PointSymbol
{
    enum class Shape
    {
        None,
        Circle,
        Square,
        Triangle,
        Diamond,
        Shield,
        Svg
    };

    Shape shape = Shape::Circle;
    double size = 8;
    QColor fill = Qt::darkGray;
    QColor outline = Qt::white;
    double outlineWidth = 1;
    QString svgPath; // file path or ":/..." resource, for Shape::Svg

    // Draws the symbol centred on pixel. On a raster device without scaling
    // or rotation, blits a pre-rendered sprite (cached per thread and look),
    // else draws vectors. Thread-safe (caches are per thread).
    void draw(QPainter& painter, const QPointF& pixel) const;
    // Always draws vectors (exports, legends, sprites).
    void drawVector(QPainter& painter, const QPointF& pixel) const;
    // The pre-rendered symbol for a device pixel ratio, cached per thread:
    // square, even side, the symbol centred. Valid until the next call that
    // renders a new sprite on this thread.
    const QImage& sprite(double devicePixelRatio) const;
    // Half the symbol's extent in pixels, for hit tests and label offsets.
    double radius() const { return size / 2 + outlineWidth; }
};

} // namespace xiuhua::map
