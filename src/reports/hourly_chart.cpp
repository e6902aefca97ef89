#include "reports/hourly_chart.h"

#include <QPainter>

#include <algorithm>

namespace xiuhua::reports {

int HourlyChart::niceStep(int maximum)
{
    // About four gridlines whatever the scale.
    const double raw = std::max(1, maximum) / 4.0;
    for (int magnitude = 1;; magnitude *= 10) {
        for (int factor : {1, 2, 5}) {
            if (factor * magnitude >= raw)
                return factor * magnitude;
        }
    }
}

void HourlyChart::draw(PageWriter& writer, const QRectF& rect, const std::vector<HourBucket>& buckets,
                       const ReportStyle& style)
{
    if (!writer.isPainting() || buckets.empty())
        return;
    const QFont small = style.font(7);
    const double axisWidth = 18;
    const double labelHeight = 11;
    const QRectF plot(rect.left() + axisWidth, rect.top() + 9, rect.width() - axisWidth,
                      rect.height() - 9 - labelHeight);
    int maximum = 0;
    for (const HourBucket& bucket : buckets)
        maximum = std::max(maximum, bucket.count);
    const int step = niceStep(maximum);
    const int top = std::max(step, (maximum + step - 1) / step * step);
    for (int value = 0; value <= top; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        writer.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y),
                        QPen(value == 0 ? style.ink : style.rule, value == 0 ? 0.6 : 0.3));
        writer.drawText(QRectF(rect.left(), y - 5, axisWidth - 3, 10), Qt::AlignRight | Qt::AlignVCenter,
                        QString::number(value), small, style.muted);
    }
    const double slot = plot.width() / static_cast<double>(buckets.size());
    const bool everyOther = buckets.size() > 16;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const HourBucket& bucket = buckets[i];
        const double x = plot.left() + slot * static_cast<double>(i);
        const double height = plot.height() * bucket.count / top;
        const QRectF bar(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height);
        writer.fillRect(bar, style.accent);
        if (bucket.count > 0)
            writer.drawText(QRectF(x, bar.top() - 9, slot, 9), Qt::AlignHCenter | Qt::AlignBottom,
                            QString::number(bucket.count), small, style.ink);
        if (!everyOther || i % 2 == 0)
            writer.drawText(QRectF(x - slot * 0.5, plot.bottom() + 1, slot * 2, labelHeight),
                            Qt::AlignHCenter | Qt::AlignTop, bucket.label, small, style.muted);
    }
}

} // namespace xiuhua::reports
