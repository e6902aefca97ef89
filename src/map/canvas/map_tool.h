#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

class QAction;
class QKeyEvent;
class QMouseEvent;
class QPainter;
class QWheelEvent;

namespace xiuhua::map {

class MapCanvas;
class MapViewport;

// One way of interacting with the map (pan, zoom box, identify, measure...). Tools are small
// objects; MapToolController keeps one active at a time and forwards the canvas's events to it.
// A handler returns true when it consumed the event, false to let the canvas pan, zoom and click
// as usual. Tools never call into the main window: they report through signals.
// Modelled on QGIS's QgsMapTool.
class MapTool : public QObject
{
    Q_OBJECT

public:
    explicit MapTool(MapCanvas& canvas, QObject* parent = nullptr);
    ~MapTool() override;

    // A short user-visible name ("Measure").
    virtual QString name() const = 0;

    virtual bool canvasPressEvent(QMouseEvent* event);
    virtual bool canvasMoveEvent(QMouseEvent* event);
    virtual bool canvasReleaseEvent(QMouseEvent* event);
    virtual bool canvasDoubleClickEvent(QMouseEvent* event);
    virtual bool wheelEvent(QWheelEvent* event);
    virtual bool keyPressEvent(QKeyEvent* event);
    // True when a right click belongs to the tool (e.g. ends a measurement) rather than
    // opening the map's context menu.
    virtual bool wantsRightClick() const { return false; }

    // Called by the controller when the tool becomes / stops being the active one.
    virtual void activate();
    virtual void deactivate();
    bool isActive() const { return m_active; }

    // Feedback on top of the map (rubber band, measure line, markers), in pixels of viewport.
    virtual void paint(QPainter& painter, const MapViewport& viewport) const;

    // The checkable action that selects this tool (not owned). Kept checked while active.
    void setAction(QAction* action);
    QAction* action() const;
    void setCursor(const QCursor& cursor);
    QCursor cursor() const { return m_cursor; }

    MapCanvas& canvas() const { return m_canvas; }
    // Coordinate helpers: pixel <-> display-CRS metres <-> WGS 84 lon/lat.
    QPointF toMap(QPointF pixel) const;
    QPointF toPixel(QPointF mapPoint) const;
    QPointF toLonLat(QPointF pixel) const;
    // Metres in the display CRS covered by px pixels at the current scale.
    double pixelsToMapUnits(double px) const;

signals:
    // A status-bar message; an empty message clears it.
    void messageEmitted(const QString& message);
    // The tool's feedback changed and the overlay should repaint.
    void repaintRequested();
    void activated();
    void deactivated();

private:
    MapCanvas& m_canvas;
    QPointer<QAction> m_action;
    QCursor m_cursor = QCursor(Qt::ArrowCursor);
    bool m_active = false;
};

} // namespace xiuhua::map
