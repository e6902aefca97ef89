#pragma once

#include "core/enums.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace xiuhua::ui {

// Local time as the station reads it (Asia/Shanghai), "MM-dd HH:mm:ss".
QString localTimeText(const QDateTime& utc);
// "1:05:09" or "12:03" — elapsed time on the console's timers.
QString elapsedText(qint64 seconds);

QColor incidentStatusColour(core::IncidentStatus status);
QColor responderStatusColour(core::ResponderStatus status);
QColor priorityColour(core::Priority priority);

} // namespace xiuhua::ui
