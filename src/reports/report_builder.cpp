#include "reports/report_builder.h"

#include "dispatch/demo_data.h"
#include "dispatch/status_thresholds.h"
#include "reports/handover_collector.h"
#include "reports/response_analysis.h"
#include "reports/workload_analysis.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace xiuhua::reports {

using namespace xiuhua::core;

namespace {

template <typename E>
std::vector<CountRow> enumCounts(const std::vector<Incident>& incidents, E Incident::*field)
{
    std::vector<CountRow> rows;
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const E value = static_cast<E>(i);
        const int count = static_cast<int>(std::count_if(
            incidents.begin(), incidents.end(), [&](const Incident& x) { return x.*field == value; }));
        rows.push_back({toCode(value), displayName(value), count});
    }
    return rows;
}

} // namespace

ReportBuilder::ReportBuilder(const storage::StoreReader& reader, const Taxonomy& taxonomy, QString language)
    : m_reader(reader), m_taxonomy(taxonomy), m_language(std::move(language))
{}

ReportInputs ReportBuilder::readInputs(const ReportPeriod& period) const
{
    ReportInputs inputs;
    inputs.from = period.from();
    inputs.to = period.to();
    inputs.taxonomy = &m_taxonomy;
    inputs.language = m_language;
    inputs.incidents = m_reader.incidents({period.from(), period.to(), false, std::nullopt});
    std::reverse(inputs.incidents.begin(), inputs.incidents.end()); // the reader gives newest first
    std::vector<Id> ids;
    for (const Incident& incident : inputs.incidents) {
        ids.push_back(incident.id);
        inputs.events[incident.id] = m_reader.incidentEvents(incident.id);
    }
    inputs.assignments = m_reader.assignmentsForIncidents(ids);
    std::sort(inputs.assignments.begin(), inputs.assignments.end(),
              [](const Assignment& a, const Assignment& b) { return a.id < b.id; });
    for (const Responder& responder : m_reader.responders())
        inputs.responders.emplace(responder.id, responder);
    return inputs;
}

ReportHeader ReportBuilder::header(const ReportPeriod& period, const ReportInputs& inputs) const
{
    ReportHeader h;
    h.station = m_reader.meta(QStringLiteral("station_name")).value_or(QString());
    if (h.station.isEmpty())
        h.station =
            QFileInfo(m_reader.meta(QStringLiteral("jurisdiction_source")).value_or(QString())).baseName();
    h.isShift = period.isShift();
    h.title = period.title();
    h.from = period.from();
    h.to = period.to();
    h.demoData = dispatch::isDemoDatabase(m_reader);
    if (const auto& shift = period.shift()) {
        h.shiftId = shift->id;
        if (shift->supervisorId)
            h.supervisor = inputs.responderName(*shift->supervisorId);
        for (Id id : shift->dispatcherIds)
            h.dispatchers << inputs.responderName(id);
        h.handoverNotes = shift->handoverNotes;
        h.signedOff = shift->signedOffAt.isValid();
        h.signedOffAt = shift->signedOffAt;
        if (shift->signedOffBy)
            h.signedOffBy = inputs.responderName(*shift->signedOffBy);
    }
    return h;
}

ShiftReport ReportBuilder::build(const ReportPeriod& period, const QDateTime& printedAt) const
{
    const ReportInputs inputs = readInputs(period);
    ShiftReport report;
    report.header = header(period, inputs);
    report.header.printedAt = printedAt;
    if (const auto newest = m_reader.auditEvents({}, std::nullopt, 1); !newest.empty()) {
        report.header.auditSeq = newest.front().seq;
        report.header.auditHash = newest.front().hash;
    }
    report.incidents = inputs.incidents;
    report.assignments = inputs.assignments;
    addSummary(report, inputs);
    report.response = ResponseAnalysis(inputs, dispatch::ResponseTargets::load(m_reader)).compute();
    addWorkload(report, period, inputs);
    addPerHour(report, period);
    addComparison(report, period);
    const HandoverCollector handover(m_reader, inputs,
                                     period.shift() ? dispatch::recordedHandover(m_reader, period.shift()->id)
                                                    : std::nullopt);
    report.openIncidents = handover.openIncidents();
    report.dueFollowUps = handover.dueFollowUps();
    report.openHazards = handover.openHazards();
    report.amendments = handover.amendments(period.shift() ? period.shift()->id : 0);
    return report;
}

void ReportBuilder::addSummary(ShiftReport& report, const ReportInputs& inputs) const
{
    const auto& incidents = inputs.incidents;
    report.incidentCount = static_cast<int>(incidents.size());
    std::map<QString, int> categories;
    for (const Incident& incident : incidents)
        ++categories[incident.category];
    // Taxonomy order first (the order the station knows), then any code the taxonomy lacks.
    for (const Category& category : m_taxonomy.categories()) {
        const auto found = categories.find(category.code);
        if (found != categories.end() && found->second > 0)
            report.byCategory.push_back({category.code, category.displayName(m_language), found->second});
    }
    for (const auto& [code, count] : categories) {
        if (!m_taxonomy.find(code))
            report.byCategory.push_back({code, code, count});
    }
    report.byPriority = enumCounts(incidents, &Incident::priority);
    report.bySource = enumCounts(incidents, &Incident::source);
    report.byStatus = enumCounts(incidents, &Incident::status);
    std::map<Id, int> communities;
    int outside = 0;
    for (const Incident& incident : incidents)
        incident.communityId ? ++communities[*incident.communityId] : ++outside;
    for (const Community& community : m_reader.communities()) {
        const auto found = communities.find(community.id);
        report.byCommunity.push_back({QString::number(community.id),
                                      m_language.startsWith(QLatin1String("zh")) || community.nameEn.isEmpty()
                                          ? community.name
                                          : community.nameEn,
                                      found == communities.end() ? 0 : found->second});
    }
    if (outside > 0)
        report.byCommunity.push_back({QStringLiteral("none"),
                                      QCoreApplication::translate("Report", "Outside the communities"),
                                      outside});
}

// Consecutive hours for a shift or a period of up to two days; by hour of day (0–23) for longer
// periods, where consecutive hours would be too many bars to read.
void ReportBuilder::addPerHour(ShiftReport& report, const ReportPeriod& period) const
{
    const QTimeZone zone = ReportPeriod::stationZone();
    report.hourOfDay = period.seconds() > 2 * 86400;
    if (report.hourOfDay) {
        report.perHour.resize(24);
        for (int hour = 0; hour < 24; ++hour)
            report.perHour[static_cast<std::size_t>(hour)].label =
                QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        for (const Incident& incident : report.incidents)
            ++report.perHour[static_cast<std::size_t>(incident.receivedAt.toTimeZone(zone).time().hour())]
                  .count;
        return;
    }
    const qint64 hours = std::max<qint64>(1, (period.seconds() + 3599) / 3600);
    for (qint64 h = 0; h < hours; ++h) {
        const QDateTime start = period.from().addSecs(h * 3600).toTimeZone(zone);
        report.perHour.push_back({QStringLiteral("%1").arg(start.time().hour(), 2, 10, QLatin1Char('0')), 0});
    }
    for (const Incident& incident : report.incidents) {
        const qint64 index = period.from().secsTo(incident.receivedAt) / 3600;
        if (index >= 0 && index < hours)
            ++report.perHour[static_cast<std::size_t>(index)].count;
    }
}

std::map<QString, int> ReportBuilder::categoryCounts(const ReportPeriod& period) const
{
    std::map<QString, int> counts;
    for (const Incident& incident : m_reader.incidents({period.from(), period.to(), false, std::nullopt}))
        ++counts[incident.category];
    return counts;
}

void ReportBuilder::addComparison(ShiftReport& report, const ReportPeriod& period) const
{
    const ReportPeriod lastWeek = period.shiftedDays(-7);
    const ReportPeriod lastYear = period.shiftedYears(-1);
    report.lastWeekFrom = lastWeek.from();
    report.lastYearFrom = lastYear.from();
    std::map<QString, int> now;
    for (const CountRow& row : report.byCategory)
        now[row.code] = row.count;
    const auto week = categoryCounts(lastWeek);
    const auto year = categoryCounts(lastYear);
    auto countIn = [](const std::map<QString, int>& counts, const QString& code) {
        const auto found = counts.find(code);
        return found == counts.end() ? 0 : found->second;
    };
    // Every category of the taxonomy that occurred in any of the three periods.
    for (const Category& category : m_taxonomy.categories()) {
        ComparisonRow row{category.code, category.displayName(m_language), countIn(now, category.code),
                          countIn(week, category.code), countIn(year, category.code)};
        if (row.current + row.lastWeek + row.lastYear > 0)
            report.comparison.push_back(row);
    }
}

void ReportBuilder::addWorkload(ShiftReport& report, const ReportPeriod& period,
                                const ReportInputs& inputs) const
{
    NormWindow window;
    window.to = period.to();
    window.from = std::min(period.from(), period.to().addDays(-7));
    window.incidents = m_reader.incidents({window.from, window.to, false, std::nullopt});
    std::vector<Id> ids;
    for (const Incident& incident : window.incidents)
        ids.push_back(incident.id);
    window.assignments = m_reader.assignmentsForIncidents(ids);
    for (const Shift& shift : m_reader.shiftsBetween(window.from, window.to)) {
        const auto entries = m_reader.roster(shift.id);
        window.roster.insert(window.roster.end(), entries.begin(), entries.end());
    }
    const std::vector<RosterEntry> roster =
        period.shift() ? m_reader.roster(period.shift()->id) : std::vector<RosterEntry>();
    report.workload = WorkloadAnalysis(inputs, m_reader.communities(), roster, window).compute();
}

} // namespace xiuhua::reports
