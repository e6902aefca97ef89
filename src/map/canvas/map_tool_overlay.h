#pragma once

#include <QWidget>

#include <optional>

namespace xiuhua::map {

class MapCanvas;
class MapToolController;

// A transparent child of the canvas, on top of it and always its size, that paints the tools'
// feedback (rubber band, measure line, picked marker) and the selection highlight. Mouse events
// pass through to the canvas.
class MapToolOverlay : public QWidget
{
    Q_OBJECT

public:
    MapToolOverlay(MapCanvas& canvas, const MapToolController& controller);

    // The selected object's location in display-CRS metres; nullopt hides the ring.
    void setHighlight(std::optional<QPointF> mapPoint);
    std::optional<QPointF> highlight() const { return m_highlight; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    MapCanvas& m_canvas;
    const MapToolController& m_controller;
    std::optional<QPointF> m_highlight;
};

} // namespace xiuhua::map
