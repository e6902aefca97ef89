#pragma once

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

class QTimer;

namespace xiuhua::map {

class MapCanvas;
class MapTool;
class MapToolOverlay;

// Attaches map tools to a canvas without the canvas knowing about them: an event filter on the
// canvas forwards mouse, wheel and key events to the active tool; what the tool does not consume
// reaches the canvas (pan, wheel zoom, point clicks). Also reports right clicks (for the context
// menu) and, debounced, the operational point under a resting cursor (for tooltips), and owns the
// overlay the tools draw on. Esc, when the active tool does not use it, returns to the default tool.
class MapToolController : public QObject
{
    Q_OBJECT

public:
    explicit MapToolController(MapCanvas& canvas, QObject* parent = nullptr);
    ~MapToolController() override;

    // Takes ownership. The tool's action (if any) activates it when triggered.
    void addTool(MapTool* tool);
    const std::vector<MapTool*>& tools() const { return m_tools; }
    // The tool active when no other is: pan. Activated at once if nothing is active.
    void setDefaultTool(MapTool* tool);
    MapTool* activeTool() const { return m_active; }
    // Deactivates the current tool and activates tool (nullptr = the default tool).
    void setTool(MapTool* tool);

    MapCanvas& canvas() const { return m_canvas; }
    MapToolOverlay* overlay() const { return m_overlay; }

    // Selection highlight (display-CRS metres): a ring on the overlay. With pan, the map scrolls
    // to show the point if it is off-screen.
    void highlight(std::optional<QPointF> mapPoint, bool pan = true);
    void ensureVisible(QPointF mapPoint, double marginPx = 40);

    void setHoverDelay(int ms);

signals:
    void toolChanged(xiuhua::map::MapTool* tool);
    // Forwarded from the active tool.
    void messageEmitted(const QString& message);
    // A right click the active tool did not take.
    void contextMenuRequested(QPointF pixel, QPoint globalPos);
    // The cursor rests on an operational point (debounced) / left it.
    void pointHovered(const QString& layerId, qint64 id, QPoint globalPos);
    void hoverEnded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool forward(QEvent* event);
    void checkHover();

    MapCanvas& m_canvas;
    MapToolOverlay* m_overlay;
    std::vector<MapTool*> m_tools;
    QPointer<MapTool> m_active;
    QPointer<MapTool> m_default;
    QTimer* m_hoverTimer;
    QPointF m_hoverPos;
    QString m_hoverLayer;
    qint64 m_hoverId = -1;
    bool m_swallowContextMenu = false;
};

} // namespace xiuhua::map
