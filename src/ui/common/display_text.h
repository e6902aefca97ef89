#pragma once

#include "core/enums.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace xiuhua::ui {

// Local time as the station reads it (Asia/Shanghai), "MM-dd HH:mm:ss".
QString localTimeText(const QDateTime& utc);
// Station time (Asia/Shanghai) as "yyyy-MM-dd HH:mm", whatever the workstation's own time zone.
QString stationTimeText(const QDateTime& utc);
// For date-time editors, which show their value in the workstation's zone: the station's wall
// time as a zone-less value, and back to UTC.
QDateTime toStationWallTime(const QDateTime& utc);
QDateTime fromStationWallTime(const QDateTime& wallTime);
// "1:05:09" or "12:03" — elapsed time on the console's timers.
QString elapsedText(qint64 seconds);

QColor incidentStatusColour(core::IncidentStatus status);
QColor responderStatusColour(core::ResponderStatus status);
QColor priorityColour(core::Priority priority);

} // namespace xiuhua::ui
