#pragma once

#include "dispatch/dispatch_context.h"

#include <QObject>

#include <optional>

class QTimer;

namespace xiuhua::storage {
class Store;
} // namespace xiuhua::storage

namespace xiuhua::dispatch {

// Compares this PC's clock with the database server's, at start and every few minutes. Every time
// the services stamp comes from the server on a shared database, but the console still counts its
// timers (time to dispatch, on scene for …) on the PC's clock, so a PC clock off by more than
// `limitMs` is told to the operator and the log. On a file there is no other clock: nothing to check.
class ClockCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kLimitMs = 2000;
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    // `pcClock` is the PC's clock (a test passes one with an offset).
    explicit ClockCheck(
        storage::Store& store, Clock pcClock = [] { return QDateTime::currentDateTimeUtc(); },
        QObject* parent = nullptr);

    // Checks now and then every `intervalMs`.
    void start(int intervalMs = kIntervalMs);
    // One comparison: the PC's clock minus the server's in milliseconds; nullopt without a server
    // clock or when the server cannot be asked. Emits driftChanged when it crosses the limit.
    std::optional<qint64> check();
    // The last drift above the limit; nullopt while within it.
    std::optional<qint64> drift() const { return m_drift; }

signals:
    // The PC's clock minus the server's went above the limit, or back within it.
    void driftChanged(bool aboveLimit, qint64 driftMs);

private:
    storage::Store& m_store;
    Clock m_pcClock;
    QTimer* m_timer;
    std::optional<qint64> m_drift;
};

} // namespace xiuhua::dispatch
