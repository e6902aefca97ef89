#pragma once

#include "core/position_fix.h"
#include "storage/store.h"

#include <QList>
#include <QObject>

#include <vector>

class QTimer;

namespace xiuhua::dispatch {

// Follows the position feed (StoreReader::positionsAfter) for the console's live map and board.
// It polls on a timer on both engines: one indexed read of "id > last" is cheap (a few hundred
// microseconds on either engine, nothing at all to return most of the time), and it keeps this
// feed independent of the change watcher and the PostgreSQL listener (their reconnection logic is
// their own). A listener that hears NOTIFY xiuhua_position can call lookNow() to cut the delay.
class PositionFollower : public QObject
{
    Q_OBJECT

public:
    // Starts after the newest stored position: what is older is already in the responders' rows.
    explicit PositionFollower(const storage::StoreReader& reader, QObject* parent = nullptr);

    void start(int intervalMs = 500);
    void stop();
    // One look: everything stored since the last one, in the order stored (announced too).
    std::vector<core::PositionFix> poll();
    core::Id lastId() const { return m_lastId; }

public slots:
    void lookNow() { poll(); }

signals:
    // Every stored position, accepted or not (the trail shows what the board does not).
    void positionsArrived(const std::vector<xiuhua::core::PositionFix>& fixes);
    // The responders whose accepted fixes arrived: their rows and points to update.
    void respondersMoved(const QList<qint64>& responderIds);

private:
    const storage::StoreReader& m_reader;
    QTimer* m_timer;
    core::Id m_lastId = 0;
};

} // namespace xiuhua::dispatch
