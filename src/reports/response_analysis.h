#pragma once

#include "dispatch/status_thresholds.h"
#include "reports/report_inputs.h"
#include "reports/shift_report.h"

namespace xiuhua::reports {

// Response times, target breaches and the slowest responses of a period's incidents.
// Every interval is measured per incident from its assignments' timestamps:
//   received -> dispatched: receivedAt to the earliest dispatchedAt;
//   dispatched -> on scene: that first dispatch to the earliest onSceneAt;
//   on scene -> cleared:    the earliest onSceneAt to the latest clearedAt, once every
//                           responder who reached the scene has cleared;
//   received -> closed:     receivedAt to the status event that closed the incident.
// Breaches: an incident whose first dispatch took longer than the dispatch target; an
// assignment that reached the scene later after its dispatch than the target for its
// responder's kind (police 5 min, fire crews 3 min, as configured).
class ResponseAnalysis
{
public:
    ResponseAnalysis(const ReportInputs& inputs, const dispatch::ResponseTargets& targets);

    ResponseTimes compute() const;

    // When the incident was closed, from its status events; invalid while it is not.
    static QDateTime closedAt(const std::vector<core::IncidentEvent>& events);

private:
    std::vector<SlowIncident>
    slowest(const std::map<core::Id, std::vector<const core::Assignment*>>& byIncident) const;
    QStringList reasonsFor(const core::Incident& incident, const QDateTime& firstOnScene,
                           const std::vector<const core::Assignment*>& assignments) const;

    const ReportInputs& m_inputs;
    dispatch::ResponseTargets m_targets;
};

} // namespace xiuhua::reports
