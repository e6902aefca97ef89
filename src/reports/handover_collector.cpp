#include "reports/handover_collector.h"

#include "core/status_rules.h"

#include <algorithm>
#include <map>

namespace xiuhua::reports {

using namespace xiuhua::core;

HandoverCollector::HandoverCollector(const storage::StoreReader& reader, const ReportInputs& inputs,
                                     std::optional<dispatch::Handover> recorded)
    : m_reader(reader), m_inputs(inputs), m_recorded(std::move(recorded))
{}

std::vector<HandoverIncident> HandoverCollector::openIncidents() const
{
    std::vector<Incident> open;
    if (m_recorded) {
        for (Id id : m_recorded->openIncidentIds) {
            if (auto incident = m_reader.incident(id))
                open.push_back(*incident);
        }
        std::sort(open.begin(), open.end(),
                  [](const Incident& a, const Incident& b) { return a.receivedAt < b.receivedAt; });
    } else {
        storage::IncidentQuery query;
        query.receivedTo = m_inputs.to;
        query.openOnly = true;
        open = m_reader.incidents(query);
        std::reverse(open.begin(), open.end()); // oldest first
    }
    std::vector<Id> ids;
    for (const Incident& incident : open)
        ids.push_back(incident.id);
    const auto assignments = m_reader.assignmentsForIncidents(ids);
    std::vector<HandoverIncident> result;
    for (const Incident& incident : open) {
        HandoverIncident row{incident.id,
                             incident.number,
                             incident.receivedAt,
                             m_inputs.categoryLabel(incident.category),
                             incident.priority,
                             incident.status,
                             incident.updatedAt,
                             {},
                             incident.matchedAddress.isEmpty() ? incident.addressText
                                                               : incident.matchedAddress,
                             {}};
        const auto events = m_reader.incidentEvents(incident.id);
        if (!events.empty()) {
            row.lastChangeAt = events.back().at;
            row.lastChange = events.back().text;
        }
        for (const Assignment& a : assignments) {
            if (a.incidentId == incident.id && isActive(a.status))
                row.responders << m_inputs.responderName(a.responderId);
        }
        result.push_back(row);
    }
    return result;
}

std::vector<HandoverFollowUp> HandoverCollector::dueFollowUps() const
{
    const QDateTime horizon = m_inputs.to.addDays(1);
    std::vector<HandoverFollowUp> result;
    std::vector<FollowUp> candidates;
    if (m_recorded) {
        for (Id id : m_recorded->dueFollowUpIds) {
            if (auto followUp = m_reader.followUp(id))
                candidates.push_back(*followUp);
        }
    } else {
        candidates = m_reader.openFollowUps();
    }
    for (const FollowUp& followUp : candidates) {
        if (!m_recorded && (followUp.doneAt.isValid() || !followUp.due.isValid() || followUp.due >= horizon))
            continue;
        const auto incident = m_reader.incident(followUp.incidentId);
        result.push_back({followUp.id, incident ? incident->number : QString(),
                          incident ? m_inputs.categoryLabel(incident->category) : QString(), followUp.due,
                          followUp.officerId ? m_inputs.responderName(*followUp.officerId) : QString(),
                          followUp.due < m_inputs.to});
    }
    std::sort(result.begin(), result.end(), [](const HandoverFollowUp& a, const HandoverFollowUp& b) {
        return a.due != b.due ? a.due < b.due : a.followUpId < b.followUpId;
    });
    return result;
}

std::vector<HandoverHazard> HandoverCollector::openHazards() const
{
    std::vector<HandoverHazard> result;
    for (const Hazard& hazard : m_reader.hazards()) {
        if (m_recorded) {
            const auto& ids = m_recorded->openHazardIds;
            if (std::find(ids.begin(), ids.end(), hazard.id) == ids.end())
                continue;
        } else if (hazard.rectifiedAt.isValid() ||
                   (hazard.foundAt.isValid() && hazard.foundAt >= m_inputs.to)) {
            continue;
        }
        result.push_back({hazard.id, hazard.kind, hazard.description, hazard.foundAt,
                          hazard.foundBy ? m_inputs.responderName(*hazard.foundBy) : QString()});
    }
    std::sort(result.begin(), result.end(), [](const HandoverHazard& a, const HandoverHazard& b) {
        return a.foundAt != b.foundAt ? a.foundAt < b.foundAt : a.hazardId < b.hazardId;
    });
    return result;
}

// Uses only the existing reader (shifts, incidents by time, their events); a reader query for
// "incident events logged in [from, to)" would make this one query instead of one per incident.
std::vector<Amendment> HandoverCollector::amendments(Id ownShiftId) const
{
    std::vector<Amendment> result;
    const QDateTime lookBack = m_inputs.from.addDays(-31);
    std::map<Id, QString> numbers;
    // Only the shifts the look-back can reach, and the report's own: not every shift on file.
    std::vector<Shift> shifts = m_reader.shiftsBetween(lookBack.addMSecs(-1), m_inputs.from);
    if (std::none_of(shifts.begin(), shifts.end(), [&](const Shift& s) { return s.id == ownShiftId; })) {
        if (auto own = m_reader.shift(ownShiftId))
            shifts.push_back(*own);
    }
    for (const Shift& shift : shifts) {
        if (!shift.signedOffAt.isValid())
            continue;
        const bool own = shift.id == ownShiftId;
        if (!own &&
            (shift.signedOffAt >= m_inputs.to || shift.endsAt < lookBack || shift.startsAt >= m_inputs.from))
            continue;
        const QDateTime after =
            own ? shift.signedOffAt : std::max(shift.signedOffAt, m_inputs.from.addMSecs(-1));
        for (const IncidentEvent& event : m_reader.incidentEventsForShift(shift.id, after)) {
            if (!own && event.at >= m_inputs.to)
                continue;
            auto number = numbers.find(event.incidentId);
            if (number == numbers.end()) {
                const auto incident = m_reader.incident(event.incidentId);
                number = numbers.emplace(event.incidentId, incident ? incident->number : QString()).first;
            }
            result.push_back({shift.id, shift.name, event.incidentId, number->second, event.at,
                              event.actorId ? m_inputs.responderName(*event.actorId) : QString(),
                              event.text});
        }
    }
    std::sort(result.begin(), result.end(), [](const Amendment& a, const Amendment& b) {
        return a.at != b.at ? a.at < b.at : a.incidentId < b.incidentId;
    });
    return result;
}

} // namespace xiuhua::reports
