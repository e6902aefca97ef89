#pragma once

#include "core/entities.h"

#include <optional>
#include <vector>

namespace xiuhua::dispatch {

// An officer's call for backup (需要支援) from the duty page. It is kept as a note on the incident's
// timeline whose after-image says so (no table of its own), and it stands until someone else is
// dispatched to the incident after it, the requesting assignment ends or the incident closes.
struct BackupRequest
{
    core::Id incidentId = 0;
    core::Id assignmentId = 0;
    core::Id responderId = 0;
    QDateTime at;
    QString note;
};

// The timeline entry's after-image that marks a backup request.
QString backupRequestJson(const BackupRequest& request);
// The request a timeline entry records, if it is one.
std::optional<BackupRequest> backupRequestOf(const core::IncidentEvent& event);

// The newest request still waiting for an answer, given the incident, all its assignments and its
// timeline (as the store returns them).
std::optional<BackupRequest> openBackupRequest(const core::Incident& incident,
                                               const std::vector<core::Assignment>& assignments,
                                               const std::vector<core::IncidentEvent>& events);

} // namespace xiuhua::dispatch
