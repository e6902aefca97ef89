#include "dispatch/change_set.h"

#include "dispatch/change_notifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xiuhua::dispatch {

namespace {

// An id a record's before or after image names, e.g. an assignment's incident_id.
void collectId(const QString& json, const char* key, std::set<core::Id>& into)
{
    if (json.isEmpty())
        return;
    const QJsonValue value = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String(key));
    if (value.isDouble())
        into.insert(static_cast<core::Id>(value.toDouble()));
}

void addRecord(ChangeSet& set, const core::AuditEvent& record)
{
    const QString& entity = record.entity;
    if (entity == QLatin1String("incident")) {
        if (record.entityId)
            set.incidents.insert(*record.entityId);
        else
            set.allIncidents = true;
    } else if (entity == QLatin1String("responder")) {
        if (record.entityId)
            set.responders.insert(*record.entityId);
        else
            set.allResponders = true; // an import names no single responder
    } else if (entity == QLatin1String("assignment") || entity == QLatin1String("follow_up")) {
        for (const QString* json : {&record.beforeJson, &record.afterJson}) {
            collectId(*json, "incident_id", set.incidents);
            collectId(*json, "responder_id", set.responders);
        }
    } else if (entity == QLatin1String("shift") || entity == QLatin1String("roster_entry")) {
        set.shifts = true;
        for (const QString* json : {&record.beforeJson, &record.afterJson})
            collectId(*json, "responder_id", set.responders);
    } else if (entity == QLatin1String("meta")) {
        // Settings: the targets and thresholds every row is coloured against.
        set.allIncidents = set.allResponders = true;
    } else if (entity == QLatin1String("community") || entity == QLatin1String("post") ||
               entity == QLatin1String("fire_station") || entity == QLatin1String("camera") ||
               entity == QLatin1String("hazard") || entity == QLatin1String("jurisdiction")) {
        set.jurisdiction = true;
    }
    // Operator accounts, logins, views of personal data and exports change nothing shown.
}

} // namespace

bool ChangeSet::isEmpty() const
{
    return incidents.empty() && responders.empty() && !allIncidents && !allResponders && !shifts &&
           !jurisdiction;
}

QList<qint64> ChangeSet::incidentIds() const
{
    return allIncidents ? QList<qint64>() : QList<qint64>(incidents.begin(), incidents.end());
}

QList<qint64> ChangeSet::responderIds() const
{
    return allResponders ? QList<qint64>() : QList<qint64>(responders.begin(), responders.end());
}

ChangeSet changeSetOf(const std::vector<core::AuditEvent>& records, std::size_t wholeAbove)
{
    ChangeSet set;
    if (records.size() > wholeAbove) {
        set.allIncidents = set.allResponders = set.shifts = set.jurisdiction = true;
        return set;
    }
    for (const core::AuditEvent& record : records)
        addRecord(set, record);
    return set;
}

void announce(ChangeNotifier& notifier, const ChangeSet& changes)
{
    if (changes.jurisdiction)
        emit notifier.jurisdictionChanged();
    if (changes.shifts)
        emit notifier.shiftsChanged();
    if (changes.allIncidents || !changes.incidents.empty())
        emit notifier.incidentsChanged(changes.incidentIds());
    if (changes.allResponders || !changes.responders.empty())
        emit notifier.respondersChanged(changes.responderIds());
}

} // namespace xiuhua::dispatch
