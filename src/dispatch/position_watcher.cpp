#include "dispatch/position_watcher.h"

#include "dispatch/change_notifier.h"

#include <QTimer>

#include <set>

namespace xiuhua::dispatch {

namespace {
constexpr int kBatch = 5000;
} // namespace

PositionWatcher::PositionWatcher(storage::Store& store, ChangeNotifier* notifier, QObject* parent)
    : QObject(parent), m_store(store), m_notifier(notifier), m_timer(new QTimer(this))
{
    m_lastId = m_store.read().newestPositionId();
    connect(m_timer, &QTimer::timeout, this, &PositionWatcher::look);
}

void PositionWatcher::start(int intervalMs)
{
    m_timer->start(intervalMs);
    QTimer::singleShot(0, this, &PositionWatcher::look);
}

void PositionWatcher::stop()
{
    m_timer->stop();
}

std::vector<core::PositionFix> PositionWatcher::poll()
{
    std::vector<core::PositionFix> positions = m_store.read().positionsAfter(m_lastId, kBatch);
    if (!positions.empty())
        m_lastId = positions.back().id;
    return positions;
}

void PositionWatcher::look()
{
    const std::vector<core::PositionFix> positions = poll();
    if (positions.empty())
        return;
    if (m_notifier) {
        std::set<core::Id> moved;
        for (const core::PositionFix& fix : positions) {
            if (fix.verdict == core::PositionVerdict::Accepted)
                moved.insert(fix.responderId);
        }
        if (!moved.empty())
            emit m_notifier->respondersChanged(QList<qint64>(moved.begin(), moved.end()));
    }
    emit positionsStored(positions);
}

} // namespace xiuhua::dispatch
