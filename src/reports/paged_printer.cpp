#include "reports/paged_printer.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace xiuhua::reports {

PagedPrinter::PagedPrinter(QPageLayout::Orientation orientation, double headerHeight, double footerHeight)
    : m_orientation(orientation), m_headerHeight(headerHeight), m_footerHeight(footerHeight)
{}

QPageLayout PagedPrinter::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_orientation, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

int PagedPrinter::print(QPagedPaintDevice& device, const Content& content, const Decoration& decoration) const
{
    device.setPageLayout(pageLayout());
    // The printer may adjust the layout (its own minimum margins); lay out in what it accepted.
    const QRectF paint = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(QPointF(0, 0), paint.size());
    const QRectF body = page.adjusted(0, m_headerHeight, 0, -m_footerHeight);

    PageWriter measure(nullptr, nullptr, page, body,
                       [&](PageWriter& writer, int number) { decoration(writer, number, 0); });
    measure.start();
    content(measure);
    const int pageCount = measure.pageNumber();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    PageWriter writer(&painter, &device, page, body,
                      [&](PageWriter& w, int number) { decoration(w, number, pageCount); });
    writer.start();
    content(writer);
    return painter.end() ? writer.pageNumber() : 0;
}

} // namespace xiuhua::reports
