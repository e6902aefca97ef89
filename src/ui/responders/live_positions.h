#pragma once

#include "core/position_fix.h"
#include "dispatch/dispatch_context.h"
#include "storage/store.h"

#include <QObject>

class QTimer;

namespace xiuhua::dispatch {
class PositionFollower;
}

namespace xiuhua::ui {

class OperationalOverlay;
class ResponderTableModel;
class TrailLayer;

// Brings the phones' positions to the console as they are stored: the responder's row on the
// board and point on the map move (one row, one point, no reload), the selected responder's trail
// grows, and every fix ages on a slow clock of its own (faded after 2 minutes, grey after 10)
// even when nothing arrives.
class LivePositions : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTrailMinutes = 60;
    static constexpr int kAgeIntervalMs = 10 * 1000;

    // trail may be null (no map). clock: the time fixes are aged against.
    LivePositions(const storage::StoreReader& reader, ResponderTableModel& board, OperationalOverlay& overlay,
                  TrailLayer* trail, dispatch::Clock clock, QObject* parent = nullptr);

    // Follows the position feed every `intervalMs` and re-ages the fixes every kAgeIntervalMs.
    void start(int intervalMs = 500);
    dispatch::PositionFollower* follower() const { return m_follower; }

    // The responder's accepted fixes of the last hour on the trail layer (0 = no trail).
    void showTrail(core::Id responderId);
    // Re-evaluates the fixes' ages against the clock (the slow timer calls it).
    void refreshAges();

signals:
    // Some responders moved; emitted at most once per few seconds (the recommendations follow).
    void respondersSettled();
    // Once a minute: what shows a fix's age in words ("position 3 min old") may re-read it.
    void agesAdvanced();

private:
    void onPositions(const std::vector<core::PositionFix>& fixes);

    const storage::StoreReader& m_reader;
    ResponderTableModel& m_board;
    OperationalOverlay& m_overlay;
    TrailLayer* m_trail;
    dispatch::Clock m_clock;
    dispatch::PositionFollower* m_follower;
    QTimer* m_ageTimer;
    QTimer* m_settle;
    int m_ageTicks = 0;
};

} // namespace xiuhua::ui
