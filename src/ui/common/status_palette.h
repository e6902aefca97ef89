#pragma once

#include "core/enums.h"
#include "dispatch/status_thresholds.h"

#include <QColor>

namespace xiuhua::ui {

// Every colour that carries a meaning on the console — a status, a priority, a timer against its
// target, a warning — comes from here, so the queue, the board, the details panel and the map
// agree, and a change of palette (a wall screen, colour-blind operators) is made once.

QColor incidentStatusColour(core::IncidentStatus status);
QColor responderStatusColour(core::ResponderStatus status);
QColor priorityColour(core::Priority priority);
// The background of a queue timer graded against its target (green, amber, red).
QColor targetGradeColour(dispatch::TargetGrade grade);
// A responder in a status too long: text and row background on the board.
QColor overdueTextColour();
QColor overdueBackgroundColour();
// An estimate to be read with care (a straight-line ETA).
QColor cautionColour();
// Something refused or broken (a locked account, a form's problem).
QColor problemColour();
// Out of use (a deactivated account).
QColor inactiveColour();

} // namespace xiuhua::ui
