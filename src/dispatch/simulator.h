#pragma once

#include "dispatch/dispatch_context.h"
#include "geo/route_planner.h"

#include <QTextStream>

#include <map>
#include <memory>

namespace xiuhua::dispatch {

struct SimulationOptions
{
    int calls = 100;
    double ratePerMinute = 0; // 0 = as fast as the machine allows (simulated time); else paced in real time
    std::uint64_t seed = 1;
    int callsPerDay = 300; // simulated arrival rate, shaped by a daily pattern (busier in the evening)
    QDateTime start;       // simulated start; invalid = after the newest incident on file, or now
};

struct SimulationSummary
{
    int callsTaken = 0;
    int incidentsClosed = 0;
    int duplicatesLinked = 0;
    double wallSeconds = 0;
    QDateTime simulatedFrom;
    QDateTime simulatedTo;
    // Per service call: the latencies in milliseconds, as measured around each committed call.
    std::map<QString, std::vector<double>> latenciesMs;
};

// Drives the same services as the console with synthetic calls: intake, recommend, assign, status
// steps, resolve, close. Responders are busy while assigned, so calls compete for them as they do on
// a real shift. Every committed action is printed to `log` as "committed <action> <id>" after its
// transaction is on disk (the kill test relies on it).
class Simulator
{
public:
    Simulator(DispatchContext context, std::shared_ptr<const geo::RoutePlanner> planner,
              std::function<std::optional<core::Id>(const core::GeoPoint&)> communityAt, QTextStream& log);

    SimulationSummary
    run(const SimulationOptions& options, const std::vector<core::Id>& communities,
        const std::function<std::optional<core::GeoPoint>(core::Id, std::uint64_t&)>& pointIn);

    static QString formatSummary(const SimulationSummary& summary);

    // Called when a step failed on the storage (a database server restarting, a dropped connection):
    // waits until connected again and returns the audit records of the failed step's transaction if
    // it committed after all (its answer lost with the connection), else none; nullopt when the
    // failure was not a lost connection or the server did not come back (the run then stops with the
    // error). Without one, the run stops at the first storage failure.
    using Recovery = std::function<std::optional<std::vector<core::AuditEvent>>()>;
    void setRecovery(Recovery recovery) { m_recovery = std::move(recovery); }

private:
    struct Pending;
    class Run;

    DispatchContext m_context;
    std::shared_ptr<const geo::RoutePlanner> m_planner;
    std::function<std::optional<core::Id>(const core::GeoPoint&)> m_communityAt;
    QTextStream& m_log;
    Recovery m_recovery;
};

} // namespace xiuhua::dispatch
