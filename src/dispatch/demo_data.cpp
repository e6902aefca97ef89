#include "dispatch/demo_data.h"

#include "core/entity_json.h"
#include "core/geo_distance.h"
#include "core/status_rules.h"
#include "dispatch/account_service.h"
#include "dispatch/assignment_service.h"
#include "dispatch/follow_up_service.h"
#include "dispatch/incident_service.h"
#include "dispatch/jurisdiction_import.h"
#include "dispatch/responder_service.h"
#include "dispatch/station_pattern.h"
#include "geo/community_locator.h"
#include "geo/vector_source.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}
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

using station_pattern::CategoryWeight;
using station_pattern::shanghai;

QString phoneNumber(DemoRandom& random)
{
    return random.pick(station_pattern::phonePrefixes()) +
           QStringLiteral("%1").arg(random.below(100000000), 8, 10, QLatin1Char('0'));
}

QString personName(DemoRandom& random)
{
    QString name = random.pick(station_pattern::surnames()) + random.pick(station_pattern::givenParts());
    if (name.size() == 2 && random.chance(40))
        name += random.pick(station_pattern::givenParts()).left(1);
    return name;
}

GeoPoint jitter(const GeoPoint& point, DemoRandom& random, double metres)
{
    const double dLat = latitudeDegrees((random.below(2001) - 1000) / 1000.0 * metres);
    const double dLon = longitudeDegrees((random.below(2001) - 1000) / 1000.0 * metres, point.lat);
    return {point.lon + dLon, point.lat + dLat};
}

class DemoBuilder
{
public:
    DemoBuilder(DispatchContext context, const DemoOptions& options, QDateTime& clock)
        : m_context(context), m_options(options), m_clock(clock),
          m_random(options.seed), m_system{std::nullopt, QStringLiteral("demo"), QStringLiteral("demo-seed")}
    {}

    void run()
    {
        m_clock = m_options.now;
        importJurisdiction(m_context.store, m_system, m_options.jurisdictionPath);
        const geo::VectorSource source = geo::VectorSource::open(m_options.jurisdictionPath);
        m_locator = geo::CommunityLocator::fromLayer(source);
        createResponders();
        createAccounts();
        createShifts();
        replayHistory();
        completeFollowUps();
        settleResponders();
        if (m_options.liveIncidents)
            createOpenIncidents();
        createHazards();
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            writer.setMeta(QStringLiteral("demo"), QStringLiteral("1"));
            writer.setMeta(QStringLiteral("demo_seed"), QString::number(m_options.seed));
            writer.setMeta(QStringLiteral("station_name"), QStringLiteral("人民广场派出所"));
            writer.audit({QStringLiteral("demo.seed"),
                          QStringLiteral("meta"),
                          std::nullopt,
                          {},
                          QJsonObject{{QStringLiteral("seed"), QString::number(m_options.seed)}}});
        });
    }

private:
    Id addResponder(storage::StoreWriter& writer, ResponderKind kind, const QString& badge,
                    const QString& name, std::optional<Id> post, std::optional<Id> station,
                    const GeoPoint& at)
    {
        Responder responder;
        responder.kind = kind;
        responder.badgeNo = badge;
        responder.name = name;
        responder.phone = phoneNumber(m_random);
        responder.homePostId = post;
        responder.fireStationId = station;
        responder.status = ResponderStatus::Available;
        responder.statusSince = m_options.now.addSecs(-60 * m_random.between(5, 240));
        if (isFieldResponder(kind)) {
            responder.lastPosition = jitter(at, m_random, 250);
            responder.positionAt = m_options.now.addSecs(-m_random.between(10, 600));
        }
        responder.id = writer.insertResponder(responder);
        writer.audit({QStringLiteral("responder.create"),
                      QStringLiteral("responder"),
                      responder.id,
                      {},
                      toJson(responder)});
        m_responders.push_back(responder);
        return responder.id;
    }

    void createResponders()
    {
        const auto& read = m_context.store.read();
        const auto posts = read.posts();
        const auto stations = read.fireStations();
        const auto communities = read.communities();
        GeoPoint stationPoint = posts.front().location;
        std::optional<Id> stationPost;
        for (const Post& post : posts) {
            if (post.kind == PostKind::Station) {
                stationPoint = post.location;
                stationPost = post.id;
            }
        }
        int badge = 31500;
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            // 一居一警: each community gets its own community officer, based at its post.
            for (const Community& community : communities) {
                const auto post = std::find_if(posts.begin(), posts.end(), [&](const Post& p) {
                    return p.kind == PostKind::CommunityPost && p.communityId == community.id;
                });
                const GeoPoint home = post != posts.end() ? post->location : stationPoint;
                const Id officer = addResponder(
                    writer, ResponderKind::CommunityOfficer, QStringLiteral("0%1").arg(++badge),
                    personName(m_random), post != posts.end() ? std::optional<Id>(post->id) : stationPost,
                    std::nullopt, home);
                writer.setResponsibleOfficer(community.id, officer);
                writer.audit({QStringLiteral("community.responsible_officer"),
                              QStringLiteral("community"),
                              community.id,
                              {},
                              QJsonObject{{QStringLiteral("responsible_officer_id"), officer}}});
            }
            for (int i = 0; i < 12 + m_options.extraPatrolOfficers; ++i)
                addResponder(writer, ResponderKind::PatrolOfficer, QStringLiteral("03%1").arg(2001 + i),
                             personName(m_random), stationPost, std::nullopt, stationPoint);
            for (int i = 0; i < 12; ++i) {
                const Post& post = posts[static_cast<std::size_t>(i) % posts.size()];
                addResponder(writer, ResponderKind::Auxiliary, QStringLiteral("FJ%1").arg(2100 + i),
                             personName(m_random), post.id, std::nullopt, post.location);
            }
            for (const FireStation& station : stations)
                addResponder(writer, ResponderKind::FireCrew,
                             QStringLiteral("XF%1").arg(station.id, 3, 10, QLatin1Char('0')),
                             station.name + QStringLiteral("值班组"), std::nullopt, station.id,
                             station.location);
            // Staff badges are fixed so scripts and the README can name them:
            // dispatchers 031601-031604, supervisors 031701-031702.
            for (int i = 1; i <= 4; ++i)
                m_dispatchers.push_back(addResponder(writer, ResponderKind::Dispatcher,
                                                     QStringLiteral("0316%1").arg(i, 2, 10, QLatin1Char('0')),
                                                     personName(m_random), stationPost, std::nullopt,
                                                     stationPoint));
            for (int i = 1; i <= 2; ++i)
                m_supervisors.push_back(addResponder(writer, ResponderKind::Supervisor,
                                                     QStringLiteral("0317%1").arg(i, 2, 10, QLatin1Char('0')),
                                                     personName(m_random), stationPost, std::nullopt,
                                                     stationPoint));
        });
    }

    // Documented demo logins (README): each dispatcher and supervisor logs in with their badge
    // number, plus an administrator and a read-only monitor; every password is demoPassword.
    // The two extra staff members are added without drawing from m_random, so the rest of the
    // demo stays what it was for a given seed.
    void createAccounts()
    {
        const PasswordHasher hasher(m_options.passwordLimits);
        // One salted hash shared by all demo accounts: hashing is deliberately slow.
        const QString hash = hasher.hash(QString::fromLatin1(demoPassword));
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            auto addStaff = [&](const QString& badge, const QString& name) {
                Responder staff;
                staff.kind = ResponderKind::Supervisor;
                staff.badgeNo = badge;
                staff.name = name;
                staff.status = ResponderStatus::OffDuty;
                staff.statusSince = m_options.now;
                staff.id = writer.insertResponder(staff);
                writer.audit({QStringLiteral("responder.create"),
                              QStringLiteral("responder"),
                              staff.id,
                              {},
                              toJson(staff)});
                return staff.id;
            };
            auto addAccount = [&](Id responderId, const QString& login, Role role) {
                OperatorAccount account;
                account.responderId = responderId;
                account.login = login;
                account.role = role;
                account.passwordHash = hash;
                account.createdAt = m_options.now;
                account.passwordChangedAt = m_options.now;
                account.id = writer.insertOperatorAccount(account);
                writer.audit(
                    {QStringLiteral("operator.create"),
                     QStringLiteral("operator_account"),
                     account.id,
                     {},
                     QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), toCode(role)}}});
            };
            for (Id id : m_dispatchers)
                addAccount(id, writer.read().responder(id)->badgeNo, Role::Dispatcher);
            for (Id id : m_supervisors)
                addAccount(id, writer.read().responder(id)->badgeNo, Role::Supervisor);
            addAccount(addStaff(QStringLiteral("031801"), QStringLiteral("林晓（信息管理员）")),
                       QStringLiteral("admin"), Role::Administrator);
            addAccount(addStaff(QStringLiteral("031802"), QStringLiteral("值班大屏")),
                       QStringLiteral("monitor"), Role::Monitor);
        });
    }

    // Two twelve-hour shifts a day (08:00–20:00 and 20:00–08:00 local) over the history window.
    void createShifts()
    {
        const QDate today = m_options.now.toTimeZone(shanghai()).date();
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            for (int day = -m_options.historyDays - 1; day <= 0; ++day) {
                const QDate date = today.addDays(day);
                for (int half = 0; half < 2; ++half) {
                    Shift shift;
                    shift.startsAt = QDateTime(date, QTime(half == 0 ? 8 : 20, 0), shanghai()).toUTC();
                    shift.endsAt = shift.startsAt.addSecs(12 * 3600);
                    shift.name = QStringLiteral("%1 %2").arg(date.toString(QStringLiteral("yyyy-MM-dd")),
                                                             half == 0 ? QStringLiteral("白班")
                                                                       : QStringLiteral("夜班"));
                    const int index = (day + 100) * 2 + half;
                    shift.supervisorId =
                        m_supervisors[static_cast<std::size_t>(index) % m_supervisors.size()];
                    shift.dispatcherIds = {
                        m_dispatchers[static_cast<std::size_t>(index * 2) % m_dispatchers.size()],
                        m_dispatchers[static_cast<std::size_t>(index * 2 + 1) % m_dispatchers.size()]};
                    if (shift.startsAt > m_options.now)
                        continue;
                    shift.openedAt = shift.startsAt;
                    if (shift.endsAt <= m_options.now)
                        shift.closedAt = shift.endsAt;
                    shift.id = writer.insertShift(shift);
                    writer.audit({QStringLiteral("shift.create"),
                                  QStringLiteral("shift"),
                                  shift.id,
                                  {},
                                  toJson(shift)});
                    writeRoster(writer, shift);
                }
            }
        });
    }

    // Staggered hours (错时工作): community officers cover the day and evening, not the shift's clock,
    // and spend the first four hours of their day in the community (下社区), the rest at the post.
    void writeRoster(storage::StoreWriter& writer, const Shift& shift)
    {
        for (const Responder& responder : m_responders) {
            if (!isFieldResponder(responder.kind))
                continue;
            RosterEntry entry;
            entry.shiftId = shift.id;
            entry.responderId = responder.id;
            entry.from = shift.startsAt;
            entry.to = shift.endsAt;
            if (responder.kind != ResponderKind::CommunityOfficer) {
                addRosterEntry(writer, entry);
                continue;
            }
            const qint64 startHour = (responder.id + shift.id) % 4;
            entry.from = shift.startsAt.addSecs(startHour * 3600 + 1800);
            entry.to = entry.from.addSecs(4 * 3600);
            entry.inCommunity = true;
            entry.note = QStringLiteral("社区走访");
            addRosterEntry(writer, entry);
            entry.from = entry.to;
            entry.to = entry.from.addSecs(5 * 3600);
            entry.inCommunity = false;
            entry.note = QStringLiteral("警务室值守");
            addRosterEntry(writer, entry);
        }
    }

    void addRosterEntry(storage::StoreWriter& writer, RosterEntry entry)
    {
        entry.id = writer.insertRosterEntry(entry);
        writer.audit(
            {QStringLiteral("roster.add"), QStringLiteral("roster_entry"), entry.id, {}, toJson(entry)});
    }

    QString pickCategory(const QDateTime& received)
    {
        const auto& categoryWeights = station_pattern::categoryWeights();
        std::vector<int> weights;
        for (const auto& weight : categoryWeights)
            weights.push_back(m_options.history == DemoHistory::BusyStation ? busyWeight(weight, received)
                                                                            : weight.weight);
        int total = 0;
        for (int weight : weights)
            total += weight;
        int roll = m_random.below(total);
        for (std::size_t i = 0; i < categoryWeights.size(); ++i) {
            if ((roll -= weights[i]) < 0)
                return QString::fromLatin1(categoryWeights[i].code);
        }
        return QStringLiteral("assistance");
    }

    int busyWeight(const CategoryWeight& weight, const QDateTime& received) const
    {
        return station_pattern::busyCategoryWeight(weight, received.toTimeZone(shanghai()).time().hour(),
                                                   received < m_options.now.addDays(-300));
    }

    IncidentDraft draftAt(const QDateTime& received)
    {
        const auto communities = m_locator.communityIds();
        const Id communityId =
            communities[static_cast<std::size_t>(m_random.below(static_cast<int>(communities.size())))];
        const auto point = m_locator.randomPointIn(communityId, m_random.state());
        IncidentDraft draft;
        draft.receivedAt = received;
        draft.category = pickCategory(received);
        const Category* category = m_context.taxonomy.find(draft.category);
        if (category && !category->subcategories.empty())
            draft.subcategory = m_random.pick(category->subcategories).code;
        static const std::vector<IncidentSource> sources{
            IncidentSource::Transfer110, IncidentSource::Transfer110,   IncidentSource::Transfer110,
            IncidentSource::Phone,       IncidentSource::WalkIn,        IncidentSource::PatrolFound,
            IncidentSource::VideoPatrol, IncidentSource::MobileTerminal};
        draft.source = m_random.pick(sources);
        if (draft.source != IncidentSource::PatrolFound && draft.source != IncidentSource::VideoPatrol) {
            draft.callerName = m_random.pick(station_pattern::surnames()) +
                               (m_random.chance(50) ? QStringLiteral("先生") : QStringLiteral("女士"));
            draft.callerPhone = phoneNumber(m_random);
        }
        if (point)
            draft.location = GeoPoint{point->x(), point->y()};
        draft.communityId = communityId;
        draft.addressText = addressNear(communityId);
        draft.description = m_random.pick(station_pattern::descriptions());
        return draft;
    }

    QString addressNear(Id communityId)
    {
        std::vector<QString> roads;
        for (const Camera& camera : m_context.store.read().cameras()) {
            if (camera.communityId == communityId && !camera.roadName.isEmpty())
                roads.push_back(camera.roadName.section(QLatin1Char('/'), 0, 0));
        }
        if (roads.empty())
            return QStringLiteral("辖区内");
        return QStringLiteral("%1%2号").arg(m_random.pick(roads)).arg(m_random.between(1, 680));
    }

    // Field responders of a kind the category needs, nearest first by straight line.
    std::vector<Responder> candidates(const Incident& incident)
    {
        const Category* category = m_context.taxonomy.find(incident.category);
        std::vector<Responder> available;
        for (const Responder& responder : m_context.store.read().responders()) {
            if (!isFieldResponder(responder.kind) || responder.status != ResponderStatus::Available ||
                !responder.lastPosition)
                continue;
            if (category && std::find(category->needs.begin(), category->needs.end(), responder.kind) ==
                                category->needs.end())
                continue;
            available.push_back(responder);
        }
        const GeoPoint target = incident.location.value_or(GeoPoint{});
        std::sort(available.begin(), available.end(), [&](const Responder& a, const Responder& b) {
            return distanceMetres(*a.lastPosition, target) < distanceMetres(*b.lastPosition, target);
        });
        return available;
    }

    Actor dispatcherActor()
    {
        const Id id = m_random.pick(m_dispatchers);
        const auto responder = m_context.store.read().responder(id);
        return {id, responder ? responder->name : QString(), QStringLiteral("demo-console")};
    }

    // One incident from call to close, stepping the clock the way a real one unfolds.
    // finish: play it to the close; otherwise stop somewhere along the way, as live incidents are.
    // dispatchIt = false leaves it waiting in the queue.
    void playIncident(const QDateTime& received, bool finish, bool dispatchIt = true)
    {
        m_clock = received;
        const Actor dispatcher = dispatcherActor();
        IncidentService incidents(m_context);
        AssignmentService assignments(m_context);
        const Incident incident = incidents.create(dispatcher, draftAt(received));
        if (m_random.chance(5) && finish) {
            m_clock = m_clock.addSecs(m_random.between(20, 90));
            incidents.changeStatus(dispatcher, incident.id, IncidentStatus::Cancelled,
                                   QStringLiteral("重复报警，已并入前案"));
            return;
        }
        if (!dispatchIt)
            return;
        const auto nearby = candidates(incident);
        const int teamSize =
            std::min<int>(static_cast<int>(nearby.size()), incident.priority == Priority::P1 ? 2 : 1);
        std::vector<Assignment> sent;
        m_clock = m_clock.addSecs(m_random.between(25, m_random.chance(15) ? 150 : 70));
        for (int i = 0; i < teamSize; ++i)
            sent.push_back(
                assignments.assign(dispatcher, incident.id, nearby[static_cast<std::size_t>(i)].id));
        if (sent.empty())
            return;
        const bool fire = incident.category == QLatin1String("fire");
        const std::vector<std::pair<AssignmentStatus, std::pair<int, int>>> steps{
            {AssignmentStatus::Acknowledged, {10, 40}},
            {AssignmentStatus::EnRoute, {10, 40}},
            {AssignmentStatus::OnScene,
             fire ? std::pair{90, 200} : std::pair{150, m_random.chance(20) ? 480 : 300}},
        };
        for (const auto& [status, range] : steps) {
            if (!finish && m_random.chance(35))
                return;
            m_clock = m_clock.addSecs(m_random.between(range.first, range.second));
            for (Assignment& assignment : sent)
                assignment = assignments.advance(dispatcher, assignment.id, status);
        }
        if (!finish)
            return;
        m_clock = m_clock.addSecs(m_random.between(10, 50) * 60);
        incidents.addNote(dispatcher, incident.id,
                          QStringLiteral("现场处置完毕，") +
                              m_random.pick(station_pattern::dispositionTexts()));
        IncidentOutcome outcome;
        outcome.dispositionCode = dispositionFor(incident.category);
        outcome.summary = m_random.pick(station_pattern::dispositionTexts());
        incidents.resolve(dispatcher, incident.id, outcome);
        m_clock = m_clock.addSecs(m_random.between(2, 30) * 60);
        incidents.changeStatus(dispatcher, incident.id,
                               IncidentStatus::Closed); // schedules the 回访 if required
    }

    QString dispositionFor(const QString& category)
    {
        return m_random.pick(station_pattern::dispositionCodes(category));
    }

    // Most follow-up visits that fell due before today were made; the rest are due or overdue.
    void completeFollowUps()
    {
        FollowUpService followUps(m_context);
        for (const FollowUp& followUp : m_context.store.read().openFollowUps()) {
            if (followUp.due >= m_options.now || !m_random.chance(80))
                continue;
            const auto officer =
                followUp.officerId ? m_context.store.read().responder(*followUp.officerId) : std::nullopt;
            const Actor visitor =
                officer ? Actor{officer->id, officer->name, QStringLiteral("mobile-terminal")} : m_system;
            m_clock = followUp.due.addSecs(-3600 * m_random.between(1, 40));
            followUps.complete(visitor, followUp.id, QStringLiteral("已上门回访，告知防范要点"),
                               m_random.between(3, 5));
        }
    }

    void replayHistory()
    {
        if (m_options.history == DemoHistory::BusyStation) {
            replayBusyStation();
            return;
        }
        const QDateTime start = m_options.now.addDays(-m_options.historyDays);
        const qint64 span = start.secsTo(m_options.now.addSecs(-3 * 3600));
        std::vector<qint64> offsets;
        for (int i = 0; i < m_options.historicalIncidents; ++i)
            offsets.push_back(static_cast<qint64>(m_random.next() % static_cast<std::uint64_t>(span)));
        std::sort(offsets.begin(), offsets.end());
        for (qint64 offset : offsets)
            playIncident(start.addSecs(offset), true);
    }

    // 30–60 calls on each day of the history window and of the last days a year earlier (up to a
    // day past this one, so this shift's own "last year" has figures), in time order.
    void replayBusyStation()
    {
        const QTimeZone& zone = shanghai();
        const QDate today = m_options.now.toTimeZone(zone).date();
        const QDateTime end = m_options.now.addSecs(-3 * 3600);
        std::vector<QDateTime> calls;
        auto addDay = [&](const QDate& date) {
            const int weekday = date.dayOfWeek();
            int count = m_random.between(30, 52);
            if (weekday == 5 || weekday == 6)
                count = std::min(60, count + m_random.between(4, 8));
            for (int i = 0; i < count; ++i) {
                const int hour = pickHour();
                const QDateTime at(date, QTime(hour, m_random.below(60), m_random.below(60)), zone);
                if (at.toUTC() < end)
                    calls.push_back(at.toUTC());
            }
        };
        const QDate yearAgo = today.addYears(-1);
        for (int day = -m_options.lastYearDays; day <= 1; ++day)
            addDay(yearAgo.addDays(day));
        for (int day = -m_options.historyDays; day <= 0; ++day)
            addDay(today.addDays(day));
        std::sort(calls.begin(), calls.end());
        for (const QDateTime& received : calls)
            playIncident(received, true);
    }

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

    // After weeks of replayed history, set the board to a plausible start of this shift.
    void settleResponders()
    {
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            for (const Responder& before : writer.read().responders()) {
                if (!isFieldResponder(before.kind) || before.status != ResponderStatus::Available)
                    continue;
                Responder after = before;
                const int roll = m_random.below(100);
                if (roll < 8)
                    after.status = ResponderStatus::MealBreak;
                else if (roll < 18 && before.kind != ResponderKind::FireCrew)
                    after.status = ResponderStatus::OffDuty;
                after.statusSince = m_options.now.addSecs(-60 * m_random.between(3, 200));
                writer.updateResponder(after);
                writer.audit({QStringLiteral("responder.status"), QStringLiteral("responder"), after.id,
                              toJson(before), toJson(after)});
            }
        });
    }

    void createOpenIncidents()
    {
        const std::vector<int> minutesAgo{95, 52, 31, 18, 9, 4, 1};
        for (int minutes : minutesAgo)
            playIncident(m_options.now.addSecs(-60 * minutes), false, minutes > 2);
        m_clock = m_options.now;
    }

    void createHazards()
    {
        static const std::vector<std::pair<QString, QString>> kinds{
            {QStringLiteral("消防通道堵塞"), QStringLiteral("楼道堆放杂物，堵塞安全出口")},
            {QStringLiteral("电动车违规充电"), QStringLiteral("居民楼道内飞线充电")},
            {QStringLiteral("监控损坏"), QStringLiteral("路口监控探头不工作")},
            {QStringLiteral("井盖缺失"), QStringLiteral("人行道井盖缺失，已设临时围挡")},
            {QStringLiteral("群租隐患"), QStringLiteral("一套住房内居住十余人")},
            {QStringLiteral("消防栓损坏"), QStringLiteral("室外消火栓漏水")}};
        m_context.store.transact(m_system, [&](storage::StoreWriter& writer) {
            const auto communities = m_locator.communityIds();
            for (std::size_t i = 0; i < kinds.size() + 2; ++i) {
                const auto& [kind, description] = kinds[i % kinds.size()];
                const auto point = m_locator.randomPointIn(m_random.pick(communities), m_random.state());
                if (!point)
                    continue;
                Hazard hazard;
                hazard.location = {point->x(), point->y()};
                hazard.kind = kind;
                hazard.description = description;
                hazard.foundAt = m_options.now.addSecs(-3600 * m_random.between(2, 24 * 20));
                hazard.foundBy = m_responders[static_cast<std::size_t>(
                                                  m_random.below(static_cast<int>(m_responders.size())))]
                                     .id;
                if (m_random.chance(40))
                    hazard.rectifiedAt = hazard.foundAt.addSecs(3600 * m_random.between(4, 72));
                hazard.id = writer.insertHazard(hazard);
                writer.audit({QStringLiteral("hazard.create"),
                              QStringLiteral("hazard"),
                              hazard.id,
                              {},
                              toJson(hazard)});
            }
        });
    }

    DispatchContext m_context;
    const DemoOptions& m_options;
    QDateTime& m_clock;
    DemoRandom m_random;
    Actor m_system;
    geo::CommunityLocator m_locator;
    std::vector<Responder> m_responders;
    std::vector<Id> m_dispatchers;
    std::vector<Id> m_supervisors;
};

} // namespace

void seedDemoData(DispatchContext context, const DemoOptions& options)
{
    QDateTime clock = options.now;
    context.now = [&clock] { return clock; };
    DemoBuilder(context, options, clock).run();
}

bool isDemoDatabase(const storage::StoreReader& reader)
{
    return reader.meta(QStringLiteral("demo")) == QStringLiteral("1");
}

} // namespace xiuhua::dispatch
