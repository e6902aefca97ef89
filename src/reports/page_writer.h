#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPen>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace xiuhua::reports {

// Flows content down A4 pages: keeps the current y, starts a new page when something does not fit
// and draws each page's header and footer. Documents are laid out twice: a measuring pass (no
// painter) counts the pages so the painting pass can print "page N of M". Every drawing call is a
// no-op while measuring, so both passes run the same layout code and cannot disagree.
class PageWriter
{
public:
    using Decorator = std::function<void(PageWriter& writer, int page)>;

    // body: where content flows, in points. painter/device null = measuring.
    PageWriter(QPainter* painter, QPagedPaintDevice* device, QRectF page, QRectF body, Decorator decorate);

    bool isPainting() const { return m_painter != nullptr; }
    QPainter* painter() const { return m_painter; }
    const QRectF& page() const { return m_page; }
    const QRectF& body() const { return m_body; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTopOfPage() const { return m_y <= m_body.top() + 0.01; }
    int pageNumber() const { return m_pageNumber; }

    void start(); // decorates the first page
    // Starts a new page unless `height` fits below y (or we are already at the top of a page).
    void ensureSpace(double height);
    void newPage();

    // Text and shapes; all no-ops while measuring.
    static double textHeight(const QFont& font, const QString& text, double width);
    static double lineHeight(const QFont& font);
    void drawText(const QRectF& rect, int flags, const QString& text, const QFont& font,
                  const QColor& colour);
    void fillRect(const QRectF& rect, const QColor& colour);
    void drawLine(const QPointF& from, const QPointF& to, const QPen& pen);
    void drawRect(const QRectF& rect, const QPen& pen);
    void drawImage(const QRectF& target, const QImage& image);

private:
    QPainter* m_painter;
    QPagedPaintDevice* m_device;
    QRectF m_page;
    QRectF m_body;
    Decorator m_decorate;
    double m_y = 0;
    int m_pageNumber = 0;
};

} // namespace xiuhua::reports
