#pragma once

#include "core/position_fix.h"
#include "dispatch/dispatch_context.h"
#include "dispatch/position_rules.h"

#include <QCoreApplication>

#include <vector>

namespace xiuhua::dispatch {

// What a position parser reads from a request: who says they are sending, and their fixes.
struct DeviceCredentials
{
    QString identifier;
    QString token;
};

// One fix as an app reports it (no ids yet): see service/ for the formats.
struct PositionReport
{
    QDateTime fixAt;
    core::GeoPoint location;
    std::optional<double> accuracyM;
    std::optional<double> speedMps;
    std::optional<double> headingDeg;
    std::optional<double> altitudeM;
    std::optional<int> batteryPercent;
};

// Takes position reports from the field: checks the device and its token, stores every fix of a
// burst with its own time, moves the responder for the accepted ones and counts the rest, all in
// one Store::recordPositions transaction (positions are not audited actions; docs/DECISIONS.md).
class PositionService
{
    Q_DECLARE_TR_FUNCTIONS(PositionService)

public:
    PositionService(storage::Store& store, PositionRules rules);

    enum class Status
    {
        Stored, // committed (some fixes may have been kept out of the current position)
        UnknownDevice,
        BadToken,
        Withdrawn
    };
    struct Outcome
    {
        Status status = Status::Stored;
        std::optional<core::Id> responderId;
        int stored = 0;    // new rows (a resent fix counts once, the first time)
        int accepted = 0;  // of those, moved the current position or could have
        int keptOut = 0;   // stale, future, outside the area, impossible speed
        int duplicate = 0; // already stored
        core::Id newestPositionId = 0;
    };

    // Returns only after the transaction committed. Throws storage::StorageError (nothing stored).
    Outcome ingest(const DeviceCredentials& credentials, std::vector<PositionReport> burst);
    // A fix from the duty page of an officer who logged in with their account: stored as from the
    // officer's active bound device (newest registered), so it joins that device's trail under the
    // same rules. UnknownDevice (nothing stored, nothing counted) when the officer has none: a
    // position row always names its device.
    Outcome ingestForResponder(core::Id responderId, std::vector<PositionReport> burst);

    const PositionRules& rules() const { return m_rules; }

private:
    void storeBurst(storage::PositionWriter& writer, const core::Device& device,
                    const std::vector<PositionReport>& burst, Outcome& outcome) const;

    storage::Store& m_store;
    PositionRules m_rules;
};

// Deletes position history older than `retentionDays` as one audited action ("position.purge"):
// who ran it, the cut-off and how many positions went. The system actor (the service's daily job)
// or an actor who may change settings.
qint64 purgePositionHistory(DispatchContext& context, const core::Actor& actor, int retentionDays);

} // namespace xiuhua::dispatch
