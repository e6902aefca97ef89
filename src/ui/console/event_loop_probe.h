#pragma once

#include "core/position_fix.h"

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

namespace xiuhua::ui {

// Measures how late the console's event loop answers a 16 ms timer — the frames a dispatcher would
// see dropped while the queue, the board and the map take in changes — and prints a summary line to standard
// error every `reportSeconds` (console option --frame-stats; bench/field_load.py reads the lines). Costs one
// timer tick per frame; off unless asked for.
class EventLoopProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopProbe(int reportSeconds, QObject* parent = nullptr);

    struct Summary
    {
        int ticks = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        int dropped = 0; // ticks later than one more frame (16 ms)
    };
    // What the ticks since the last report show; clears them.
    Summary takeSummary();

    // Positions as the console takes them in: how long after the service stored each one (its
    // receivedAt, the same machine's clock or the station's synchronised one) it reached this console.
    void notePositions(const std::vector<core::PositionFix>& fixes);

private:
    void tick();

    QTimer* m_tick;
    QTimer* m_report;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    std::vector<double> m_latenessMs;
    std::vector<double> m_positionLagMs;
};

} // namespace xiuhua::ui
