#include "dispatch/clock_check.h"

#include "storage/storage_error.h"
#include "storage/store.h"

#include <QTimer>

#include <cstdlib>
#include <spdlog/spdlog.h>

namespace xiuhua::dispatch {

ClockCheck::ClockCheck(storage::Store& store, Clock pcClock, QObject* parent)
    : QObject(parent), m_store(store), m_pcClock(std::move(pcClock)), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
}

void ClockCheck::start(int intervalMs)
{
    check();
    m_timer->start(intervalMs);
}

std::optional<qint64> ClockCheck::check()
{
    std::optional<QDateTime> server;
    const QDateTime before = m_pcClock();
    try {
        server = m_store.serverClock();
    } catch (const storage::StorageError& error) {
        spdlog::warn("cannot compare the clock with the database server: {}", error.what());
        return std::nullopt;
    }
    if (!server)
        return std::nullopt;
    const QDateTime after = m_pcClock();
    // The server read its clock somewhere in the round trip: compare with the middle of it.
    const QDateTime pcAtServer = before.addMSecs(before.msecsTo(after) / 2);
    const qint64 drift = server->msecsTo(pcAtServer);
    const bool above = std::llabs(drift) > kLimitMs;
    if (above)
        spdlog::warn("this PC's clock is {} ms {} the database server's (limit {} ms)", std::llabs(drift),
                     drift > 0 ? "ahead of" : "behind", kLimitMs);
    if (above != m_drift.has_value() || (above && std::llabs(*m_drift - drift) >= 500)) {
        if (!above)
            spdlog::info("this PC's clock agrees with the database server's again ({} ms)", drift);
        m_drift = above ? std::optional(drift) : std::nullopt;
        emit driftChanged(above, drift);
    }
    return drift;
}

} // namespace xiuhua::dispatch
