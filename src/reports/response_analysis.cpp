#include "reports/response_analysis.h"

#include "reports/report_statistics.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace xiuhua::reports {

using namespace xiuhua::core;

namespace {

QDateTime earliest(const std::vector<const Assignment*>& assignments, QDateTime Assignment::*field)
{
    QDateTime best;
    for (const Assignment* a : assignments) {
        const QDateTime& t = a->*field;
        if (t.isValid() && (!best.isValid() || t < best))
            best = t;
    }
    return best;
}

// The latest clearance, once every responder who reached the scene has cleared.
QDateTime allCleared(const std::vector<const Assignment*>& assignments)
{
    QDateTime last;
    for (const Assignment* a : assignments) {
        if (!a->onSceneAt.isValid())
            continue;
        if (!a->clearedAt.isValid())
            return {};
        if (!last.isValid() || a->clearedAt > last)
            last = a->clearedAt;
    }
    return last;
}

} // namespace

ResponseAnalysis::ResponseAnalysis(const ReportInputs& inputs, const dispatch::ResponseTargets& targets)
    : m_inputs(inputs), m_targets(targets)
{}

QDateTime ResponseAnalysis::closedAt(const std::vector<IncidentEvent>& events)
{
    for (const IncidentEvent& event : events) {
        if (event.kind != IncidentEventKind::Status || event.afterJson.isEmpty())
            continue;
        const QJsonObject after = QJsonDocument::fromJson(event.afterJson.toUtf8()).object();
        if (after.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
            return event.at;
    }
    return {};
}

ResponseTimes ResponseAnalysis::compute() const
{
    ResponseTimes result;
    result.targets = m_targets;
    std::map<Id, std::vector<const Assignment*>> byIncident;
    for (const Assignment& a : m_inputs.assignments)
        byIncident[a.incidentId].push_back(&a);

    std::vector<qint64> toDispatch, toScene, toCleared, toClosed;
    for (const Incident& incident : m_inputs.incidents) {
        const auto& mine = byIncident[incident.id];
        const QDateTime dispatched = earliest(mine, &Assignment::dispatchedAt);
        const QDateTime onScene = earliest(mine, &Assignment::onSceneAt);
        const QDateTime cleared = allCleared(mine);
        if (dispatched.isValid()) {
            toDispatch.push_back(incident.receivedAt.secsTo(dispatched));
            ++result.dispatchMeasured;
            if (toDispatch.back() > m_targets.dispatchSeconds)
                ++result.dispatchBreaches;
        }
        if (dispatched.isValid() && onScene.isValid())
            toScene.push_back(dispatched.secsTo(onScene));
        if (onScene.isValid() && cleared.isValid())
            toCleared.push_back(onScene.secsTo(cleared));
        const auto events = m_inputs.events.find(incident.id);
        const QDateTime closed = events == m_inputs.events.end() ? QDateTime() : closedAt(events->second);
        if (closed.isValid())
            toClosed.push_back(incident.receivedAt.secsTo(closed));
    }
    for (const Assignment& a : m_inputs.assignments) {
        if (!a.dispatchedAt.isValid() || !a.onSceneAt.isValid())
            continue;
        const auto responder = m_inputs.responders.find(a.responderId);
        const ResponderKind kind =
            responder == m_inputs.responders.end() ? ResponderKind::PatrolOfficer : responder->second.kind;
        ++result.onSceneMeasured;
        if (a.dispatchedAt.secsTo(a.onSceneAt) > m_targets.onSceneSecondsFor(kind))
            ++result.onSceneBreaches;
    }
    result.receivedToDispatched = durationStats(toDispatch);
    result.dispatchedToOnScene = durationStats(toScene);
    result.onSceneToCleared = durationStats(toCleared);
    result.receivedToClosed = durationStats(toClosed);
    result.slowest = slowest(byIncident);
    return result;
}

std::vector<SlowIncident>
ResponseAnalysis::slowest(const std::map<Id, std::vector<const Assignment*>>& byIncident) const
{
    std::vector<SlowIncident> all;
    for (const Incident& incident : m_inputs.incidents) {
        const auto found = byIncident.find(incident.id);
        if (found == byIncident.end())
            continue;
        const QDateTime onScene = earliest(found->second, &Assignment::onSceneAt);
        if (!onScene.isValid())
            continue;
        all.push_back({incident.id,
                       incident.number,
                       m_inputs.categoryLabel(incident.category),
                       incident.receivedAt,
                       incident.receivedAt.secsTo(onScene),
                       {}});
    }
    // Slowest first; ties by incident number so the list is the same on every run.
    std::sort(all.begin(), all.end(), [](const SlowIncident& a, const SlowIncident& b) {
        return a.receivedToOnSceneSeconds != b.receivedToOnSceneSeconds
                   ? a.receivedToOnSceneSeconds > b.receivedToOnSceneSeconds
                   : a.number < b.number;
    });
    if (all.size() > 5)
        all.resize(5);
    for (SlowIncident& slow : all) {
        const auto incident = std::find_if(m_inputs.incidents.begin(), m_inputs.incidents.end(),
                                           [&](const Incident& i) { return i.id == slow.incidentId; });
        slow.reasons = reasonsFor(*incident, incident->receivedAt.addSecs(slow.receivedToOnSceneSeconds),
                                  byIncident.at(slow.incidentId));
    }
    return all;
}

// Why it was slow, as far as anyone wrote it down: notes logged before the first arrival, and the
// reasons given for cancelled assignments.
QStringList ResponseAnalysis::reasonsFor(const Incident& incident, const QDateTime& firstOnScene,
                                         const std::vector<const Assignment*>& assignments) const
{
    QStringList reasons;
    const auto events = m_inputs.events.find(incident.id);
    if (events != m_inputs.events.end()) {
        for (const IncidentEvent& event : events->second) {
            if (event.kind == IncidentEventKind::Note && event.at <= firstOnScene && !event.text.isEmpty())
                reasons << event.text;
        }
    }
    for (const Assignment* a : assignments) {
        if (a->cancelledAt.isValid() && !a->cancelReason.isEmpty())
            reasons << a->cancelReason;
    }
    return reasons;
}

} // namespace xiuhua::reports
