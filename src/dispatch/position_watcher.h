#pragma once

#include "core/position_fix.h"
#include "storage/store.h"

#include <QObject>

#include <vector>

class QTimer;

namespace xiuhua::dispatch {

class ChangeNotifier;

// Follows the position feed (positions are not in the audit log; docs/DECISIONS.md): on each look
// reads the positions stored after the newest id it has seen, in the order they were stored, and
// announces the responders whose current position an accepted fix moved (respondersChanged), as the
// ChangeWatcher announces audited changes. One indexed query a look; nothing when nothing came.
class PositionWatcher : public QObject
{
    Q_OBJECT

public:
    // Starts after the newest position now.
    PositionWatcher(storage::Store& store, ChangeNotifier* notifier, QObject* parent = nullptr);

    void start(int intervalMs = 250);
    void stop();

    std::vector<core::PositionFix> poll();
    core::Id lastId() const { return m_lastId; }
    void setLastId(core::Id id) { m_lastId = id; }

signals:
    void positionsStored(const std::vector<xiuhua::core::PositionFix>& positions);

private:
    void look();

    storage::Store& m_store;
    ChangeNotifier* m_notifier;
    QTimer* m_timer;
    core::Id m_lastId = 0;
};

} // namespace xiuhua::dispatch
