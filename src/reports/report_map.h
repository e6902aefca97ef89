#pragma once

#include "core/entities.h"

#include <QImage>
#include <QSizeF>
#include <QStringList>

#include <vector>

namespace xiuhua::reports {

// The map of a report's incidents: the jurisdiction drawn by the map renderer (community
// boundaries and names, roads, the station boundary) with each incident as a dot in its
// category's colour. Drawn into an image, so the PDF stays small however many incidents there are.
class ReportMap
{
public:
    // sizePt: the size on paper; dpi: the image's resolution.
    static QImage render(const QString& jurisdictionPath, const std::vector<core::Incident>& incidents,
                         QSizeF sizePt, double dpi, QStringList* errors = nullptr);
};

} // namespace xiuhua::reports
