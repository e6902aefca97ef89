#include "dispatch/position_service.h"

#include "core/entity_json.h"
#include "dispatch/device_token.h"
#include "dispatch/permission_guard.h"

#include <QJsonObject>

#include <algorithm>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

PositionFix fixOf(const PositionReport& report, const Device& device, const QDateTime& now)
{
    PositionFix fix;
    fix.deviceId = device.id;
    fix.responderId = device.responderId;
    fix.fixAt = report.fixAt.isValid() ? report.fixAt : now; // an app that sent no time: on receipt
    fix.receivedAt = now;
    fix.location = report.location;
    fix.accuracyM = report.accuracyM;
    fix.speedMps = report.speedMps;
    fix.headingDeg = report.headingDeg;
    fix.altitudeM = report.altitudeM;
    fix.batteryPercent = report.batteryPercent;
    return fix;
}

// Oldest first, so a burst after a dead zone moves the responder along its own order.
void sortOldestFirst(std::vector<PositionReport>& burst)
{
    std::stable_sort(burst.begin(), burst.end(),
                     [](const PositionReport& a, const PositionReport& b) { return a.fixAt < b.fixAt; });
}

} // namespace

PositionService::PositionService(storage::Store& store, PositionRules rules)
    : m_store(store), m_rules(std::move(rules))
{}

PositionService::Outcome PositionService::ingest(const DeviceCredentials& credentials,
                                                 std::vector<PositionReport> burst)
{
    sortOldestFirst(burst);
    Outcome outcome;
    const int reports = std::max(1, static_cast<int>(burst.size()));
    m_store.recordPositions([&](storage::PositionWriter& writer) {
        outcome = {};
        const auto device = writer.read().deviceByIdentifier(credentials.identifier);
        if (!device) {
            outcome.status = Status::UnknownDevice;
            writer.countRefusal(PositionVerdict::UnknownDevice, reports);
            return;
        }
        if (!DeviceToken::matches(device->tokenHash, credentials.token)) {
            outcome.status = Status::BadToken;
            writer.countRefusal(PositionVerdict::BadToken, reports);
            return;
        }
        if (!device->isActive()) {
            outcome.status = Status::Withdrawn;
            writer.countRefusal(PositionVerdict::WithdrawnDevice, reports);
            return;
        }
        storeBurst(writer, *device, burst, outcome);
    });
    return outcome;
}

PositionService::Outcome PositionService::ingestForResponder(Id responderId,
                                                             std::vector<PositionReport> burst)
{
    sortOldestFirst(burst);
    Outcome outcome;
    m_store.recordPositions([&](storage::PositionWriter& writer) {
        outcome = {};
        std::optional<Device> device;
        for (const Device& candidate : writer.read().devices()) {
            if (candidate.responderId == responderId && candidate.isActive() &&
                (!device || candidate.registeredAt > device->registeredAt))
                device = candidate;
        }
        if (!device) {
            outcome.status = Status::UnknownDevice;
            return;
        }
        storeBurst(writer, *device, burst, outcome);
    });
    return outcome;
}

void PositionService::storeBurst(storage::PositionWriter& writer, const Device& device,
                                 const std::vector<PositionReport>& burst, Outcome& outcome) const
{
    outcome.responderId = device.responderId;
    std::optional<PositionFix> newest = writer.read().newestAcceptedPosition(device.responderId);
    for (const PositionReport& report : burst) {
        PositionFix fix = fixOf(report, device, writer.now());
        fix.verdict = m_rules.judge(fix, writer.now(), newest);
        const auto id = writer.insertPosition(fix);
        if (!id) {
            ++outcome.duplicate;
            continue;
        }
        fix.id = *id;
        ++outcome.stored;
        outcome.newestPositionId = std::max(outcome.newestPositionId, *id);
        if (fix.verdict == PositionVerdict::Accepted) {
            ++outcome.accepted;
            writer.moveResponder(fix.responderId, fix.location, fix.fixAt);
            newest = fix;
        } else {
            ++outcome.keptOut;
            writer.countRefusal(fix.verdict, 1);
        }
    }
}

qint64 purgePositionHistory(DispatchContext& context, const Actor& actor, int retentionDays)
{
    requirePermission(context, actor, Permission::ChangeSettings);
    const QDateTime cutOff = context.now().addDays(-std::max(1, retentionDays));
    qint64 purged = 0;
    context.store.transact(actor, [&](storage::StoreWriter& writer) {
        purged = writer.purgePositions(cutOff);
        writer.audit({QStringLiteral("position.purge"),
                      QStringLiteral("position"),
                      std::nullopt,
                      {},
                      QJsonObject{{QStringLiteral("before"), isoUtc(cutOff)},
                                  {QStringLiteral("retention_days"), retentionDays},
                                  {QStringLiteral("deleted"), purged}}});
    });
    return purged;
}

} // namespace xiuhua::dispatch
