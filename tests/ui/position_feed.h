#pragma once

#include "dispatch/device_service.h"
#include "dispatch/position_rules.h"
#include "dispatch/position_service.h"
#include "test_support.h"

#include <QTest>

// Positions reported by a phone, stored through a second connection to the console's database
// (as the station service does), for the console's tests of live positions, trails and replay.
namespace xiuhua::testing {

struct PhoneFeed
{
    std::unique_ptr<storage::SqliteStore> service; // the second connection
    dispatch::DeviceService::Registration device;

    PhoneFeed(DemoFixture& demo, core::Id responderId, const QString& identifier)
    {
        device = dispatch::DeviceService({*demo.store, demo.taxonomy, demo.notifier})
                     .registerDevice(testOperator(), identifier, responderId);
        service =
            storage::SqliteStore::open(demo.store->location(), storage::SqliteStore::OpenMode::OpenExisting);
    }

    // Stores the fixes through the service connection; true when all were accepted.
    bool report(const std::vector<dispatch::PositionReport>& burst)
    {
        dispatch::PositionService intake(*service,
                                         dispatch::PositionRules::fromJurisdiction(service->read()));
        const auto outcome = intake.ingest({device.device.identifier, device.token}, burst);
        return outcome.status == dispatch::PositionService::Status::Stored &&
               outcome.accepted == int(burst.size());
    }

    static dispatch::PositionReport fix(const QDateTime& at, double lon, double lat,
                                        std::optional<int> battery = 80)
    {
        dispatch::PositionReport r;
        r.fixAt = at;
        r.location = {lon, lat};
        r.accuracyM = 8;
        r.batteryPercent = battery;
        return r;
    }
};

// A field responder on duty with a position on the map, `skip` of them passed over.
inline core::Responder onDutyResponder(DemoFixture& demo, int skip = 0)
{
    for (const core::Responder& responder : demo.store->read().responders()) {
        if (core::isFieldResponder(responder.kind) && responder.status != core::ResponderStatus::OffDuty &&
            responder.lastPosition && skip-- == 0)
            return responder;
    }
    return {};
}

} // namespace xiuhua::testing
