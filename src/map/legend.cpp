#include "map/legend.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {

QString categoryLabel(const VectorStyle::Category& category)
{
    if (!category.title.isEmpty())
        return category.title;
    if (!category.values.isEmpty())
        return category.values.join(QStringLiteral(", "));
    return category.filter ? category.filter->toString() : QString();
}

// The look's pen at width, with its dashes shifted so a dash (not a gap)
// lies on the swatch centre, centreOffset pixels from where the line starts.
QPen swatchPen(const FeatureStyle& look, double width, double centreOffset)
{
    QPen pen(look.stroke, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QList<qreal> dashes = look.dashPattern;
    if (dashes.isEmpty() && look.strokePattern != Qt::SolidLine && look.strokePattern != Qt::NoPen)
        dashes = QPen(look.stroke, 1, look.strokePattern).dashPattern();
    if (dashes.isEmpty())
        return pen;
    double period = 0;
    for (const qreal d : dashes)
        period += d;
    pen.setCapStyle(Qt::FlatCap);
    pen.setDashPattern(dashes);
    if (period > 0)
        pen.setDashOffset(
            std::fmod(std::fmod(dashes.front() / 2 - centreOffset / width, period) + period, period));
    return pen;
}

void drawLine(QPainter& painter, const FeatureStyle& look, const QSizeF& size)
{
    // On a pixel centre, so a 1 px line fills the middle row instead of half of two rows.
    const double y = std::floor(size.height() / 2) + 0.5;
    const double maxWidth = std::max(1.0, size.height() * 0.8);
    const double margin = std::min(3.0, size.width() / 4);
    const QLineF line(margin, y, size.width() - margin, y);
    if (look.casingWidth > 0 && look.casing.isValid()) {
        painter.setPen(
            QPen(look.casing, std::clamp(look.casingWidth, 1.0, maxWidth), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(line);
    }
    if (look.strokeWidth > 0) {
        const double width = std::clamp(look.strokeWidth, 1.0, maxWidth);
        painter.setPen(swatchPen(look, width, size.width() / 2 - margin));
        painter.drawLine(line);
    }
}

void drawPolygon(QPainter& painter, const FeatureStyle& look, const QSizeF& size)
{
    const double width = look.strokeWidth > 0 ? std::clamp(look.strokeWidth, 1.0, size.height() / 4) : 0;
    const double inset = width / 2 + 1;
    const QRectF box(inset, inset, size.width() - 2 * inset, size.height() - 2 * inset);
    painter.setBrush(look.fill.isValid() ? QBrush(look.fill) : QBrush(Qt::NoBrush));
    painter.setPen(width > 0 ? swatchPen(look, width, size.width() / 2 - inset) : QPen(Qt::NoPen));
    painter.drawRect(box);
}

void drawPoint(QPainter& painter, const FeatureStyle& look, const QSizeF& size)
{
    PointSymbol symbol = look.symbol;
    const double room = std::min(size.width(), size.height()) - 2;
    symbol.outlineWidth = std::min(symbol.outlineWidth, room / 6);
    symbol.size = std::clamp(symbol.size, 1.0, std::max(1.0, room - 2 * symbol.outlineWidth));
    symbol.draw(painter, QPointF(size.width() / 2, size.height() / 2));
}

} // namespace

QImage legendSwatch(const FeatureStyle& look, GeometryType type, QSize swatchSize)
{
    if (swatchSize.width() <= 0 || swatchSize.height() <= 0)
        return {};
    QImage image(swatchSize.boundedTo(QSize(1024, 1024)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = image.size();
    switch (type) {
    case GeometryType::Point:
        drawPoint(painter, look, size);
        break;
    case GeometryType::Line:
        drawLine(painter, look, size);
        break;
    case GeometryType::Polygon:
        drawPolygon(painter, look, size);
        break;
    case GeometryType::Unknown:
        if (look.fill.isValid())
            drawPolygon(painter, look, size);
        else
            drawLine(painter, look, size);
        break;
    }
    painter.end();
    return image;
}

std::vector<LegendEntry> legendFor(const VectorStyle& style, GeometryType type, QSize swatchSize)
{
    std::vector<LegendEntry> entries;
    for (const VectorStyle::Category& category : style.categories)
        entries.push_back({categoryLabel(category), legendSwatch(category.style, type, swatchSize)});
    if (style.drawUncategorised || style.categories.empty()) {
        QString label = style.fallbackTitle;
        if (label.isEmpty() && !style.categories.empty())
            label = QCoreApplication::translate("xiuhua::map::Legend", "Other");
        entries.push_back({label, legendSwatch(style.fallback, type, swatchSize)});
    }
    return entries;
}

} // namespace xiuhua::map
