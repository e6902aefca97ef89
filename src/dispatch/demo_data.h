#pragma once

#include "dispatch/dispatch_context.h"
#include "dispatch/password_hasher.h"

namespace xiuhua::dispatch {

// The password of every demo account (logins: dispatchers' and supervisors' badge numbers,
// "admin", "monitor"); documented in the README.
inline constexpr const char* demoPassword = "demo1234";

// How much history the demo replays.
//  Sparse: `historicalIncidents` spread evenly over `historyDays` — small and quick, what the tests
//          and benchmarks are written against.
//  BusyStation: what the console shows, a station as busy as People's Square: 30–60 calls a day,
//          quiet before dawn and busiest at midday and in the evening, categories by the hour (noise
//          at night, traffic in the rush hours), Fridays and Saturdays busier; over `historyDays` and
//          the last `lastYearDays` a year earlier, so every shift report and the period reports of
//          recent days and weeks have real figures in their "last week" and "last year" columns.
enum class DemoHistory
{
    Sparse,
    BusyStation
};

struct DemoOptions
{
    QString jurisdictionPath; // e.g. maps/huangpu.gpkg
    std::uint64_t seed = 20261126;
    QDateTime now; // "now" of the demo; history is laid out before it
    int historyDays = 28;
    int historicalIncidents = 60;
    DemoHistory history = DemoHistory::Sparse;
    // BusyStation: the days before "now" a year earlier that are replayed too (for "last year").
    int lastYearDays = 7;
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
