#include "dispatch/history_builder.h"

#include "core/entity_json.h"
#include "core/geo_distance.h"
#include "core/incident_number.h"
#include "dispatch/station_pattern.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() { return geo::CommunityLocator::splitmix64(m_state); }
    int below(int bound)
    {
        return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(bound));
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    std::uint64_t& state() { return m_state; }

private:
    std::uint64_t m_state;
};

constexpr int nearestKept = 4; // responders per community and kind a call may go to
constexpr int transactionIncidents = 5000;

// What the history draws from, read once before the first day.
struct Station
{
    std::vector<Id> communities;
    std::map<Id, std::vector<QString>> roads; // road names by community, for addresses
    std::map<Id, std::optional<Id>> officerOf;
    std::vector<Responder> responders;
    // Nearest field responders of a kind to a community's centre (indexes into responders).
    std::map<std::pair<Id, ResponderKind>, std::vector<std::size_t>> nearest;
    std::vector<Id> dispatchers;
    std::vector<Id> supervisors;
    std::map<qint64, Id> shiftByStart; // UTC milliseconds of the start
};

Station readStation(const storage::StoreReader& read, const geo::CommunityLocator& locator)
{
    Station station;
    station.communities = locator.communityIds();
    for (const Community& community : read.communities())
        station.officerOf[community.id] = community.responsibleOfficerId;
    for (const Camera& camera : read.cameras()) {
        if (camera.communityId && !camera.roadName.isEmpty())
            station.roads[*camera.communityId].push_back(camera.roadName.section(QLatin1Char('/'), 0, 0));
    }
    for (const Responder& responder : read.responders()) {
        if (responder.kind == ResponderKind::Dispatcher)
            station.dispatchers.push_back(responder.id);
        else if (responder.kind == ResponderKind::Supervisor)
            station.supervisors.push_back(responder.id);
        else if (isFieldResponder(responder.kind) && responder.lastPosition)
            station.responders.push_back(responder);
    }
    for (Id community : station.communities) {
        const QPointF centre = locator.bounds(community).center();
        const GeoPoint at{centre.x(), centre.y()};
        std::map<ResponderKind, std::vector<std::pair<double, std::size_t>>> byKind;
        for (std::size_t i = 0; i < station.responders.size(); ++i)
            byKind[station.responders[i].kind].emplace_back(
                distanceMetres(*station.responders[i].lastPosition, at), i);
        for (auto& [kind, list] : byKind) {
            const auto kept = std::min<std::ptrdiff_t>(nearestKept, static_cast<std::ptrdiff_t>(list.size()));
            std::partial_sort(list.begin(), list.begin() + kept, list.end());
            auto& nearest = station.nearest[{community, kind}];
            for (std::ptrdiff_t i = 0; i < kept; ++i)
                nearest.push_back(list[static_cast<std::size_t>(i)].second);
        }
    }
    for (const Shift& shift : read.shifts())
        station.shiftByStart[shift.startsAt.toMSecsSinceEpoch()] = shift.id;
    return station;
}

// How many calls each day gets: `total` spread in proportion to the busy station's weekly rhythm
// (Fridays and Saturdays busier), or the station's own 30–60 a day when total is negative.
std::vector<int> callsPerDay(const std::vector<QDate>& days, qint64 total, Random& random)
{
    std::vector<int> counts;
    if (total < 0) {
        for (const QDate& date : days) {
            int count = random.between(30, 52);
            if (date.dayOfWeek() == 5 || date.dayOfWeek() == 6)
                count = std::min(60, count + random.between(4, 8));
            counts.push_back(count);
        }
        return counts;
    }
    auto weight = [](const QDate& date) { return date.dayOfWeek() == 5 || date.dayOfWeek() == 6 ? 23 : 20; };
    qint64 totalWeight = 0;
    for (const QDate& date : days)
        totalWeight += weight(date);
    qint64 sum = 0;
    qint64 given = 0;
    for (const QDate& date : days) {
        sum += weight(date);
        const qint64 target = total * sum / totalWeight; // cumulative, so the counts add up to total
        counts.push_back(static_cast<int>(target - given));
        given = target;
    }
    return counts;
}

} // namespace

// One local day of history.
class HistoryBuilder::Day
{
public:
    Day(storage::StoreWriter& writer, const core::Taxonomy& taxonomy, const geo::CommunityLocator& locator,
        Station& station, Random& random, const QDateTime& end)
        : m_writer(writer), m_taxonomy(taxonomy), m_locator(locator), m_station(station), m_random(random),
          m_end(end)
    {}

    void write(const QDate& date, int calls, HistorySummary& summary)
    {
        const QDateTime midnight = QDateTime(date, QTime(0, 0), station_pattern::shanghai()).toUTC();
        addShift(midnight.addSecs(-4 * 3600), date.addDays(-1), false, summary);
        addShift(midnight.addSecs(8 * 3600), date, true, summary);
        addShift(midnight.addSecs(20 * 3600), date, false, summary);
        std::vector<int> seconds;
        for (int i = 0; i < calls; ++i)
            seconds.push_back(pickHour() * 3600 + m_random.below(3600));
        std::sort(seconds.begin(), seconds.end());
        m_sequence = m_writer.nextIncidentSequence(date);
        m_date = date;
        for (int second : seconds) {
            const QDateTime received = midnight.addSecs(second);
            if (received.secsTo(m_end) < 3 * 3600)
                break; // nothing in the last hours before "now": every timeline ends in the past
            writeIncident(received, second / 3600, summary);
        }
    }

private:
    int pickHour()
    {
        int total = 0;
        for (int weight : station_pattern::hourWeights)
            total += weight;
        int roll = m_random.below(total);
        for (int hour = 0; hour < 24; ++hour) {
            if ((roll -= station_pattern::hourWeights[static_cast<std::size_t>(hour)]) < 0)
                return hour;
        }
        return 12;
    }

    void addShift(const QDateTime& start, const QDate& date, bool dayShift, HistorySummary& summary)
    {
        const QDateTime ends = start.addSecs(12 * 3600);
        if (ends > m_end || m_station.shiftByStart.count(start.toMSecsSinceEpoch()))
            return;
        Shift shift;
        shift.startsAt = start;
        shift.endsAt = ends;
        shift.name = QStringLiteral("%1 %2").arg(date.toString(QStringLiteral("yyyy-MM-dd")),
                                                 dayShift ? QStringLiteral("白班") : QStringLiteral("夜班"));
        if (!m_station.supervisors.empty())
            shift.supervisorId = m_random.pick(m_station.supervisors);
        if (!m_station.dispatchers.empty())
            shift.dispatcherIds = {m_random.pick(m_station.dispatchers)};
        shift.openedAt = start;
        shift.closedAt = ends;
        m_station.shiftByStart[start.toMSecsSinceEpoch()] = m_writer.insertShift(shift);
        ++summary.shifts;
    }

    std::optional<Id> shiftOf(const QDateTime& received, int localHour) const
    {
        // Day shift 08:00–20:00, night shift 20:00–08:00 local.
        const int sinceStart = localHour >= 20  ? localHour - 20
                               : localHour >= 8 ? localHour - 8
                                                : localHour + 4;
        const qint64 start =
            received.addSecs(-sinceStart * 3600 - received.time().minute() * 60 - received.time().second())
                .toMSecsSinceEpoch();
        const auto found = m_station.shiftByStart.find(start);
        return found == m_station.shiftByStart.end() ? std::nullopt : std::optional<Id>(found->second);
    }

    QString pickCategory(int localHour, bool lastYear)
    {
        const auto& weights = station_pattern::categoryWeights();
        int total = 0;
        for (const auto& weight : weights)
            total += station_pattern::busyCategoryWeight(weight, localHour, lastYear);
        int roll = m_random.below(total);
        for (const auto& weight : weights) {
            if ((roll -= station_pattern::busyCategoryWeight(weight, localHour, lastYear)) < 0)
                return QString::fromLatin1(weight.code);
        }
        return QStringLiteral("assistance");
    }

    Incident draft(const QDateTime& received, int localHour)
    {
        Incident incident;
        incident.receivedAt = received;
        incident.number = formatIncidentNumber(m_date, m_sequence++);
        incident.category = pickCategory(localHour, received < m_end.addDays(-300));
        const Category* category = m_taxonomy.find(incident.category);
        if (category) {
            if (!category->subcategories.empty())
                incident.subcategory = m_random.pick(category->subcategories).code;
            incident.priority = category->defaultPriority;
            incident.followUpRequired = category->followUpRequired;
        }
        static const std::vector<IncidentSource> sources{
            IncidentSource::Transfer110, IncidentSource::Transfer110,   IncidentSource::Transfer110,
            IncidentSource::Phone,       IncidentSource::WalkIn,        IncidentSource::PatrolFound,
            IncidentSource::VideoPatrol, IncidentSource::MobileTerminal};
        incident.source = m_random.pick(sources);
        if (incident.source != IncidentSource::PatrolFound &&
            incident.source != IncidentSource::VideoPatrol) {
            incident.callerName = m_random.pick(station_pattern::surnames()) +
                                  (m_random.chance(50) ? QStringLiteral("先生") : QStringLiteral("女士"));
            incident.callerPhone =
                m_random.pick(station_pattern::phonePrefixes()) +
                QStringLiteral("%1").arg(m_random.below(100000000), 8, 10, QLatin1Char('0'));
        }
        const Id community = m_random.pick(m_station.communities);
        incident.communityId = community;
        if (const auto point = m_locator.randomPointIn(community, m_random.state()))
            incident.location = GeoPoint{point->x(), point->y()};
        const auto roads = m_station.roads.find(community);
        incident.addressText =
            roads == m_station.roads.end()
                ? QStringLiteral("辖区内")
                : QStringLiteral("%1%2号").arg(m_random.pick(roads->second)).arg(m_random.between(1, 680));
        incident.description = m_random.pick(station_pattern::descriptions());
        incident.shiftId = shiftOf(received, localHour);
        return incident;
    }

    // One or two of the nearest responders of the kinds the category needs (two for P1 calls).
    std::vector<const Responder*> team(const Incident& incident)
    {
        const Category* category = m_taxonomy.find(incident.category);
        std::vector<ResponderKind> kinds = category ? category->needs : std::vector<ResponderKind>{};
        if (kinds.empty())
            kinds = {ResponderKind::PatrolOfficer};
        const std::size_t size = incident.priority == Priority::P1 ? 2 : 1;
        std::vector<const Responder*> sent;
        for (std::size_t k = 0; sent.size() < size && k < kinds.size() * size; ++k) {
            const auto found = m_station.nearest.find({*incident.communityId, kinds[k % kinds.size()]});
            if (found == m_station.nearest.end() || found->second.empty())
                continue;
            const Responder* responder = &m_station.responders[m_random.pick(found->second)];
            if (std::find(sent.begin(), sent.end(), responder) == sent.end())
                sent.push_back(responder);
        }
        return sent;
    }

    void event(Id incident, const QDateTime& at, IncidentEventKind kind, const QString& text)
    {
        IncidentEvent entry;
        entry.incidentId = incident;
        entry.at = at;
        entry.actorId = m_dispatcher;
        entry.kind = kind;
        entry.text = text;
        m_writer.appendIncidentEvent(entry);
        ++m_events;
    }

    // When each step of the response happened, as the demo's incidents unfold.
    struct Response
    {
        std::vector<const Responder*> team;
        QDateTime dispatched, acknowledged, enRoute, onScene, resolved, closed;
    };

    Response respond(const Incident& incident, const QDateTime& received)
    {
        Response response;
        response.team = team(incident);
        const bool fire = incident.category == QLatin1String("fire");
        response.dispatched = received.addSecs(m_random.between(25, m_random.chance(15) ? 150 : 70));
        response.acknowledged = response.dispatched.addSecs(m_random.between(10, 40));
        response.enRoute = response.acknowledged.addSecs(m_random.between(10, 40));
        response.onScene = response.enRoute.addSecs(
            fire ? m_random.between(90, 200) : m_random.between(150, m_random.chance(20) ? 480 : 300));
        response.resolved = response.onScene.addSecs(60 * m_random.between(10, 50));
        response.closed = response.resolved.addSecs(60 * m_random.between(2, 30));
        return response;
    }

    void writeIncident(const QDateTime& received, int localHour, HistorySummary& summary)
    {
        m_dispatcher = m_station.dispatchers.empty()
                           ? std::nullopt
                           : std::optional<Id>(m_random.pick(m_station.dispatchers));
        Incident incident = draft(received, localHour);
        const bool repeated = m_random.chance(5); // a repeated call, merged into the first
        const Response response = repeated ? Response{} : respond(incident, received);
        if (response.team.empty()) {
            incident.status = IncidentStatus::Cancelled;
            incident.updatedAt = received.addSecs(m_random.between(20, 90));
        } else {
            incident.status = IncidentStatus::Closed;
            incident.dispositionCode = m_random.pick(station_pattern::dispositionCodes(incident.category));
            incident.disposition = m_random.pick(station_pattern::dispositionTexts());
            incident.updatedAt = response.closed;
        }
        incident.id = m_writer.insertIncident(incident);
        ++summary.incidents;
        event(incident.id, received, IncidentEventKind::Status,
              QCoreApplication::translate("Dispatch", "Incident received"));
        if (response.team.empty()) {
            event(incident.id, incident.updatedAt, IncidentEventKind::Status,
                  displayName(IncidentStatus::Cancelled) + QStringLiteral(" — 重复报警，已并入前案"));
            return;
        }
        for (const Responder* responder : response.team) {
            Assignment assignment;
            assignment.incidentId = incident.id;
            assignment.responderId = responder->id;
            assignment.status = AssignmentStatus::Cleared;
            assignment.dispatchedAt = response.dispatched;
            assignment.acknowledgedAt = response.acknowledged;
            assignment.enRouteAt = response.enRoute;
            assignment.onSceneAt = response.onScene;
            assignment.clearedAt = response.resolved;
            m_writer.insertAssignment(assignment);
            ++summary.assignments;
            event(incident.id, response.dispatched, IncidentEventKind::Assignment,
                  QCoreApplication::translate("Dispatch", "Dispatched %1 (%2)")
                      .arg(responder->name, responder->badgeNo));
        }
        event(incident.id, response.onScene, IncidentEventKind::Status, displayName(IncidentStatus::OnScene));
        event(incident.id, response.resolved, IncidentEventKind::Status,
              displayName(IncidentStatus::Resolved) + QStringLiteral(" — ") + incident.disposition);
        event(incident.id, response.closed, IncidentEventKind::Status, displayName(IncidentStatus::Closed));
        if (incident.followUpRequired)
            followUp(incident, response.closed, summary);
    }

    // Closing a preventable crime books the community officer's visit.
    void followUp(const Incident& incident, const QDateTime& closed, HistorySummary& summary)
    {
        FollowUp visit;
        visit.incidentId = incident.id;
        visit.due = closed.addDays(m_taxonomy.followUpDays());
        const auto officer = m_station.officerOf.find(*incident.communityId);
        if (officer != m_station.officerOf.end())
            visit.officerId = officer->second;
        // Most visits are made when due; the rest late, so only the last weeks' stay open.
        const bool longPast = visit.due < m_end.addDays(-30);
        if (visit.due < m_end && (m_random.chance(80) || longPast)) {
            visit.doneAt = visit.due.addSecs(-3600 * m_random.between(1, 40));
            visit.result = QStringLiteral("已上门回访，告知防范要点");
            visit.satisfaction = m_random.between(3, 5);
        }
        m_writer.insertFollowUp(visit);
        ++summary.followUps;
        event(incident.id, closed, IncidentEventKind::Note,
              QCoreApplication::translate("Dispatch", "Follow-up visit due %1")
                  .arg(isoUtc(visit.due).left(10)));
    }

    storage::StoreWriter& m_writer;
    const core::Taxonomy& m_taxonomy;
    const geo::CommunityLocator& m_locator;
    Station& m_station;
    Random& m_random;
    QDateTime m_end;
    QDate m_date;
    int m_sequence = 1;
    std::optional<Id> m_dispatcher;
    qint64 m_events = 0;

public:
    qint64 events() const { return m_events; }
};

HistoryBuilder::HistoryBuilder(storage::Store& store, const core::Taxonomy& taxonomy,
                               const geo::CommunityLocator& locator)
    : m_store(store), m_taxonomy(taxonomy), m_locator(locator)
{}

HistorySummary HistoryBuilder::build(const HistoryOptions& options)
{
    Random random(options.seed);
    Station station = readStation(m_store.read(), m_locator);
    HistorySummary summary;
    if (station.communities.empty() || options.days <= 0)
        return summary;
    const QDate today = options.end.toTimeZone(station_pattern::shanghai()).date();
    std::vector<QDate> days;
    for (int day = options.days; day >= 1; --day)
        days.push_back(today.addDays(-day));
    const std::vector<int> counts = callsPerDay(days, options.incidents, random);
    const Actor system{std::nullopt, QStringLiteral("simulate"), QStringLiteral("simulate-history")};
    for (std::size_t first = 0; first < days.size();) {
        // Whole days, about transactionIncidents incidents a transaction: a commit per day made
        // the disk's syncs a third of the time.
        std::size_t last = first;
        for (int calls = counts[first];
             last + 1 < days.size() && calls + counts[last + 1] <= transactionIncidents;)
            calls += counts[++last];
        m_store.transact(system, [&](storage::StoreWriter& writer) {
            const qint64 before = summary.incidents;
            for (std::size_t i = first; i <= last; ++i) {
                Day day(writer, m_taxonomy, m_locator, station, random, options.end);
                day.write(days[i], counts[i], summary);
                summary.events += day.events();
            }
            writer.audit({QStringLiteral("simulate.history"),
                          QStringLiteral("incident"),
                          std::nullopt,
                          {},
                          QJsonObject{{QStringLiteral("from"), days[first].toString(Qt::ISODate)},
                                      {QStringLiteral("to"), days[last].toString(Qt::ISODate)},
                                      {QStringLiteral("incidents"), summary.incidents - before}}});
        });
        first = last + 1;
    }
    summary.from = QDateTime(days.front(), QTime(0, 0), station_pattern::shanghai()).toUTC();
    summary.to = QDateTime(days.back().addDays(1), QTime(0, 0), station_pattern::shanghai()).toUTC();
    return summary;
}

} // namespace xiuhua::dispatch
