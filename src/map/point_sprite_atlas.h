#pragma once

#include "map/point_symbol.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include <vector>

namespace xiuhua::map {

// How a point's state (an incident's or a responder's status) marks its symbol:
// a coloured ring around it, an optional badge dot at its top right (e.g.
// "nobody assigned yet") and an opacity (closed things fade).
struct StatusMarker
{
    QColor ring;
    double ringWidth = 2.5;
    QColor badge; // invalid: no badge
    double opacity = 1.0;
};

// The symbols of an operational layer: one PointSymbol per category (e.g. an
// SVG per incident category or responder kind) and one StatusMarker per state.
// Each (category, state) pair is rasterised once per device pixel ratio into
// a sprite, so a frame of thousands of points is a series of plain blits.
// The order of setMarker() calls ranks the states (first = most urgent), which
// clusters use for their colour. Sprites are made thread-safely; set symbols
// and markers from the thread that renders the operational layers.
class PointSpriteAtlas
{
public:
    PointSpriteAtlas();

    void setDefaultSymbol(PointSymbol symbol);
    void setSymbol(const QString& category, PointSymbol symbol);
    void setMarker(const QString& state, StatusMarker marker);

    const PointSymbol& symbol(const QString& category) const;
    bool hasSymbol(const QString& category) const { return m_symbols.contains(category); }
    // A marker-less, full-opacity look for states without a marker.
    StatusMarker marker(const QString& state) const;
    // Lower is more urgent; states without a marker rank last.
    int rank(const QString& state) const;
    StatusMarker markerAt(int rank) const;

    // The sprite of a (category, state): square, even side, the symbol centred.
    QImage sprite(const QString& category, const QString& state, double devicePixelRatio) const;
    // Half the largest sprite's side in pixels (hit tests, label offsets).
    double radius() const;

private:
    QImage render(const PointSymbol& symbol, const StatusMarker& marker, double dpr) const;

    PointSymbol m_default;
    QHash<QString, PointSymbol> m_symbols;
    std::vector<std::pair<QString, StatusMarker>> m_markers;
    mutable QMutex m_mutex;
    mutable QHash<QString, QImage> m_sprites; // key: category, state and pixel ratio
};

} // namespace xiuhua::map
