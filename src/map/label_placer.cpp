#include "map/label_placer.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QImage>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <memory>

namespace xiuhua::map {

namespace {

constexpr double kCellPx = 64;
constexpr qsizetype kMaxCachedTexts = 20000; // per font and thread

constexpr qsizetype kMaxCachedHalos = 20000; // glyph halos per font and thread

// One glyph's halo as a ready image: the glyph's outline stroked with round joins, drawn once
// and then only copied (stroking a CJK glyph's curves for every label was most of a labelled
// render).
struct GlyphHalo
{
    QImage image;    // premultiplied, in the halo colour
    QPointF topLeft; // from the glyph's origin
};

struct HaloKey
{
    QString font; // the run's font: family, style and size (a fallback font has its own glyphs)
    quint32 glyph = 0;
    double width = 0;
    QRgb colour = 0;
    bool operator==(const HaloKey&) const = default;
};

size_t qHash(const HaloKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.font, key.glyph, key.width, key.colour);
}

// Measurements, glyph outlines, laid-out glyphs and glyph halos of one font, for one thread.
struct FontCache
{
    explicit FontCache(const QFont& f) : font(f), metrics(f) {}
    QFont font;
    QFontMetricsF metrics;
    QHash<QString, double> widths;
    QHash<QString, QPainterPath> paths;
    QHash<QString, QList<QGlyphRun>> glyphs;
    QHash<HaloKey, GlyphHalo> halos;
};

QString fontKeyOf(const QRawFont& font)
{
    return font.familyName() + QLatin1Char('/') + font.styleName() + QLatin1Char('/') +
           QString::number(font.pixelSize());
}

GlyphHalo drawHalo(const QRawFont& font, quint32 glyph, double width, const QColor& colour)
{
    const QPainterPath outline = font.pathForGlyph(glyph);
    const QRectF bounds = outline.boundingRect().adjusted(-width - 1, -width - 1, width + 1, width + 1);
    GlyphHalo halo;
    halo.topLeft = QPointF(std::floor(bounds.left()), std::floor(bounds.top()));
    const QSize size(int(std::ceil(bounds.right() - halo.topLeft.x())),
                     int(std::ceil(bounds.bottom() - halo.topLeft.y())));
    if (outline.isEmpty() || size.isEmpty())
        return halo; // a space: nothing to draw
    halo.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    halo.image.fill(Qt::transparent);
    QPainter painter(&halo.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-halo.topLeft);
    // The outline stroked (round joins, as the vector halo) and the glyph filled: no path union needed.
    QPen pen(colour, width * 2);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    painter.strokePath(outline, pen);
    painter.fillPath(outline, colour);
    return halo;
}

// Raster output at one device pixel per logical pixel (the canvas's renders, export-map's PNG) takes
// the cached halo images; a PDF, a printer, a high-dpi or scaled painter (a report's map at print
// resolution, where few glyphs repeat and making images cost more than stroking) gets the halo
// stroked as vectors, as before.
bool canUseHaloImages(const QPainter& painter)
{
    const QPaintEngine* engine = painter.paintEngine();
    const QTransform device = painter.deviceTransform();
    return engine && engine->type() == QPaintEngine::Raster && device.type() <= QTransform::TxTranslate;
}

FontCache& cacheFor(const QFont& font)
{
    thread_local std::vector<std::unique_ptr<FontCache>> caches;
    for (const auto& cache : caches) {
        if (cache->font == font)
            return *cache;
    }
    if (caches.size() > 32)
        caches.clear();
    caches.push_back(std::make_unique<FontCache>(font));
    return *caches.back();
}

// Separating-axis test for two convex polygons.
bool convexIntersect(const QPolygonF& a, const QPolygonF& b)
{
    for (const QPolygonF* polygon : {&a, &b}) {
        const qsizetype n = polygon->size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF edge = polygon->at((i + 1) % n) - polygon->at(i);
            const QPointF axis(-edge.y(), edge.x());
            if (axis.isNull())
                continue;
            double minA = 1e300, maxA = -1e300, minB = 1e300, maxB = -1e300;
            for (const QPointF& p : a) {
                const double d = QPointF::dotProduct(p, axis);
                minA = std::min(minA, d);
                maxA = std::max(maxA, d);
            }
            for (const QPointF& p : b) {
                const double d = QPointF::dotProduct(p, axis);
                minB = std::min(minB, d);
                maxB = std::max(maxB, d);
            }
            if (maxA < minB || maxB < minA)
                return false;
        }
    }
    return true;
}

bool boxesOverlap(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && a.right() > b.left() && a.top() < b.bottom() && a.bottom() > b.top();
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF& pixelBounds) : m_bounds(pixelBounds)
{
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / kCellPx)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / kCellPx)));
    m_cells.resize(std::size_t(m_columns) * std::size_t(m_rows));
}

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

double LabelPlacer::textWidth(const QFont& font, const QString& text)
{
    FontCache& cache = cacheFor(font);
    const auto it = cache.widths.constFind(text);
    if (it != cache.widths.constEnd())
        return *it;
    if (cache.widths.size() > kMaxCachedTexts)
        cache.widths.clear();
    const double width = cache.metrics.horizontalAdvance(text);
    cache.widths.insert(text, width);
    return width;
}

double LabelPlacer::lineHeight(const QFont& font)
{
    return cacheFor(font).metrics.height();
}

template <typename F> void LabelPlacer::forEachCell(const QRectF& box, F&& f) const
{
    const int x0 = std::clamp(int((box.left() - m_bounds.left()) / kCellPx), 0, m_columns - 1);
    const int x1 = std::clamp(int((box.right() - m_bounds.left()) / kCellPx), 0, m_columns - 1);
    const int y0 = std::clamp(int((box.top() - m_bounds.top()) / kCellPx), 0, m_rows - 1);
    const int y1 = std::clamp(int((box.bottom() - m_bounds.top()) / kCellPx), 0, m_rows - 1);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            if (!f(std::size_t(y) * std::size_t(m_columns) + std::size_t(x)))
                return;
        }
    }
}

void LabelPlacer::add(Occupied occupied)
{
    if (!boxesOverlap(occupied.bounds, m_bounds))
        return; // no label can reach it
    const auto index = std::uint32_t(m_occupied.size());
    forEachCell(occupied.bounds, [this, index](std::size_t cell) {
        m_cells[cell].push_back(index);
        return true;
    });
    m_occupied.push_back(std::move(occupied));
}

void LabelPlacer::reserve(const QRectF& area)
{
    add({QPolygonF(), area});
}

bool LabelPlacer::isFree(const QRectF& bounds, const QPolygonF* polygon) const
{
    if (!m_bounds.contains(bounds))
        return false;
    bool free = true;
    forEachCell(bounds, [&](std::size_t cell) {
        for (const std::uint32_t i : m_cells[cell]) {
            const Occupied& other = m_occupied[i];
            if (!boxesOverlap(other.bounds, bounds))
                continue;
            if (!polygon && other.polygon.isEmpty()) {
                free = false;
                return false;
            }
            const QPolygonF mine = polygon ? *polygon : QPolygonF(bounds);
            const QPolygonF theirs = other.polygon.isEmpty() ? QPolygonF(other.bounds) : other.polygon;
            if (convexIntersect(mine, theirs)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

bool LabelPlacer::isFree(const QPolygonF& area) const
{
    return isFree(area.boundingRect(), &area);
}

bool LabelPlacer::isFree(const QRectF& area) const
{
    return isFree(area, nullptr);
}

bool LabelPlacer::reserveIfFree(const QRectF& area)
{
    if (!isFree(area, nullptr))
        return false;
    reserve(area);
    return true;
}

void LabelPlacer::setViewport(const MapViewport& viewport)
{
    m_viewport = viewport;
    m_remember = true;
}

void LabelPlacer::replay(QPainter& painter, const LabelPlacements& previous)
{
    for (const LabelPlacement& label : previous) {
        if (isPlaced(label.key))
            continue;
        const QPointF centre = m_viewport.toPixel(label.mapCentre);
        if (!reserveText(label.text, label.look, centre, label.angle))
            continue;
        drawText(painter, label.text, label.look, centre, label.angle);
        m_placedAt[label.text].push_back(centre);
        ++m_placed;
        m_placements.push_back(label);
        m_placedKeys.insert(keyHash(label.key));
    }
}

bool LabelPlacer::reserveText(const QString& text, const LabelLook& look, QPointF centre, double angleDegrees)
{
    const double pad = look.haloWidth;
    const double width = textWidth(look.font, text);
    const double height = lineHeight(look.font);
    const QRectF box(-width / 2 - pad, -height / 2 - pad, width + 2 * pad, height + 2 * pad);
    if (angleDegrees == 0)
        return reserveIfFree(box.translated(centre));
    QTransform toPixel;
    toPixel.translate(centre.x(), centre.y());
    toPixel.rotate(angleDegrees);
    const QPolygonF area = toPixel.map(QPolygonF(box));
    if (!isFree(area))
        return false;
    add({area, area.boundingRect()});
    return true;
}

bool LabelPlacer::placeText(QPainter& painter, const QString& text, const LabelLook& look, QPointF centre,
                            double angleDegrees, const LabelKey& key)
{
    if (text.isEmpty())
        return false;
    // Keep text upright: fold the angle into (-90, 90].
    while (angleDegrees > 90)
        angleDegrees -= 180;
    while (angleDegrees <= -90)
        angleDegrees += 180;
    if (!reserveText(text, look, centre, angleDegrees))
        return false;
    drawText(painter, text, look, centre, angleDegrees);
    m_placedAt[text].push_back(centre);
    ++m_placed;
    if (m_remember && key.owner != 0) {
        m_placements.push_back({key, m_viewport.toMap(centre), angleDegrees, text, look});
        m_placedKeys.insert(keyHash(key));
    }
    return true;
}

bool LabelPlacer::placeAroundPoint(QPainter& painter, const QString& text, const LabelLook& look,
                                   QPointF point, double symbolRadius, const LabelKey& key)
{
    if (text.isEmpty())
        return false;
    const double halfW = textWidth(look.font, text) / 2 + look.haloWidth;
    const double halfH = lineHeight(look.font) / 2 + look.haloWidth;
    const double gap = symbolRadius + 1;
    const QPointF candidates[] = {
        point + QPointF(gap + halfW, 0),
        point - QPointF(gap + halfW, 0),
        point - QPointF(0, gap + halfH),
        point + QPointF(0, gap + halfH),
    };
    for (const QPointF& centre : candidates) {
        if (placeText(painter, text, look, centre, 0, key))
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
    if (canUseHaloImages(painter)) {
        drawTextWithHaloImages(painter, text, look, centre, angleDegrees);
        return;
    }
    FontCache& cache = cacheFor(look.font);
    auto it = cache.paths.constFind(text);
    if (it == cache.paths.constEnd()) {
        if (cache.paths.size() > kMaxCachedTexts)
            cache.paths.clear();
        QPainterPath path;
        path.addText(-textWidth(look.font, text) / 2, cache.metrics.ascent() - cache.metrics.height() / 2,
                     look.font, text);
        it = cache.paths.insert(text, path);
    }
    const QPainterPath& path = *it;

    painter.save();
    painter.translate(centre);
    if (angleDegrees != 0)
        painter.rotate(angleDegrees);
    if (look.haloWidth > 0) {
        QPen halo(look.halo, look.haloWidth * 2);
        halo.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(path, halo);
    }
    painter.fillPath(path, look.colour);
    painter.restore();
}

void LabelPlacer::drawTextWithHaloImages(QPainter& painter, const QString& text, const LabelLook& look,
                                         QPointF centre, double angleDegrees)
{
    FontCache& cache = cacheFor(look.font);
    auto it = cache.glyphs.constFind(text);
    if (it == cache.glyphs.constEnd()) {
        if (cache.glyphs.size() > kMaxCachedTexts)
            cache.glyphs.clear();
        QTextLayout layout(text, look.font);
        layout.setCacheEnabled(true);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        it = cache.glyphs.insert(text, layout.glyphRuns());
    }
    if (cache.halos.size() > kMaxCachedHalos)
        cache.halos.clear();
    // The line's top-left, so that the text is centred on centre as the outline path is.
    const QPointF origin(-textWidth(look.font, text) / 2, -cache.metrics.height() / 2);

    painter.save();
    painter.translate(centre);
    if (angleDegrees != 0) {
        painter.rotate(angleDegrees);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
    } else {
        // Whole device pixels: the halo images are copied, not resampled.
        const QPointF device = painter.deviceTransform().map(origin);
        painter.translate(std::round(device.x()) - device.x(), std::round(device.y()) - device.y());
    }
    if (look.haloWidth > 0) {
        for (const QGlyphRun& run : *it) {
            const QRawFont font = run.rawFont();
            const QString fontKey = fontKeyOf(font);
            const QList<quint32> indexes = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (qsizetype g = 0; g < indexes.size(); ++g) {
                const HaloKey key{fontKey, indexes[g], look.haloWidth, look.halo.rgba()};
                auto halo = cache.halos.constFind(key);
                if (halo == cache.halos.constEnd())
                    halo = cache.halos.insert(key, drawHalo(font, indexes[g], look.haloWidth, look.halo));
                if (!halo->image.isNull())
                    painter.drawImage(origin + positions[g] + halo->topLeft, halo->image);
            }
        }
    }
    painter.setPen(look.colour);
    for (const QGlyphRun& run : *it)
        painter.drawGlyphRun(origin, run);
    painter.restore();
}

} // namespace xiuhua::map
