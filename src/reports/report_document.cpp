#include "reports/report_document.h"

#include "reports/paged_printer.h"
#include "reports/report_map.h"
#include "reports/report_sections.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

namespace xiuhua::reports {

namespace {

constexpr double kHeaderHeight = 30;
constexpr double kFooterHeight = 22;
constexpr double kMapHeightPt = 270;

void drawHeader(PageWriter& w, const ShiftReport& report, const ReportStyle& style, int page, int pageCount)
{
    const QRectF area(w.page().left(), w.page().top(), w.page().width(), 16);
    const QString title = report.header.isShift ? QCoreApplication::translate("Report", "Shift report")
                                                : QCoreApplication::translate("Report", "Period report");
    const QString left =
        report.header.station.isEmpty() ? title : report.header.station + QStringLiteral("  ·  ") + title;
    w.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, left + QStringLiteral("  ·  ") + report.header.title,
               style.font(8), style.muted);
    // Measuring draws nothing but lays out the same; a two-digit total keeps the widths alike.
    const QString pages =
        QCoreApplication::translate("Report", "Page %1 of %2").arg(page).arg(pageCount > 0 ? pageCount : 99);
    w.drawText(area, Qt::AlignRight | Qt::AlignVCenter, pages, style.font(8), style.muted);
    if (report.header.demoData) {
        // Beside the page number, where a long station name cannot run into it.
        const QString demo = QCoreApplication::translate("Report", "DEMO DATA — not real incidents");
        const double pagesWidth = QFontMetricsF(style.font(8)).horizontalAdvance(pages);
        const QRectF box(area.right() - pagesWidth - 14 - 150, area.top() + 1, 150, 14);
        w.drawRect(box, QPen(style.alert, 0.8));
        w.drawText(box, Qt::AlignCenter, demo, style.font(7, true), style.alert);
    }
    w.drawLine(QPointF(area.left(), area.bottom() + 4), QPointF(area.right(), area.bottom() + 4),
               QPen(style.rule, 0.5));
}

void drawFooter(PageWriter& w, const ShiftReport& report, const ReportStyle& style, const QByteArray& hash)
{
    const QRectF area(w.page().left(), w.page().bottom() - 12, w.page().width(), 12);
    w.drawLine(QPointF(area.left(), area.top() - 3), QPointF(area.right(), area.top() - 3),
               QPen(style.rule, 0.5));
    const QDateTime printed = report.header.printedAt.toTimeZone(QTimeZone("Asia/Shanghai"));
    w.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Report", "Printed %1")
                   .arg(printed.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
               style.font(7), style.muted);
    w.drawText(
        area, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Report", "Content check %1").arg(QString::fromLatin1(hash.left(16))),
        style.font(7), style.muted);
}

} // namespace

ReportDocument::ReportDocument(const ShiftReport& report, ReportDocumentOptions options)
    : m_report(report), m_options(std::move(options)), m_style(ReportStyle::standard()),
      m_hash(report.contentHash())
{}

const QImage& ReportDocument::mapImage() const
{
    if (!m_mapRendered && !m_options.jurisdictionPath.isEmpty()) {
        const PagedPrinter printer(QPageLayout::Portrait, kHeaderHeight, kFooterHeight);
        const double width = printer.pageLayout().paintRect(QPageLayout::Point).width();
        m_map = ReportMap::render(m_options.jurisdictionPath, m_report.incidents, QSizeF(width, kMapHeightPt),
                                  m_options.mapDpi);
    }
    m_mapRendered = true;
    return m_map;
}

int ReportDocument::print(QPagedPaintDevice& device) const
{
    const QImage& map = mapImage();
    const ReportSections sections(m_report, m_style, map, m_hash);
    const PagedPrinter printer(QPageLayout::Portrait, kHeaderHeight, kFooterHeight);
    return printer.print(
        device,
        [&](PageWriter& writer) {
            sections.title(writer);
            sections.summary(writer);
            sections.responseTimes(writer);
            sections.distribution(writer);
            sections.workload(writer);
            sections.handover(writer);
            sections.amendments(writer);
            sections.signatures(writer);
            if (m_options.includeIncidentList && !m_report.incidents.empty())
                sections.incidentList(writer);
        },
        [&](PageWriter& writer, int page, int pageCount) {
            drawHeader(writer, m_report, m_style, page, pageCount);
            drawFooter(writer, m_report, m_style, m_hash);
        });
}

QByteArray ReportDocument::toPdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Xiuhua %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(m_report.header.station + QLatin1Char(' ') + m_report.header.title);
        writer.setResolution(600);
        pages = print(writer);
    }
    return pages > 0 ? buffer.data() : QByteArray();
}

bool ReportDocument::writePdf(const QString& path) const
{
    // Written to a side file and renamed into place: a failed run leaves no half-written PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Xiuhua %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(m_report.header.station + QLatin1Char(' ') + m_report.header.title);
        writer.setResolution(600);
        pages = print(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace xiuhua::reports
