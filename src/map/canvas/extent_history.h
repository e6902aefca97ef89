#pragma once

#include "map/map_viewport.h"

#include <QObject>

#include <vector>

class QTimer;

namespace xiuhua::map {

class MapCanvas;

// Back/forward through recent map extents, like a browser's history. A viewport is recorded once
// the canvas's viewportChanged has settled (debounced), so a wheel zoom or a drag is one step.
class ExtentHistory : public QObject
{
    Q_OBJECT

public:
    explicit ExtentHistory(MapCanvas& canvas, QObject* parent = nullptr);

    bool canGoBack() const;
    bool canGoForward() const;
    int count() const { return int(m_entries.size()); }
    int currentIndex() const { return m_current; }
    // Debounce interval in milliseconds (default 300).
    void setSettleDelay(int ms);
    // Records the current viewport now if a change is pending (tests, before navigating).
    void settle();
    // Records the current viewport as the newest entry (unless it is the current one).
    void recordCurrent();
    static constexpr int kMaxEntries = 50;

public slots:
    void back();
    void forward();

signals:
    void changed(); // canGoBack/canGoForward may differ

private:
    void onViewportChanged();
    void go(int index);

    MapCanvas& m_canvas;
    QTimer* m_timer;
    std::vector<MapViewport> m_entries;
    int m_current = -1;
    bool m_navigating = false;
};

} // namespace xiuhua::map
