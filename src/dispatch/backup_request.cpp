#include "dispatch/backup_request.h"

#include "core/status_rules.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

const QLatin1String kMarker("backup_request");

} // namespace

QString backupRequestJson(const BackupRequest& request)
{
    const QJsonObject json{{kMarker, true},
                           {QStringLiteral("assignment_id"), request.assignmentId},
                           {QStringLiteral("responder_id"), request.responderId},
                           {QStringLiteral("note"), request.note}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<BackupRequest> backupRequestOf(const IncidentEvent& event)
{
    if (event.kind != IncidentEventKind::Note || !event.afterJson.contains(kMarker))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(event.afterJson.toUtf8()).object();
    if (!json.value(kMarker).toBool())
        return std::nullopt;
    BackupRequest request;
    request.incidentId = event.incidentId;
    request.assignmentId = static_cast<Id>(json.value(QStringLiteral("assignment_id")).toDouble());
    request.responderId = static_cast<Id>(json.value(QStringLiteral("responder_id")).toDouble());
    request.at = event.at;
    request.note = json.value(QStringLiteral("note")).toString();
    return request;
}

std::optional<BackupRequest> openBackupRequest(const Incident& incident,
                                               const std::vector<Assignment>& assignments,
                                               const std::vector<IncidentEvent>& events)
{
    if (!isOpen(incident.status))
        return std::nullopt;
    std::optional<BackupRequest> newest;
    for (const IncidentEvent& event : events) {
        if (auto request = backupRequestOf(event); request && (!newest || request->at >= newest->at))
            newest = std::move(request);
    }
    if (!newest)
        return std::nullopt;
    const bool answered = std::any_of(assignments.begin(), assignments.end(), [&](const Assignment& a) {
        return a.id != newest->assignmentId && a.dispatchedAt >= newest->at;
    });
    const auto own = std::find_if(assignments.begin(), assignments.end(),
                                  [&](const Assignment& a) { return a.id == newest->assignmentId; });
    const bool ended = own != assignments.end() && !isActive(own->status);
    if (answered || ended)
        return std::nullopt;
    return newest;
}

} // namespace xiuhua::dispatch
