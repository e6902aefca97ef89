#pragma once

#include "core/taxonomy.h"
#include "reports/report_style.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;

namespace xiuhua::reports {

class ReportTable;

// The paper fallback for when the system must go down: every unresolved incident with its address,
// category, priority, responders and their phone numbers, and ruled blank columns for handwritten
// updates. A4 landscape, so the blank columns are wide enough to write in.
class OpenIncidentsSheet
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    OpenIncidentsSheet(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language,
                       QDateTime printedAt);

    int print(QPagedPaintDevice& device) const; // page count; 0 on failure
    bool writePdf(const QString& path) const;
    int incidentCount() const;

private:
    // One row per incident, with the responders still assigned and their phone numbers.
    void addRows(ReportTable& table, const std::vector<core::Incident>& open) const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
    QDateTime m_printedAt;
    ReportStyle m_style;
};

} // namespace xiuhua::reports
