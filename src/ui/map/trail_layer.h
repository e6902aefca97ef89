#pragma once

#include "core/position_fix.h"
#include "geo/coordinate_transform.h"
#include "map/map_layer.h"

#include <QColor>
#include <QDateTime>

#include <vector>

namespace xiuhua::ui {

// Where one responder has been: their accepted fixes joined as a line, oldest to newest, with a
// tick across the line every five minutes (labelled with the station time every quarter hour) and
// a dot at the newest fix. Fixes the service kept out of the current position (stale, impossible
// speed...) are not part of the line: they would draw jumps that never happened.
class TrailLayer : public map::MapLayer
{
    Q_OBJECT

public:
    static inline const QString layerId = QStringLiteral("trail");
    static constexpr int kTickMinutes = 5;
    static constexpr int kLabelMinutes = 15;

    // A tick: where the line passes a five-minute mark.
    struct Tick
    {
        QDateTime at;
        core::GeoPoint location; // interpolated between the fixes either side
        bool labelled = false;
    };

    TrailLayer(geo::CoordinateTransform displayTransform, QString id = layerId, QString name = {},
               int zValue = 880, QObject* parent = nullptr);

    bool isOperational() const override { return true; }

    // Replaces the trail; fixes in any order (sorted by fix time here). responderId 0 = none.
    void setTrail(core::Id responderId, std::vector<core::PositionFix> fixes);
    // Adds the fixes of the shown responder that arrived (others are ignored), dropping those
    // before `since` (the trail keeps its last hour as it grows).
    void appendFixes(const std::vector<core::PositionFix>& fixes, const QDateTime& since = {});
    void clear() { setTrail(0, {}); }
    core::Id responderId() const { return m_responderId; }
    const std::vector<core::PositionFix>& fixes() const { return m_fixes; }
    std::vector<Tick> ticks() const;
    void setColour(const QColor& colour);

    QRectF extent() const override { return m_extent; }
    void render(QPainter& painter, const map::MapViewport& viewport) const override;

private:
    void project();

    geo::CoordinateTransform m_toDisplay;
    core::Id m_responderId = 0;
    std::vector<core::PositionFix> m_fixes; // accepted only, by fix time
    std::vector<QPointF> m_projected;       // parallel to m_fixes
    QRectF m_extent;
    QColor m_colour = QColor(0x15, 0x65, 0xc0);
};

} // namespace xiuhua::ui
