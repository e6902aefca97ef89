#include "ui/console/event_loop_probe.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace xiuhua::ui {

namespace {

constexpr int kFrameMs = 16;

} // namespace

EventLoopProbe::EventLoopProbe(int reportSeconds, QObject* parent)
    : QObject(parent), m_tick(new QTimer(this)), m_report(new QTimer(this))
{
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, &EventLoopProbe::tick);
    connect(m_report, &QTimer::timeout, this, [this] {
        const Summary s = takeSummary();
        // Standard error, not the log: the option is asked for to be read as the console runs.
        std::fprintf(
            stderr,
            "ui latency: %d ticks, late by p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d frames dropped\n",
            s.ticks, s.p50Ms, s.p99Ms, s.maxMs, s.dropped);
        if (!m_positionLagMs.empty()) {
            std::sort(m_positionLagMs.begin(), m_positionLagMs.end());
            const auto at = [this](double p) {
                return m_positionLagMs[static_cast<std::size_t>(
                    p * static_cast<double>(m_positionLagMs.size() - 1))];
            };
            std::fprintf(stderr,
                         "positions shown: %zu, after storing p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                         m_positionLagMs.size(), at(0.5), at(0.99), m_positionLagMs.back());
            m_positionLagMs.clear();
        }
        std::fflush(stderr);
    });
    m_clock.start();
    m_expectedNs = m_clock.nsecsElapsed() + kFrameMs * 1000000LL;
    m_tick->start(kFrameMs);
    m_report->start(reportSeconds * 1000);
}

void EventLoopProbe::notePositions(const std::vector<core::PositionFix>& fixes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const core::PositionFix& fix : fixes) {
        if (fix.receivedAt.isValid())
            m_positionLagMs.push_back(static_cast<double>(fix.receivedAt.msecsTo(now)));
    }
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_latenessMs.push_back(std::max<qint64>(0, now - m_expectedNs) / 1e6);
    m_expectedNs = now + kFrameMs * 1000000LL;
}

EventLoopProbe::Summary EventLoopProbe::takeSummary()
{
    Summary s;
    if (m_latenessMs.empty())
        return s;
    std::sort(m_latenessMs.begin(), m_latenessMs.end());
    const auto at = [this](double p) {
        return m_latenessMs[static_cast<std::size_t>(p * static_cast<double>(m_latenessMs.size() - 1))];
    };
    s.ticks = static_cast<int>(m_latenessMs.size());
    s.p50Ms = at(0.5);
    s.p99Ms = at(0.99);
    s.maxMs = m_latenessMs.back();
    s.dropped = static_cast<int>(
        std::count_if(m_latenessMs.begin(), m_latenessMs.end(), [](double ms) { return ms > kFrameMs; }));
    m_latenessMs.clear();
    return s;
}

} // namespace xiuhua::ui
