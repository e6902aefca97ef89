#include "dispatch/position_follower.h"

#include <QTimer>

#include <set>

namespace xiuhua::dispatch {

namespace {
// A burst from 300 phones after a network outage is read in pages, so one look never holds
// the UI thread for long; the rest follows at the next look.
constexpr int kPageSize = 2000;
} // namespace

PositionFollower::PositionFollower(const storage::StoreReader& reader, QObject* parent)
    : QObject(parent), m_reader(reader), m_timer(new QTimer(this)), m_lastId(reader.newestPositionId())
{
    connect(m_timer, &QTimer::timeout, this, &PositionFollower::lookNow);
}

void PositionFollower::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void PositionFollower::stop()
{
    m_timer->stop();
}

std::vector<core::PositionFix> PositionFollower::poll()
{
    std::vector<core::PositionFix> fixes = m_reader.positionsAfter(m_lastId, kPageSize);
    if (fixes.empty())
        return fixes;
    m_lastId = fixes.back().id;
    std::set<qint64> moved;
    for (const core::PositionFix& fix : fixes) {
        if (fix.verdict == core::PositionVerdict::Accepted && fix.responderId != 0)
            moved.insert(fix.responderId);
    }
    emit positionsArrived(fixes);
    if (!moved.empty())
        emit respondersMoved(QList<qint64>(moved.begin(), moved.end()));
    return fixes;
}

} // namespace xiuhua::dispatch
