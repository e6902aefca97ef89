#pragma once

#include "dispatch/dispatch_context.h"
#include "dispatch/password_hasher.h"

namespace xiuhua::dispatch {

// The password of every demo account (logins: dispatchers' and supervisors' badge numbers,
// "admin", "monitor"); documented in the README.
inline constexpr const char* demoPassword = "demo1234";

struct DemoOptions
{
    QString jurisdictionPath; // e.g. maps/huangpu.gpkg
    std::uint64_t seed = 20261126;
    QDateTime now; // "now" of the demo; history is laid out before it
    int historyDays = 28;
    int historicalIncidents = 60;
    bool liveIncidents = true;   // a few open incidents at "now"
    int extraPatrolOfficers = 0; // more responders, for simulations and load tests
    // Hash strength of the demo accounts' password; tests use PasswordHasher::minimum().
    PasswordHasher::Limits passwordLimits = PasswordHasher::interactive();
};

// Fills an empty store with a demo station: the jurisdiction's places, 40+ responders
// (one community officer per community, 一居一警), shifts with today's roster, weeks of
// closed incidents with assignments and timelines, and a few open ones. Every change goes
// through the services, so the demo's timelines and audit log are the real thing.
// Deterministic for a given seed and `now`. Marks the database as demo data (meta "demo").
void seedDemoData(DispatchContext context, const DemoOptions& options);

bool isDemoDatabase(const storage::StoreReader& reader);

} // namespace xiuhua::dispatch
