#pragma once

#include "reports/page_writer.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace xiuhua::reports {

// Prints flowing content on A4 pages of any QPagedPaintDevice (QPdfWriter, QPrinter for CUPS
// and the print preview): sets the page layout, lays everything out once to count the pages, then
// paints with "page N of M" known. Paints in points (1 unit = 1/72 inch) whatever the device's
// resolution.
class PagedPrinter
{
public:
    using Content = std::function<void(PageWriter& writer)>;
    // pageCount is 0 during the measuring pass.
    using Decoration = std::function<void(PageWriter& writer, int page, int pageCount)>;

    PagedPrinter(QPageLayout::Orientation orientation, double headerHeight, double footerHeight);

    // Returns the number of pages painted; 0 when the device could not be painted on.
    int print(QPagedPaintDevice& device, const Content& content, const Decoration& decoration) const;

    // A4 with 12 mm margins: inside every common printer's printable area.
    QPageLayout pageLayout() const;

private:
    QPageLayout::Orientation m_orientation;
    double m_headerHeight;
    double m_footerHeight;
};

} // namespace xiuhua::reports
