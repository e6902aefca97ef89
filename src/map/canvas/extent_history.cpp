#include "map/canvas/extent_history.h"

#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"

#include <QTimer>

#include <cmath>

namespace xiuhua::map {

namespace {
bool sameView(const MapViewport& a, const MapViewport& b)
{
    const double tolerance = a.scale() * 0.5; // half a pixel
    return std::abs(a.scale() - b.scale()) < 1e-9 * a.scale() &&
           std::abs(a.centre().x() - b.centre().x()) < tolerance &&
           std::abs(a.centre().y() - b.centre().y()) < tolerance;
}
} // namespace

ExtentHistory::ExtentHistory(MapCanvas& canvas, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ExtentHistory::recordCurrent);
    connect(&m_canvas, &MapCanvas::viewportChanged, this, &ExtentHistory::onViewportChanged);
}

bool ExtentHistory::canGoBack() const
{
    return m_current > 0;
}

bool ExtentHistory::canGoForward() const
{
    return m_current >= 0 && m_current + 1 < count();
}

void ExtentHistory::setSettleDelay(int ms)
{
    m_timer->setInterval(ms);
}

void ExtentHistory::settle()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        recordCurrent();
    }
}

void ExtentHistory::onViewportChanged()
{
    if (!m_navigating)
        m_timer->start();
}

void ExtentHistory::recordCurrent()
{
    const MapViewport view = m_canvas.viewport();
    if (!view.isValid())
        return;
    if (m_current >= 0 && sameView(m_entries[std::size_t(m_current)], view))
        return;
    m_entries.resize(std::size_t(m_current + 1)); // a new extent drops the forward entries
    m_entries.push_back(view);
    if (count() > kMaxEntries)
        m_entries.erase(m_entries.begin());
    m_current = count() - 1;
    emit changed();
}

void ExtentHistory::back()
{
    settle();
    if (canGoBack())
        go(m_current - 1);
}

void ExtentHistory::forward()
{
    settle();
    if (canGoForward())
        go(m_current + 1);
}

void ExtentHistory::go(int index)
{
    m_current = index;
    m_navigating = true;
    m_canvas.setViewport(m_entries[std::size_t(index)]);
    m_navigating = false;
    emit changed();
}

} // namespace xiuhua::map
