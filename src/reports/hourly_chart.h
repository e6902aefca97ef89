#pragma once

#include "reports/page_writer.h"
#include "reports/report_style.h"
#include "reports/shift_report.h"

namespace xiuhua::reports {

// Incidents per hour as a bar chart painted with QPainter: whole-number gridlines, each bar's count
// above it, every hour labelled (every other hour when there are more than 16 bars).
class HourlyChart
{
public:
    // Draws into rect (points) through the writer; nothing while the writer measures.
    static void draw(PageWriter& writer, const QRectF& rect, const std::vector<HourBucket>& buckets,
                     const ReportStyle& style);
    // Gridline step for a maximum count: 1, 2, 5, 10, 20, 50...
    static int niceStep(int maximum);
};

} // namespace xiuhua::reports
