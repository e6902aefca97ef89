#include "dispatch/simulator.h"

#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "dispatch/recommender.h"
#include "geo/community_locator.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimeZone>
#include <queue>

#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

// Share of a day's calls in each local hour: quiet before dawn, busiest in the evening.
constexpr double hourlyWeight[24] = {2.5, 1.8, 1.3, 1.0, 0.9, 1.0, 1.6, 2.8, 3.8, 4.2, 4.4, 4.5,
                                     4.6, 4.4, 4.3, 4.4, 4.7, 5.2, 5.8, 6.2, 6.4, 5.9, 4.8, 3.6};

enum class Step
{
    Arrive,
    Dispatch,
    Advance,
    Resolve,
    Close
};

struct Event
{
    QDateTime at;
    qint64 order = 0;
    Step step = Step::Arrive;
    Id incidentId = 0;
    Id assignmentId = 0;
    AssignmentStatus next = AssignmentStatus::Acknowledged;
    int attempts = 0;
    bool operator>(const Event& other) const { return at != other.at ? at > other.at : order > other.order; }
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(rank));
    const auto high = static_cast<std::size_t>(std::ceil(rank));
    return values[low] + (values[high] - values[low]) * (rank - static_cast<double>(low));
}

} // namespace

class Simulator::Run
{
public:
    Run(Simulator& owner, const SimulationOptions& options)
        : m_owner(owner), m_options(options), m_context{owner.m_context.store, owner.m_context.taxonomy,
                                                        owner.m_context.notifier, [this] { return m_clock; }},
          m_rng(options.seed)
    {
        m_actor = Actor{std::nullopt, QStringLiteral("simulate"), QStringLiteral("simulator")};
        for (const Responder& responder : m_context.store.read().responders()) {
            if (responder.kind == ResponderKind::Dispatcher) {
                m_actor = Actor{responder.id, responder.name, QStringLiteral("simulator")};
                break;
            }
        }
    }

    SimulationSummary run(const std::vector<Id>& communities,
                          const std::function<std::optional<GeoPoint>(Id, std::uint64_t&)>& pointIn)
    {
        m_communities = communities;
        m_pointIn = pointIn;
        QElapsedTimer wall;
        wall.start();
        m_clock = startTime();
        m_summary.simulatedFrom = m_clock;
        schedule({m_clock, 0, Step::Arrive});
        while (!m_queue.empty()) {
            Event event = m_queue.top();
            m_queue.pop();
            if (m_options.ratePerMinute > 0)
                waitUntil(wall, event.at);
            m_clock = std::max(m_clock, event.at);
            handle(event);
        }
        m_summary.simulatedTo = m_clock;
        m_summary.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        return m_summary;
    }

private:
    std::uint64_t next() { return geo::CommunityLocator::splitmix64(m_rng); }
    double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }

    QDateTime startTime() const
    {
        if (m_options.start.isValid())
            return m_options.start;
        QDateTime latest = QDateTime::currentDateTimeUtc();
        const auto incidents = m_context.store.read().incidents({});
        if (!incidents.empty() && incidents.front().receivedAt > latest)
            latest = incidents.front().receivedAt;
        return latest.addSecs(60);
    }

    void schedule(Event event)
    {
        event.order = ++m_order;
        m_queue.push(event);
    }

    void waitUntil(const QElapsedTimer& wall, const QDateTime& at)
    {
        const qint64 due = m_summary.simulatedFrom.msecsTo(at);
        const qint64 wait = due - wall.elapsed();
        if (wait > 0)
            QThread::msleep(static_cast<unsigned long>(wait));
    }

    template <typename F> auto timed(const QString& name, F&& call)
    {
        QElapsedTimer timer;
        timer.start();
        auto result = call();
        m_summary.latenciesMs[name].push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        return result;
    }

    void committed(const QString& action, Id id)
    {
        m_owner.m_log << "committed " << action << ' ' << id << '\n';
        m_owner.m_log.flush();
    }

    qint64 secondsToNextCall() const
    {
        if (m_options.ratePerMinute > 0)
            return std::max<qint64>(1, static_cast<qint64>(std::llround(60.0 / m_options.ratePerMinute)));
        static const double total = [] {
            double sum = 0;
            for (double weight : hourlyWeight)
                sum += weight;
            return sum;
        }();
        const int hour = m_clock.toTimeZone(QTimeZone("Asia/Shanghai")).time().hour();
        const double perSecond = m_options.callsPerDay * hourlyWeight[hour] / total / 3600.0;
        const double u = std::max(1e-9, const_cast<Run*>(this)->uniform());
        return std::max<qint64>(1, static_cast<qint64>(-std::log(u) / perSecond));
    }

    QString pickCategory()
    {
        const auto& categories = m_context.taxonomy.categories();
        // Lower priorities are more common, as on a real station's board.
        std::vector<double> weights;
        double total = 0;
        for (const Category& category : categories) {
            weights.push_back(1.0 + static_cast<double>(category.defaultPriority));
            total += weights.back();
        }
        double roll = uniform() * total;
        for (std::size_t i = 0; i < categories.size(); ++i) {
            if ((roll -= weights[i]) <= 0)
                return categories[i].code;
        }
        return categories.back().code;
    }

    void handle(const Event& event)
    {
        m_attempt.clear();
        try {
            switch (event.step) {
            case Step::Arrive:
                arrive();
                break;
            case Step::Dispatch:
                dispatch(event);
                break;
            case Step::Advance:
                advance(event);
                break;
            case Step::Resolve:
                resolve(event);
                break;
            case Step::Close:
                close(event);
                break;
            }
        } catch (const DispatchError&) {
            // A rule refused this step (the incident changed meanwhile): the simulation moves on,
            // as a dispatcher would after reading the message.
        } catch (const storage::StorageError&) {
            // The connection was lost: once back, the step counts as committed only if its records
            // are there; either way the simulation moves on (a step not done is not retried, so no
            // action is done twice).
            const auto inDoubt = m_owner.m_recovery ? m_owner.m_recovery() : std::nullopt;
            if (!inDoubt)
                throw;
            confirmCommitted(*inDoubt);
        }
    }

    // The printed name of the step under way, and the audit action its transaction records.
    void attempt(const QString& printed) { m_attempt = printed; }
    void confirmCommitted(const std::vector<AuditEvent>& records)
    {
        const QString action =
            m_attempt == QLatin1String("incident.close") ? QStringLiteral("incident.status") : m_attempt;
        for (const AuditEvent& record : records) {
            if (record.action == action && record.entityId) {
                committed(m_attempt, *record.entityId);
                return;
            }
        }
    }

    void arrive()
    {
        ++m_summary.callsTaken;
        if (m_summary.callsTaken < m_options.calls)
            schedule({m_clock.addSecs(secondsToNextCall()), 0, Step::Arrive});

        IncidentDraft draft;
        draft.category = pickCategory();
        const Id community = m_communities[next() % m_communities.size()];
        if (const auto point = m_pointIn(community, m_rng))
            draft.location = *point;
        draft.communityId = community;
        draft.source = IncidentSource::Transfer110;
        draft.callerPhone = QStringLiteral("139%1").arg(next() % 100000000, 8, 10, QLatin1Char('0'));
        draft.addressText = QStringLiteral("模拟地址 %1 号").arg(between(1, 999));
        draft.description = QStringLiteral("模拟警情");
        IncidentService incidents(m_context, m_owner.m_communityAt);
        if (!m_open.empty() && uniform() < 0.05) {
            const Id existing = m_open[next() % m_open.size()];
            attempt(QStringLiteral("incident.duplicate_call"));
            timed(QStringLiteral("link_duplicate"), [&] {
                incidents.linkDuplicateCall(m_actor, existing, draft);
                return 0;
            });
            ++m_summary.duplicatesLinked;
            committed(QStringLiteral("incident.duplicate_call"), existing);
            return;
        }
        attempt(QStringLiteral("incident.create"));
        const Incident incident =
            timed(QStringLiteral("create"), [&] { return incidents.create(m_actor, draft); });
        committed(QStringLiteral("incident.create"), incident.id);
        m_open.push_back(incident.id);
        schedule({m_clock.addSecs(between(15, 80)), 0, Step::Dispatch, incident.id});
    }

    void dispatch(const Event& event)
    {
        const auto incident = m_context.store.read().incident(event.incidentId);
        if (!incident || !isOpen(incident->status))
            return;
        Recommender recommender(m_context.store.read(), m_context.taxonomy, m_owner.m_planner);
        const auto list =
            timed(QStringLiteral("recommend"), [&] { return recommender.recommend(*incident, m_clock, 3); });
        if (list.empty()) {
            // Everyone is busy: try again in a minute, then give up and let it be handled later.
            if (event.attempts < 30) {
                Event retry = event;
                retry.at = m_clock.addSecs(60);
                ++retry.attempts;
                schedule(retry);
            }
            return;
        }
        const int team =
            incident->priority == Priority::P1 ? std::min<int>(2, static_cast<int>(list.size())) : 1;
        AssignmentService assignments(m_context);
        for (int i = 0; i < team; ++i) {
            attempt(QStringLiteral("assignment.create"));
            const Assignment assignment = timed(QStringLiteral("assign"), [&] {
                return assignments.assign(m_actor, incident->id,
                                          list[static_cast<std::size_t>(i)].responder.id);
            });
            committed(QStringLiteral("assignment.create"), assignment.id);
            const int travel =
                std::max(30, static_cast<int>(list[static_cast<std::size_t>(i)].route.seconds));
            Event step{m_clock.addSecs(between(10, 40)), 0, Step::Advance, incident->id, assignment.id,
                       AssignmentStatus::Acknowledged};
            step.attempts = travel; // carries the travel time to the on-scene step
            schedule(step);
        }
    }

    void advance(const Event& event)
    {
        AssignmentService assignments(m_context);
        attempt(QStringLiteral("assignment.") + toCode(event.next));
        const Assignment after = timed(QStringLiteral("advance"), [&] {
            return assignments.advance(m_actor, event.assignmentId, event.next);
        });
        committed(QStringLiteral("assignment.") + toCode(event.next), after.id);
        Event next = event;
        switch (event.next) {
        case AssignmentStatus::Acknowledged:
            next.next = AssignmentStatus::EnRoute;
            next.at = m_clock.addSecs(between(5, 30));
            schedule(next);
            break;
        case AssignmentStatus::EnRoute:
            next.next = AssignmentStatus::OnScene;
            next.at = m_clock.addSecs(event.attempts + between(0, 60));
            schedule(next);
            break;
        case AssignmentStatus::OnScene:
            schedule({m_clock.addSecs(60 * between(8, 45)), 0, Step::Resolve, event.incidentId});
            break;
        default:
            break;
        }
    }

    void resolve(const Event& event)
    {
        const auto incident = m_context.store.read().incident(event.incidentId);
        if (!incident || !isOpen(incident->status))
            return;
        IncidentOutcome outcome;
        const auto& dispositions = m_context.taxonomy.dispositions();
        outcome.dispositionCode = dispositions[next() % dispositions.size()].code;
        IncidentService incidents(m_context, m_owner.m_communityAt);
        attempt(QStringLiteral("incident.resolve"));
        timed(QStringLiteral("resolve"),
              [&] { return incidents.resolve(m_actor, event.incidentId, outcome); });
        committed(QStringLiteral("incident.resolve"), event.incidentId);
        schedule({m_clock.addSecs(60 * between(2, 20)), 0, Step::Close, event.incidentId});
    }

    void close(const Event& event)
    {
        IncidentService incidents(m_context, m_owner.m_communityAt);
        attempt(QStringLiteral("incident.close"));
        timed(QStringLiteral("close"),
              [&] { return incidents.changeStatus(m_actor, event.incidentId, IncidentStatus::Closed); });
        committed(QStringLiteral("incident.close"), event.incidentId);
        ++m_summary.incidentsClosed;
        m_open.erase(std::remove(m_open.begin(), m_open.end(), event.incidentId), m_open.end());
    }

    Simulator& m_owner;
    SimulationOptions m_options;
    DispatchContext m_context;
    Actor m_actor;
    std::uint64_t m_rng;
    QDateTime m_clock;
    qint64 m_order = 0;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_queue;
    std::vector<Id> m_communities;
    std::function<std::optional<GeoPoint>(Id, std::uint64_t&)> m_pointIn;
    std::vector<Id> m_open;
    SimulationSummary m_summary;
    QString m_attempt;
};

Simulator::Simulator(DispatchContext context, std::shared_ptr<const geo::RoutePlanner> planner,
                     std::function<std::optional<Id>(const GeoPoint&)> communityAt, QTextStream& log)
    : m_context(std::move(context)), m_planner(std::move(planner)), m_communityAt(std::move(communityAt)),
      m_log(log)
{}

SimulationSummary Simulator::run(const SimulationOptions& options, const std::vector<Id>& communities,
                                 const std::function<std::optional<GeoPoint>(Id, std::uint64_t&)>& pointIn)
{
    if (communities.empty() || options.calls <= 0)
        return {};
    return Run(*this, options).run(communities, pointIn);
}

QString Simulator::formatSummary(const SimulationSummary& summary)
{
    QString text;
    QTextStream out(&text);
    std::size_t serviceCalls = 0;
    for (const auto& [name, values] : summary.latenciesMs)
        serviceCalls += values.size();
    out << "calls taken:        " << summary.callsTaken << '\n'
        << "incidents closed:   " << summary.incidentsClosed << '\n'
        << "duplicate calls:    " << summary.duplicatesLinked << '\n'
        << "simulated period:   " << summary.simulatedFrom.toString(Qt::ISODate) << " .. "
        << summary.simulatedTo.toString(Qt::ISODate) << '\n'
        << "wall time:          " << QString::number(summary.wallSeconds, 'f', 2) << " s\n"
        << "service calls:      " << serviceCalls << " ("
        << QString::number(
               summary.wallSeconds > 0 ? static_cast<double>(serviceCalls) / summary.wallSeconds : 0, 'f', 1)
        << " per second)\n"
        << "latency (ms)         count      p50      p90      p99      max\n";
    for (const auto& [name, values] : summary.latenciesMs) {
        out << "  " << name.leftJustified(16) << QString::number(values.size()).rightJustified(8)
            << QString::number(percentile(values, 50), 'f', 2).rightJustified(9)
            << QString::number(percentile(values, 90), 'f', 2).rightJustified(9)
            << QString::number(percentile(values, 99), 'f', 2).rightJustified(9)
            << QString::number(percentile(values, 100), 'f', 2).rightJustified(9) << '\n';
    }
    return text;
}

} // namespace xiuhua::dispatch
