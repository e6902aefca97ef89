#include "ui/map/trail_layer.h"

#include "map/map_viewport.h"
#include "ui/common/display_text.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

constexpr double kLineWidthPx = 3;
constexpr double kTickHalfPx = 6;
constexpr double kHeadRadiusPx = 5;

bool byFixTime(const PositionFix& a, const PositionFix& b)
{
    return a.fixAt < b.fixAt || (a.fixAt == b.fixAt && a.id < b.id);
}

// The first five-minute mark at or after `at` (marks are on the clock: :00, :05, :10 ...).
QDateTime nextMark(const QDateTime& at)
{
    const qint64 step = TrailLayer::kTickMinutes * 60;
    const qint64 secs = at.toSecsSinceEpoch();
    const qint64 mark = ((secs + step - 1) / step) * step;
    return QDateTime::fromSecsSinceEpoch(mark, Qt::UTC);
}

} // namespace

TrailLayer::TrailLayer(geo::CoordinateTransform displayTransform, QString id, QString name, int zValue,
                       QObject* parent)
    : MapLayer(std::move(id), name.isEmpty() ? tr("Trail") : std::move(name), zValue, parent),
      m_toDisplay(std::move(displayTransform))
{}

void TrailLayer::setTrail(Id responderId, std::vector<PositionFix> fixes)
{
    m_responderId = responderId;
    std::erase_if(fixes, [](const PositionFix& fix) { return fix.verdict != PositionVerdict::Accepted; });
    std::sort(fixes.begin(), fixes.end(), byFixTime);
    m_fixes = std::move(fixes);
    project();
}

void TrailLayer::appendFixes(const std::vector<PositionFix>& fixes, const QDateTime& since)
{
    if (m_responderId == 0)
        return;
    std::vector<PositionFix> kept = m_fixes;
    bool added = false;
    for (const PositionFix& fix : fixes) {
        if (fix.responderId == m_responderId && fix.verdict == PositionVerdict::Accepted) {
            kept.push_back(fix);
            added = true;
        }
    }
    if (!added)
        return;
    if (since.isValid())
        std::erase_if(kept, [&since](const PositionFix& fix) { return fix.fixAt < since; });
    setTrail(m_responderId, std::move(kept));
}

void TrailLayer::setColour(const QColor& colour)
{
    m_colour = colour;
    emit changed();
}

void TrailLayer::project()
{
    m_projected.clear();
    m_extent = {};
    for (const PositionFix& fix : m_fixes) {
        const QPointF point = m_toDisplay.transform(QPointF(fix.location.lon, fix.location.lat));
        m_projected.push_back(point);
        m_extent = m_extent.united(QRectF(point, QSizeF(0.001, 0.001)));
    }
    emit changed();
}

std::vector<TrailLayer::Tick> TrailLayer::ticks() const
{
    std::vector<Tick> result;
    if (m_fixes.size() < 2)
        return result;
    for (QDateTime mark = nextMark(m_fixes.front().fixAt); mark <= m_fixes.back().fixAt;
         mark = mark.addSecs(kTickMinutes * 60)) {
        // The fixes either side of the mark; positions between them are straight-line guesses.
        const auto after =
            std::lower_bound(m_fixes.begin(), m_fixes.end(), mark,
                             [](const PositionFix& fix, const QDateTime& at) { return fix.fixAt < at; });
        const auto before = after == m_fixes.begin() ? after : std::prev(after);
        const qint64 span = before->fixAt.msecsTo(after->fixAt);
        const double t = span > 0 ? double(before->fixAt.msecsTo(mark)) / double(span) : 0.0;
        const GeoPoint location{before->location.lon + (after->location.lon - before->location.lon) * t,
                                before->location.lat + (after->location.lat - before->location.lat) * t};
        const bool labelled = (mark.toSecsSinceEpoch() / 60) % kLabelMinutes == 0;
        result.push_back({mark, location, labelled});
    }
    return result;
}

void TrailLayer::render(QPainter& painter, const map::MapViewport& viewport) const
{
    if (m_projected.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path(viewport.toPixel(m_projected.front()));
    for (std::size_t i = 1; i < m_projected.size(); ++i)
        path.lineTo(viewport.toPixel(m_projected[i]));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(QColor(255, 255, 255, 200), kLineWidthPx + 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(m_colour, kLineWidthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);

    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    for (const Tick& tick : ticks()) {
        const QPointF at =
            viewport.toPixel(m_toDisplay.transform(QPointF(tick.location.lon, tick.location.lat)));
        painter.setPen(QPen(m_colour.darker(140), 2));
        painter.drawLine(at - QPointF(0, kTickHalfPx), at + QPointF(0, kTickHalfPx));
        if (tick.labelled) {
            const QString text = localTimeText(tick.at).right(8).left(5); // HH:mm, station time
            QPainterPath label;
            label.addText(at + QPointF(kTickHalfPx, -kTickHalfPx), font, text);
            painter.strokePath(label, QPen(Qt::white, 3)); // a halo, so the time reads over any street
            painter.fillPath(label, m_colour.darker(160));
        }
    }
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(m_colour);
    painter.drawEllipse(viewport.toPixel(m_projected.back()), kHeadRadiusPx, kHeadRadiusPx);
    painter.restore();
}

} // namespace xiuhua::ui
