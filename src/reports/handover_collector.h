#pragma once

#include "dispatch/shift_service.h"
#include "reports/report_inputs.h"
#include "reports/shift_report.h"
#include "storage/store.h"

namespace xiuhua::reports {

// What the outgoing shift hands over, and what changed in signed shifts since they were signed.
class HandoverCollector
{
public:
    // `recorded`: what a closed shift handed over (dispatch::recordedHandover); the lists then show
    // exactly those items, so the report signed after the close says what was handed over.
    HandoverCollector(const storage::StoreReader& reader, const ReportInputs& inputs,
                      std::optional<dispatch::Handover> recorded = std::nullopt);

    // Incidents still open (new, dispatched, on scene) that were received before the period's end,
    // oldest first, with their last logged event and active responders.
    std::vector<HandoverIncident> openIncidents() const;
    // Follow-up visits (回访) not yet made that fall due before the end of the next day.
    std::vector<HandoverFollowUp> dueFollowUps() const;
    // Hazards found before the period's end and not yet rectified, oldest first.
    std::vector<HandoverHazard> openHazards() const;
    // Events logged during this period on incidents of shifts that had been signed off before the
    // event (looking back 31 days), oldest first: each shows up in exactly one later report. For the
    // report of a signed shift itself (ownShiftId), every change since its signing: its history.
    std::vector<Amendment> amendments(core::Id ownShiftId = 0) const;

private:
    const storage::StoreReader& m_reader;
    const ReportInputs& m_inputs;
    std::optional<dispatch::Handover> m_recorded;
};

} // namespace xiuhua::reports
