#pragma once

#include <QColor>
#include <QString>

namespace xiuhua::ui {

// How the console shows a reported position's age and a phone's battery (board, map, "who goes").

// "position 3 min old" (3 分钟前的定位).
QString fixAgeText(qint64 seconds);
// A position 2 to 10 minutes old (faded), older than that (grey); a phone's battery low.
QColor fadingFixColour();
QColor oldFixColour();
QColor lowBatteryColour();

} // namespace xiuhua::ui
