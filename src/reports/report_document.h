#pragma once

#include "reports/report_style.h"
#include "reports/shift_report.h"

#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace xiuhua::reports {

struct ReportDocumentOptions
{
    QString jurisdictionPath;        // the GeoPackage for the map; empty = no map
    bool includeIncidentList = true; // the appendix listing every incident of the period
    double mapDpi = 200;             // resolution of the map image in the PDF
};

// The printed report: A4 portrait, header with station and "page N of M" on every page, then
// title block, summary and comparison, response times, map and hourly chart, workload, hand-over,
// amendments, signature lines, and the incident list as an appendix. Paints on any
// QPagedPaintDevice: QPdfWriter for PDF, QPrinter for CUPS printers and QPrintPreviewDialog.
class ReportDocument
{
public:
    // Keeps a reference: the report must outlive the document.
    ReportDocument(const ShiftReport& report, ReportDocumentOptions options);

    // Sets the device's page layout and paints every page. Returns the page count, 0 on failure.
    int print(QPagedPaintDevice& device) const;
    // Writes a PDF (fonts embedded, Chinese as real text). False when the file cannot be written.
    bool writePdf(const QString& path) const;
    // The PDF in memory, for storing with a sign-off; empty on failure.
    QByteArray toPdf() const;

private:
    const QImage& mapImage() const;

    const ShiftReport& m_report;
    ReportDocumentOptions m_options;
    ReportStyle m_style;
    QByteArray m_hash;
    mutable QImage m_map; // rendered once, used by both layout passes
    mutable bool m_mapRendered = false;
};

} // namespace xiuhua::reports
