#include "ui/responders/live_positions.h"

#include "dispatch/position_follower.h"
#include "ui/map/operational_overlay.h"
#include "ui/map/trail_layer.h"
#include "ui/responders/responder_table_model.h"

#include <QTimer>

namespace xiuhua::ui {

namespace {
// Positions arrive every few seconds per phone; "who goes" is re-ranked at most this often.
constexpr int kSettleMs = 3000;
} // namespace

LivePositions::LivePositions(const storage::StoreReader& reader, ResponderTableModel& board,
                             OperationalOverlay& overlay, TrailLayer* trail, dispatch::Clock clock,
                             QObject* parent)
    : QObject(parent), m_reader(reader), m_board(board), m_overlay(overlay), m_trail(trail),
      m_clock(std::move(clock)), m_follower(new dispatch::PositionFollower(reader, this)),
      m_ageTimer(new QTimer(this)), m_settle(new QTimer(this))
{
    connect(m_follower, &dispatch::PositionFollower::positionsArrived, this, &LivePositions::onPositions);
    connect(m_follower, &dispatch::PositionFollower::respondersMoved, this, [this] {
        if (!m_settle->isActive())
            m_settle->start();
    });
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &LivePositions::respondersSettled);
    connect(m_ageTimer, &QTimer::timeout, this, &LivePositions::refreshAges);
}

void LivePositions::start(int intervalMs)
{
    m_follower->start(intervalMs);
    m_ageTimer->start(kAgeIntervalMs);
}

void LivePositions::onPositions(const std::vector<core::PositionFix>& fixes)
{
    m_board.applyPositions(fixes);
    m_overlay.applyPositions(fixes);
    if (m_trail)
        m_trail->appendFixes(fixes, m_clock().addSecs(-kTrailMinutes * 60));
}

void LivePositions::showTrail(core::Id responderId)
{
    if (!m_trail)
        return;
    if (responderId == 0) {
        m_trail->clear();
        return;
    }
    storage::PositionQuery query;
    query.responderId = responderId;
    query.from = m_clock().addSecs(-kTrailMinutes * 60);
    query.acceptedOnly = true;
    m_trail->setTrail(responderId, m_reader.positions(query));
}

void LivePositions::refreshAges()
{
    m_overlay.refreshAges();
    // The board's age column ticks with the console's one-second clock (ResponderTableModel::setNow).
    if (++m_ageTicks % (60 * 1000 / kAgeIntervalMs) == 0)
        emit agesAdvanced();
}

} // namespace xiuhua::ui
