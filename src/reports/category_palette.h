#pragma once

#include <QColor>
#include <QString>

namespace xiuhua::reports {

// Fixed colours for incident categories on the report's map and legend: the same category has
// the same colour on every report, and neighbouring categories are easy to tell apart in print.
QColor categoryColour(const QString& categoryCode);

} // namespace xiuhua::reports
