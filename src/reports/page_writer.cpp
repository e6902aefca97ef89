#include "reports/page_writer.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace xiuhua::reports {

PageWriter::PageWriter(QPainter* painter, QPagedPaintDevice* device, QRectF page, QRectF body,
                       Decorator decorate)
    : m_painter(painter), m_device(device), m_page(page), m_body(body), m_decorate(std::move(decorate)),
      m_y(body.top())
{}

void PageWriter::start()
{
    m_pageNumber = 1;
    m_y = m_body.top();
    if (m_decorate)
        m_decorate(*this, m_pageNumber);
}

void PageWriter::ensureSpace(double height)
{
    if (height > remaining() && !atTopOfPage())
        newPage();
}

void PageWriter::newPage()
{
    if (m_device)
        m_device->newPage();
    ++m_pageNumber;
    m_y = m_body.top();
    if (m_decorate)
        m_decorate(*this, m_pageNumber);
}

double PageWriter::textHeight(const QFont& font, const QString& text, double width)
{
    const QFontMetricsF metrics(font);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

double PageWriter::lineHeight(const QFont& font)
{
    return QFontMetricsF(font).height();
}

void PageWriter::drawText(const QRectF& rect, int flags, const QString& text, const QFont& font,
                          const QColor& colour)
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(rect, flags, text);
}

void PageWriter::fillRect(const QRectF& rect, const QColor& colour)
{
    if (m_painter)
        m_painter->fillRect(rect, colour);
}

void PageWriter::drawLine(const QPointF& from, const QPointF& to, const QPen& pen)
{
    if (!m_painter)
        return;
    m_painter->setPen(pen);
    m_painter->drawLine(from, to);
}

void PageWriter::drawRect(const QRectF& rect, const QPen& pen)
{
    if (!m_painter)
        return;
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect);
}

void PageWriter::drawImage(const QRectF& target, const QImage& image)
{
    if (m_painter)
        m_painter->drawImage(target, image);
}

} // namespace xiuhua::reports
