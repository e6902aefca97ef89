#pragma once

#include "reports/report_inputs.h"
#include "reports/shift_report.h"

namespace xiuhua::reports {

// The incidents and assignments over which the community norm is judged: at least the week that
// ends with the report's period, since the norm is "five half-days a week".
struct NormWindow
{
    QDateTime from;
    QDateTime to;
    std::vector<core::Incident> incidents;
    std::vector<core::Assignment> assignments;
    std::vector<core::RosterEntry> roster; // entries of every shift overlapping the window
};

// Per responder: incidents, time on scene, and for community officers (一居一警) the time in their
// own community against the weekly norm (see communityTime()).
class WorkloadAnalysis
{
public:
    WorkloadAnalysis(const ReportInputs& inputs, const std::vector<core::Community>& communities,
                     const std::vector<core::RosterEntry>& roster, const NormWindow& window);

    std::vector<ResponderWorkload> compute() const;

private:
    void addCommunityTime(ResponderWorkload& row, const core::Community& own) const;

    const ReportInputs& m_inputs;
    const std::vector<core::Community>& m_communities;
    const std::vector<core::RosterEntry>& m_roster;
    const NormWindow& m_window;
};

} // namespace xiuhua::reports
